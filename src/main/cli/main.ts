import { parseArgs } from 'node:util'
import { DossierInputError, NewerSchemaError, NotADossierError } from '../../shared/dossier'
import { IngestError } from '../../shared/ingest'
import { DossierFileError } from '../../shared/report/json'
import { LibraryError } from '../host/library/library-errors'
import { StoreError } from '../host/store/store-error'
import { IdentityError } from '../host/library/identity-store'
import { resolveLibraryDir } from '../host/paths'
import { CliError, usageError } from './cli-error'
import type { CliIo, Command } from './command'
import { deleteCommand } from './commands/delete'
import { diffCommand } from './commands/diff'
import { duplicateCommand } from './commands/duplicate'
import { exportCommand } from './commands/export'
import { freezeCommand } from './commands/freeze'
import { identityCommand } from './commands/identity'
import { importCommand } from './commands/import'
import { listCommand } from './commands/list'
import { renameCommand } from './commands/rename'
import { restoreCommand } from './commands/restore'
import { sampleCommand } from './commands/sample'
import { serveCommand } from './commands/serve'
import { showCommand } from './commands/show'
import { statusCommand } from './commands/status'
import { trashCommand } from './commands/trash'
import { versionsCommand } from './commands/versions'
import { relayCommand } from './commands/relay'
import { shareCommand } from './commands/share'
import { joinCommand } from './commands/join'
import { peersCommand } from './commands/peers'
import { revokeCommand } from './commands/revoke'
import { roleCommand } from './commands/role'

export const COMMANDS: readonly Command[] = [
  importCommand,
  listCommand,
  showCommand,
  statusCommand,
  exportCommand,
  identityCommand,
  sampleCommand,
  renameCommand,
  duplicateCommand,
  deleteCommand,
  trashCommand,
  restoreCommand,
  freezeCommand,
  versionsCommand,
  diffCommand,
  serveCommand,
  shareCommand,
  relayCommand,
  joinCommand,
  peersCommand,
  revokeCommand,
  roleCommand,
]

const GLOBAL_HELP = `dossier — work with Verification Desk dossiers from the command line

Usage: dossier COMMAND [ARGS] [--data DIR]

Commands:
${COMMANDS.map((command) => `  ${command.name.padEnd(10)} ${command.summary}`).join('\n')}

Options for every command:
  --data DIR   the library folder (default: $DOSSIER_DATA, else the desktop app's library)
  --help       help for a command: dossier COMMAND --help

While \`dossier serve\` runs on the library, commands go through it instead of its files; rename,
duplicate, delete, trash, restore, freeze, versions and diff need it stopped.`

const GLOBAL_OPTIONS = { data: { type: 'string' }, help: { type: 'boolean', short: 'h' } } as const

/** Runs one CLI invocation; returns the exit code instead of exiting, so tests can call it. */
export const runCli = async (argv: readonly string[], io: CliIo): Promise<number> => {
  try {
    await dispatch(argv, io)
    return 0
  } catch (error) {
    const { message, code } = describe(error)
    io.stderr.write(`dossier: ${message}\n`)
    return code
  }
}

const dispatch = async (argv: readonly string[], io: CliIo): Promise<void> => {
  const [name, ...rest] = argv
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.stdout.write(`${GLOBAL_HELP}\n`)
    return
  }
  const command = COMMANDS.find((candidate) => candidate.name === name)
  if (command === undefined) throw usageError(`unknown command "${name}"`)
  let parsed
  try {
    parsed = parseArgs({
      args: [...rest],
      options: { ...GLOBAL_OPTIONS, ...command.options },
      allowPositionals: true,
      strict: true,
    })
  } catch (error) {
    throw usageError(
      (error as Error).message.replace(/\. To specify a positional.*$/s, ''),
      command.name,
    )
  }
  if (parsed.values.help === true) {
    io.stdout.write(`Usage: ${command.usage}\n\n${command.help}\n`)
    return
  }
  const data = parsed.values.data
  await command.run({
    io,
    dataDir: resolveLibraryDir(typeof data === 'string' ? data : undefined, io.env),
    positionals: parsed.positionals,
    values: parsed.values,
  })
}

const describe = (error: unknown): { message: string; code: number } => {
  if (error instanceof CliError) return { message: error.message, code: error.exitCode }
  if (
    error instanceof LibraryError ||
    error instanceof StoreError ||
    error instanceof IdentityError ||
    error instanceof DossierInputError ||
    error instanceof DossierFileError ||
    error instanceof IngestError ||
    error instanceof NotADossierError ||
    error instanceof NewerSchemaError
  ) {
    return { message: error.message, code: 1 }
  }
  const message = error instanceof Error ? error.message : String(error)
  return {
    message: `unexpected error: ${message} (please report it, with the command you ran)`,
    code: 70,
  }
}
