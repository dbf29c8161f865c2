import { print } from '../command'
import type { Command } from '../command'
import { countsLine, table } from '../format'
import { withLibraryAccess } from '../library/with-library'
import { requirePositionals } from '../positionals'

export const versionsCommand: Command = {
  name: 'versions',
  summary: 'list the frozen versions of a dossier',
  usage: 'dossier versions ID [--json]',
  help: `Lists the versions of dossier ID frozen with \`dossier freeze\`, oldest first: name, when,
id, and the claim counts by status at that moment.

Options:
  --json   print the list as JSON`,
  options: { json: { type: 'boolean' } },
  async run(context) {
    const [ref] = requirePositionals(context, 'versions', ['ID'])
    const { id, versions } = await withLibraryAccess(context, (library) =>
      library.listVersions(ref),
    )
    if (context.values.json === true) {
      print(context.io, JSON.stringify({ dossier: id, versions }, null, 2))
      return
    }
    if (versions.length === 0) {
      print(context.io, `No versions of ${id} yet. Freeze one with \`dossier freeze ${id} NAME\`.`)
      return
    }
    print(
      context.io,
      table(
        ['NAME', 'FROZEN', 'ID', 'STATUS'],
        versions.map((version) => [
          version.name,
          version.frozenAt.slice(0, 16).replace('T', ' '),
          version.id,
          countsLine(version.counts),
        ]),
      ),
    )
  },
}
