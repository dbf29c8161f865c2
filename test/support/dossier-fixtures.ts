import * as Y from 'yjs'
import { Dossier } from '../../src/shared/dossier'
import type { DossierOptions } from '../../src/shared/dossier'
import { createDeviceKey, signerFromKey } from '../../src/shared/identity'
import type { Signer } from '../../src/shared/identity'

export const alice: Signer = signerFromKey(createDeviceKey('Alice Moreau'))
export const bob: Signer = signerFromKey(createDeviceKey('Bob Okafor'))
export const carol: Signer = signerFromKey(createDeviceKey('Carol Lin'))

export const SOURCE =
  'The river authority said 23 people were missing after the dam failed on Tuesday. ' +
  'A provincial official later raised the figure to 31. The operator denied any fault.'

/** A clock that ticks one second per call, so entries made in a test have distinct, ordered times. */
export const tickingClock = (start = Date.UTC(2026, 10, 1, 8, 0, 0)): (() => string) => {
  let now = start
  return () => new Date((now += 1000)).toISOString()
}

export const newDossier = (options: DossierOptions = { now: tickingClock() }): Dossier =>
  Dossier.create(
    new Y.Doc(),
    { title: 'Dam failure', story: 'Upper valley', sourceText: SOURCE },
    options,
  )

/** A second replica of `dossier`, fully synced once. */
export const replicaOf = (
  dossier: Dossier,
  options: DossierOptions = { now: tickingClock() },
): Dossier => {
  const doc = new Y.Doc()
  Y.applyUpdate(doc, Y.encodeStateAsUpdate(dossier.doc))
  return Dossier.open(doc, options)
}

export const syncBoth = (a: Dossier, b: Dossier): void => {
  Y.applyUpdate(b.doc, Y.encodeStateAsUpdate(a.doc, Y.encodeStateVector(b.doc)))
  Y.applyUpdate(a.doc, Y.encodeStateAsUpdate(b.doc, Y.encodeStateVector(a.doc)))
}

export const span = (text: string, needle: string): { start: number; end: number } => {
  const start = text.indexOf(needle)
  if (start < 0) throw new Error(`"${needle}" is not in the text`)
  return { start, end: start + needle.length }
}
