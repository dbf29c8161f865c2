import { print } from '../command'
import type { Command } from '../command'
import { withLibraryAccess } from '../library/with-library'
import { requirePositionals } from '../positionals'

export const restoreCommand: Command = {
  name: 'restore',
  summary: 'bring a dossier back from the trash; prints its id',
  usage: 'dossier restore TRASH_REF',
  help: `Moves a deleted dossier back into the library, whole, and prints its id. TRASH_REF is a
trash id from \`dossier trash\`, or a dossier id (its most recent deletion).`,
  options: {},
  async run(context) {
    const [ref] = requirePositionals(context, 'restore', ['TRASH_REF'])
    const id = await withLibraryAccess(context, (library) => library.restore(ref))
    print(context.io, id)
  },
}
