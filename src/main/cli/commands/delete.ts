import { print } from '../command'
import type { Command } from '../command'
import { withLocalLibrary } from '../library/with-library'
import { requirePositionals } from '../positionals'

export const deleteCommand: Command = {
  name: 'delete',
  summary: 'move a dossier to the trash',
  usage: 'dossier delete ID',
  help: `Moves dossier ID, with its versions, to the library's trash. Nothing is destroyed: see it with
\`dossier trash\` and bring it back with \`dossier restore\`.`,
  options: {},
  async run(context) {
    const [ref] = requirePositionals(context, 'delete', ['ID'])
    const entry = await withLocalLibrary(context, 'delete', (library) => library.delete(ref))
    print(
      context.io,
      `moved ${entry.id} "${entry.title}" to the trash; restore it with \`dossier restore ${entry.trashId}\``,
    )
  },
}
