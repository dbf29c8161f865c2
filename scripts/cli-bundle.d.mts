export declare const ROOT: string
export declare const BUNDLE_SOURCES: readonly string[]
export declare const BUNDLE_ENTRIES: { readonly dossier: string; readonly 'ingest-worker': string }
export declare const SOURCE_ANCHORED: readonly string[]
export declare const currentBundle: (outDir: string, root?: string) => string | null
export declare const ensureCliBundle: (options: {
  root?: string
  outDir?: string
  log: (line: string) => void
}) => Promise<string>
export type RunCli = (
  argv: readonly string[],
  io: {
    stdout: NodeJS.WritableStream
    stderr: NodeJS.WritableStream
    cwd: string
    env: NodeJS.ProcessEnv
  },
) => Promise<number>
export declare const loadCli: (
  env: NodeJS.ProcessEnv,
  log: (line: string) => void,
) => Promise<RunCli>
