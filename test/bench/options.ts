/** Command-line options of `npm run bench`. */
export const USAGE = `usage: npm run bench -- [options]
  --sizes 1000,10000,50000   claim counts to measure (1k, 10k, 50k also work); default all three
  --quick                    1,000 claims only
  --runs N                   timed runs per section (default 5), after one warm-up run
  --build-runs N             rounds of the build section (default: 5 up to 1,000 claims,
                             3 up to 10,000, 1 above, since every build signs each decision)
  --memory-runs N            loads per memory measurement (default 3)
  --no-save                  print only; write no result files`

export const DEFAULT_SIZES = [1_000, 10_000, 50_000] as const

export interface BenchOptions {
  readonly sizes: readonly number[]
  readonly runs: number
  readonly buildRuns: number | null
  readonly memoryRuns: number
  readonly save: boolean
}

export class UsageError extends Error {}

const parseSize = (text: string): number => {
  const match = /^(\d+(?:\.\d+)?)(k?)$/i.exec(text.trim().replaceAll('_', ''))
  const size = match ? Number(match[1]) * (match[2] ? 1000 : 1) : Number.NaN
  if (!Number.isInteger(size) || size < 10) throw new UsageError(`not a claim count: "${text}"`)
  return size
}

const parseCount = (flag: string, text: string | undefined): number => {
  const value = Number(text)
  if (!Number.isInteger(value) || value < 1)
    throw new UsageError(`${flag} needs a whole number ≥ 1`)
  return value
}

export const parseOptions = (args: readonly string[]): BenchOptions => {
  let sizes: number[] = [...DEFAULT_SIZES]
  let runs = 5
  let buildRuns: number | null = null
  let memoryRuns = 3
  let save = true
  for (let at = 0; at < args.length; at++) {
    const [flag, inline] = args[at]!.split('=', 2) as [string, string | undefined]
    const value = (): string | undefined => inline ?? args[++at]
    switch (flag) {
      case '--sizes':
        sizes = (value() ?? '')
          .split(/[\s,]+/)
          .filter(Boolean)
          .map(parseSize)
        if (sizes.length === 0) throw new UsageError('--sizes needs at least one claim count')
        break
      case '--quick':
        sizes = [1_000]
        break
      case '--runs':
        runs = parseCount(flag, value())
        break
      case '--build-runs':
        buildRuns = parseCount(flag, value())
        break
      case '--memory-runs':
        memoryRuns = parseCount(flag, value())
        break
      case '--help':
        throw new UsageError('')
      case '--no-save':
        save = false
        break
      default:
        throw new UsageError(`unknown option "${args[at]}"`)
    }
  }
  return { sizes: [...new Set(sizes)].sort((a, b) => a - b), runs, buildRuns, memoryRuns, save }
}

export const buildRoundsFor = (options: BenchOptions, size: number): number =>
  options.buildRuns ?? (size <= 1_000 ? options.runs : size <= 10_000 ? 3 : 1)
