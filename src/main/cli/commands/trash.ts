import { usageError } from '../cli-error'
import { print } from '../command'
import type { Command } from '../command'
import { table } from '../format'
import { withLibraryAccess } from '../library/with-library'
import { requirePositionals } from '../positionals'

export const trashCommand: Command = {
  name: 'trash',
  summary: 'list the dossiers in the trash, or empty it',
  usage: 'dossier trash [--json] | dossier trash --empty [TRASH_REF]',
  help: `Lists the deleted dossiers, newest first, with the trash id that \`dossier restore\` takes.
A dossier deleted more than once has one entry each time.

Options:
  --json    print the list as JSON
  --empty   delete what is in the trash for good: every entry, or only TRASH_REF (a trash id,
            or a dossier id for its most recent deletion)`,
  options: { json: { type: 'boolean' }, empty: { type: 'boolean' } },
  async run(context) {
    if (context.values.empty === true) {
      if (context.values.json === true) throw usageError('--empty takes no --json', 'trash')
      const [ref, extra] = context.positionals
      if (extra !== undefined) throw usageError(`unexpected argument "${extra}"`, 'trash')
      const removed = await withLibraryAccess(context, (library) => library.emptyTrash(ref))
      print(
        context.io,
        removed === 0
          ? 'The trash was empty.'
          : `deleted ${removed} ${removed === 1 ? 'trash entry' : 'trash entries'} for good`,
      )
      return
    }
    requirePositionals(context, 'trash', [])
    const entries = await withLibraryAccess(context, (library) => library.listTrash())
    if (context.values.json === true) {
      print(context.io, JSON.stringify(entries, null, 2))
      return
    }
    if (entries.length === 0) {
      print(context.io, 'The trash is empty.')
      return
    }
    print(
      context.io,
      table(
        ['TRASH ID', 'TITLE', 'DELETED'],
        entries.map((entry) => [
          entry.trashId,
          entry.title,
          entry.deletedAt.slice(0, 16).replace('T', ' '),
        ]),
      ),
    )
  },
}
