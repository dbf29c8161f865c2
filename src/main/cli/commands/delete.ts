import { print } from '../command'
import type { Command } from '../command'
import { withLibraryAccess } from '../library/with-library'
import { requirePositionals } from '../positionals'

export const deleteCommand: Command = {
  name: 'delete',
  summary: 'move a dossier to the trash',
  usage: 'dossier delete ID',
  help: `Moves dossier ID, with its versions, to the library's trash. Nothing is destroyed: see it with
\`dossier trash\` and bring it back with \`dossier restore\`.

While the app or \`dossier serve\` holds the library, the dossier is moved through it: refused
while a window, tab or LAN member has it open (close them first), or while it is shared on the
LAN or relayed (stop that first: \`dossier share ID --stop\`, \`dossier relay ID --off\`).`,
  options: {},
  async run(context) {
    const [ref] = requirePositionals(context, 'delete', ['ID'])
    const entry = await withLibraryAccess(context, (library) => library.delete(ref))
    print(
      context.io,
      `moved ${entry.id} "${entry.title}" to the trash; restore it with \`dossier restore ${entry.trashId}\``,
    )
  },
}
