import { performance } from 'node:perf_hooks'
import type * as Y from 'yjs'
import type { Dossier } from '../../src/shared/dossier'
import type { Signer } from '../../src/shared/identity'
import { buildDossier, entriesOf, timedSigner } from './fixtures'
import type { DossierEntries } from './fixtures'
import { collect, keep, summarize } from './measure'
import type { Timing } from './measure'
import { buildNaiveNested } from './naive-schema'
import { buildRawFlat } from './raw-flat'

/**
 * Build: the time to write a whole dossier. Ours goes through the `Dossier` API (validation,
 * signing, index upkeep); the baselines write the very same entries with plain Yjs. Building
 * through the API signs every decision, so it is slow at 50,000 claims and may run fewer
 * rounds than the other sections; the time spent signing is reported on its own.
 */

export interface BuildResult {
  readonly ours: Timing
  /** Part of each of our runs spent in Ed25519 signing. */
  readonly oursSigning: Timing
  readonly signatures: number
  readonly rawFlat: Timing
  readonly naiveNested: Timing
}

export interface BuiltDossiers {
  readonly dossier: Dossier
  readonly entries: DossierEntries
  readonly rawFlat: Y.Doc
  readonly naiveNested: Y.Doc
}

const timed = <T>(work: () => T): { value: T; ms: number } => {
  collect()
  const start = performance.now()
  const value = work()
  return { value, ms: performance.now() - start }
}

/**
 * Runs one small build of every variant so the JIT has seen the code before the clock starts;
 * returns the small dossier for measurements that need only a few hundred entries.
 */
export const warmUpBuild = (signer: Signer): Dossier => {
  const dossier = buildDossier(200, signer)
  const entries = entriesOf(dossier)
  keep(buildRawFlat(entries))
  keep(buildNaiveNested(entries))
  return dossier
}

export const measureBuild = (
  size: number,
  signer: Signer,
  rounds: number,
): { result: BuildResult; built: BuiltDossiers } => {
  const ours: number[] = []
  const signing: number[] = []
  const raw: number[] = []
  const naive: number[] = []
  let built: BuiltDossiers | null = null
  let signatures = 0
  for (let round = 0; round < rounds; round++) {
    const counted = timedSigner(signer)
    const dossier = timed(() => buildDossier(size, counted))
    ours.push(dossier.ms)
    signing.push(counted.stats.ms)
    signatures = counted.stats.signatures
    // The baselines write exactly what the API wrote, read back through the API.
    const entries: DossierEntries = built?.entries ?? entriesOf(dossier.value)
    const rawFlat = timed(() => buildRawFlat(entries))
    raw.push(rawFlat.ms)
    const naiveNested = timed(() => buildNaiveNested(entries))
    naive.push(naiveNested.ms)
    built ??= {
      dossier: dossier.value,
      entries,
      rawFlat: rawFlat.value,
      naiveNested: naiveNested.value,
    }
  }
  return {
    result: {
      ours: summarize(ours),
      oursSigning: summarize(signing),
      signatures,
      rawFlat: summarize(raw),
      naiveNested: summarize(naive),
    },
    built: built!,
  }
}
