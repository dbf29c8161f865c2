import { print } from '../command'
import type { Command } from '../command'
import { withLibraryAccess } from '../library/with-library'
import { requirePositionals } from '../positionals'

export const freezeCommand: Command = {
  name: 'freeze',
  summary: 'freeze the current state as a named version; prints its id',
  usage: 'dossier freeze ID NAME',
  help: `Keeps the current state of dossier ID, whole, as a version called NAME (for instance
"published 28 Nov") and prints the version's id (v1, v2, ...). A version never changes; compare
versions with \`dossier diff\` and list them with \`dossier versions\`.`,
  options: {},
  async run(context) {
    const [ref, name] = requirePositionals(context, 'freeze', ['ID', 'NAME'])
    const version = await withLibraryAccess(context, (library) => library.freezeVersion(ref, name))
    print(context.io, version.id)
  },
}
