/**
 * The targets set for the dossier's flat layout (docs/benchmarks.md). They are reported, never
 * enforced: a benchmark informs, it does not fail a build.
 */

export const TARGET_SIZE = 10_000
export const MB = 1_000_000

export interface TargetCheck {
  readonly name: string
  readonly claims: number
  readonly description: string
  readonly limit: number
  readonly value: number
  readonly unit: '×' | 'MB' | 'MB/s'
  /** The value must reach the limit rather than stay under it. */
  readonly atLeast?: boolean
  readonly met: boolean
}

export interface TargetInputs {
  readonly claims: number
  readonly loadOursOverNaive: number
  readonly heapOursBytes: number
}

export const checkTargets = (inputs: TargetInputs): TargetCheck[] => {
  if (inputs.claims !== TARGET_SIZE) return []
  const heapMb = inputs.heapOursBytes / MB
  return [
    {
      name: 'load-vs-naive',
      claims: inputs.claims,
      description: 'load time, ours / naive nested Y.Map schema',
      limit: 0.6,
      value: inputs.loadOursOverNaive,
      unit: '×',
      met: inputs.loadOursOverNaive <= 0.6,
    },
    {
      name: 'heap-after-load',
      claims: inputs.claims,
      description: 'heap kept by a loaded dossier (ours)',
      limit: 40,
      value: heapMb,
      unit: 'MB',
      met: heapMb <= 40,
    },
  ]
}
