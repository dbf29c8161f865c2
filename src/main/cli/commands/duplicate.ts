import { print, stringFlag } from '../command'
import type { Command } from '../command'
import { withLibraryAccess } from '../library/with-library'
import { requirePositionals } from '../positionals'

export const duplicateCommand: Command = {
  name: 'duplicate',
  summary: 'copy a dossier under a new id; prints the new id',
  usage: 'dossier duplicate ID [--title TEXT]',
  help: `Copies dossier ID, with every claim, decision and signature, into a new dossier with its own
id, and prints that id. The copy is independent: work on it never merges back into the original.
Versions and the trash stay with the original.

Options:
  --title TEXT   the copy's title (default: the original's, with "(copy)")`,
  options: { title: { type: 'string' } },
  async run(context) {
    const [ref] = requirePositionals(context, 'duplicate', ['ID'])
    const title = stringFlag(context, 'title')
    const id = await withLibraryAccess(context, (library) => library.duplicate(ref, title))
    print(context.io, id)
  },
}
