import type { VerifyResult } from './bench-verify'
import { count, megabytes, ms, perSecond, table, timing, times } from './format'
import type { SizeResult } from './suite'
import type { TargetCheck } from './targets'

/** The human-readable report: one column per dossier size, one row per measurement. */

type Row = readonly [label: string, cell: (size: SizeResult) => string]
const GAP: Row = ['', () => '']

const ROWS: readonly Row[] = [
  ['entries in the dossier', (s) => count(s.entries)],
  GAP,
  ['BUILD  ours, via Dossier API', (s) => timing(s.build.ours)],
  ['         of which Ed25519 signing', (s) => ms(s.build.oursSigning.medianMs)],
  ['       raw flat (same entries)', (s) => timing(s.build.rawFlat)],
  ['       naive nested Y.Maps', (s) => timing(s.build.naiveNested)],
  ['       ours / raw flat', (s) => times(s.ratios.buildOursOverRawFlat)],
  [
    '       ours without signing / raw flat',
    (s) => times(s.ratios.buildOursWithoutSigningOverRawFlat),
  ],
  ['       ours / naive nested', (s) => times(s.ratios.buildOursOverNaive)],
  ['       rounds', (s) => String(s.buildRounds)],
  GAP,
  ['ENCODE ours', (s) => timing(s.encode.time.ours)],
  ['       raw flat', (s) => timing(s.encode.time.rawFlat)],
  ['       naive nested', (s) => timing(s.encode.time.naiveNested)],
  ['       update size ours', (s) => megabytes(s.encode.bytes.ours)],
  ['       update size raw flat', (s) => megabytes(s.encode.bytes.rawFlat)],
  ['       update size naive nested', (s) => megabytes(s.encode.bytes.naiveNested)],
  ['       time ours / naive', (s) => times(s.ratios.encodeTimeOursOverNaive)],
  ['       size ours / naive', (s) => times(s.ratios.encodeBytesOursOverNaive)],
  GAP,
  ['LOAD   ours: apply + open + claims()', (s) => timing(s.load.time.ours)],
  ['         decode (Y.applyUpdate)', (s) => ms(s.load.oursPhasesMs.decode)],
  ['         Dossier.open (validate, index)', (s) => ms(s.load.oursPhasesMs.open)],
  ['         claims() + counts()', (s) => ms(s.load.oursPhasesMs.views)],
  ['       raw flat: apply + toArray', (s) => timing(s.load.time.rawFlat)],
  ['       naive nested: apply + walk', (s) => timing(s.load.time.naiveNested)],
  ['       ours / naive  (target ≤ 0.6× at 10k)', (s) => times(s.ratios.loadOursOverNaive)],
  ['       ours / raw flat', (s) => times(s.ratios.loadOursOverRawFlat)],
  GAP,
  ['HEAP   ours  (target ≤ 40 MB at 10k)', (s) => megabytes(s.load.heapBytes.ours)],
  ['       raw flat', (s) => megabytes(s.load.heapBytes.rawFlat)],
  ['       naive nested', (s) => megabytes(s.load.heapBytes.naiveNested)],
  ['       ours / naive', (s) => times(s.ratios.heapOursOverNaive)],
  ['       ours / raw flat', (s) => times(s.ratios.heapOursOverRawFlat)],
  GAP,
  ['UPDATE one remote decision + claim + counts', (s) => timing(s.incremental.incremental)],
  ['         apply (events, index upkeep)', (s) => ms(s.incremental.incrementalPhasesMs.apply)],
  ['         read claim(id) + counts()', (s) => ms(s.incremental.incrementalPhasesMs.read)],
  ['       full derivation: open + claims()', (s) => timing(s.incremental.fullDerivation)],
  ['       incremental / full', (s) => times(s.ratios.incrementalOverFull)],
]

export const resultTable = (sizes: readonly SizeResult[]): string =>
  table(
    ['claims (median, fastest in parentheses)', ...sizes.map((size) => count(size.claims))],
    ROWS.map(([label, cell]) => (label === '' ? [] : [label, ...sizes.map(cell)])),
  )

export const verifyLines = (verify: VerifyResult, signPerSecond: number): string =>
  [
    `Signatures (${verify.decisions} decisions):`,
    `  fresh verifications  ${perSecond(verify.freshPerSecond)}  (median ${ms(verify.fresh.medianMs)} per batch)`,
    `  cached lookups       ${perSecond(verify.cachedPerSecond)}  (median ${ms(verify.cached.medianMs)} per batch)`,
    `  signing, during build ${perSecond(signPerSecond)}`,
  ].join('\n')

const amount = (unit: TargetCheck['unit'], value: number): string =>
  unit === '×' ? times(value) : `${value.toFixed(unit === 'MB' ? 1 : 2)} ${unit}`

export const targetLines = (targets: readonly TargetCheck[]): string => {
  if (targets.length === 0)
    return 'Targets: not measured (they apply to 10,000 claims; add --sizes 10k).'
  return [
    'Targets:',
    ...targets.map(
      (target) =>
        `${target.met ? 'MET    ' : 'NOT MET'}  ${target.description}` +
        `${target.claims > 0 ? ` at ${count(target.claims)} claims` : ''}: ` +
        `${amount(target.unit, target.value)} ` +
        `(${target.atLeast === true ? 'at least' : 'limit'} ${amount(target.unit, target.limit)})`,
    ),
  ].join('\n')
}
