import { print } from '../command'
import type { Command } from '../command'
import { table } from '../format'
import { withLocalLibrary } from '../library/with-library'
import { requirePositionals } from '../positionals'

export const trashCommand: Command = {
  name: 'trash',
  summary: 'list the dossiers in the trash',
  usage: 'dossier trash [--json]',
  help: `Lists the deleted dossiers, newest first, with the trash id that \`dossier restore\` takes.
A dossier deleted more than once has one entry each time.

Options:
  --json   print the list as JSON`,
  options: { json: { type: 'boolean' } },
  async run(context) {
    requirePositionals(context, 'trash', [])
    const entries = await withLocalLibrary(context, 'trash', (library) => library.listTrash())
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
