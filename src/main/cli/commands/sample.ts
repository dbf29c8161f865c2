import { usageError } from '../cli-error'
import { print } from '../command'
import type { Command } from '../command'
import { withLibraryAccess } from '../library/with-library'

export const sampleCommand: Command = {
  name: 'sample',
  summary: 'add the built-in sample dossier to the library',
  usage: 'dossier sample',
  help: `Creates the built-in sample dossier (an invented story with claims, evidence, decisions,
links, comments and one conflict between two invented editors) with a frozen version to compare
with, and prints its id. Useful to try the commands.`,
  options: {},
  async run(context) {
    if (context.positionals.length > 0)
      throw usageError(`unexpected argument "${context.positionals[0]}"`, 'sample')
    const id = await withLibraryAccess(context, (library) => library.createSample())
    print(context.io, id)
  },
}
