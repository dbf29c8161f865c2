import type { Writable } from 'node:stream'

export interface CliIo {
  readonly stdout: Writable
  readonly stderr: Writable
  readonly cwd: string
  readonly env: NodeJS.ProcessEnv
  /** Ends a long-running command (serve) as SIGINT would; tests use it. */
  readonly signal?: AbortSignal
}

export interface Command {
  readonly name: string
  readonly summary: string
  readonly usage: string
  readonly help: string
  /** Flags this command takes, beyond the global --data and --help. */
  readonly options: Record<
    string,
    { type: 'string' | 'boolean'; multiple?: boolean; short?: string }
  >
  run(context: CommandContext): Promise<void>
}

export interface CommandContext {
  readonly io: CliIo
  readonly dataDir: string
  readonly positionals: readonly string[]
  readonly values: Readonly<Record<string, string | boolean | (string | boolean)[] | undefined>>
}

export const print = (io: CliIo, text: string): void => {
  io.stdout.write(text.endsWith('\n') ? text : `${text}\n`)
}

export const stringFlag = (context: CommandContext, name: string): string | undefined => {
  const value = context.values[name]
  return typeof value === 'string' ? value : undefined
}

export const listFlag = (context: CommandContext, name: string): string[] => {
  const value = context.values[name]
  if (Array.isArray(value)) return value.filter((item): item is string => typeof item === 'string')
  return typeof value === 'string' ? [value] : []
}
