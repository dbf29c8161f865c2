import { execFile } from 'node:child_process'
import * as path from 'node:path'
import { Writable } from 'node:stream'
import { runCli } from '../../src/main/cli/main'

export interface CliResult {
  readonly code: number
  readonly stdout: string
  readonly stderr: string
}

const collector = (): { stream: Writable; text: () => string } => {
  const chunks: Buffer[] = []
  const stream = new Writable({
    write(chunk: Buffer | string, _encoding, done) {
      chunks.push(Buffer.from(chunk))
      done()
    },
  })
  return { stream, text: () => Buffer.concat(chunks).toString('utf8') }
}

/** Runs the CLI in this process: fast, for the breadth of commands and error paths. */
export const cli = async (
  args: readonly string[],
  options: { cwd?: string; env?: NodeJS.ProcessEnv } = {},
): Promise<CliResult> => {
  const stdout = collector()
  const stderr = collector()
  const code = await runCli(args, {
    stdout: stdout.stream,
    stderr: stderr.stream,
    cwd: options.cwd ?? process.cwd(),
    env: options.env ?? {},
  })
  return { code, stdout: stdout.text(), stderr: stderr.text() }
}

export const BIN = path.resolve(import.meta.dirname, '../../bin/dossier.mjs')

/** Runs the real `dossier` executable as a child process, as a user would. */
export const cliProcess = (
  args: readonly string[],
  env: NodeJS.ProcessEnv = {},
): Promise<CliResult> =>
  new Promise((resolve) => {
    execFile(
      process.execPath,
      [BIN, ...args],
      { env: { PATH: process.env.PATH, HOME: process.env.HOME, ...env }, timeout: 60_000 },
      (error, stdout, stderr) => {
        const code = error === null ? 0 : typeof error.code === 'number' ? error.code : 1
        resolve({ code, stdout, stderr })
      },
    )
  })
