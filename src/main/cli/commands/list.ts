import { usageError } from '../cli-error'
import { print } from '../command'
import type { Command } from '../command'
import { countsLine, table } from '../format'
import { withLibraryAccess } from '../library/with-library'

export const listCommand: Command = {
  name: 'list',
  summary: 'list the dossiers in the library',
  usage: 'dossier list [--json]',
  help: `Lists every dossier in the library with its claim counts by status and when it last changed.
A dossier whose file cannot be read is listed as a problem; the others are still shown.

Options:
  --json   print the list as JSON`,
  options: { json: { type: 'boolean' } },
  async run(context) {
    if (context.positionals.length > 0)
      throw usageError(`unexpected argument "${context.positionals[0]}"`, 'list')
    const { dir, dossiers, problems } = await withLibraryAccess(context, async (library) => ({
      dir: library.dir,
      ...(await library.list()),
    }))
    if (context.values.json === true) {
      print(context.io, JSON.stringify({ library: dir, dossiers, problems }, null, 2))
      return
    }
    if (dossiers.length === 0 && problems.length === 0) {
      print(context.io, `No dossiers in ${dir} yet. Create one with \`dossier import FILE\`.`)
      return
    }
    if (dossiers.length > 0) {
      print(
        context.io,
        table(
          ['ID', 'TITLE', 'CLAIMS', 'STATUS', 'UPDATED'],
          dossiers.map((d) => [
            d.id,
            d.title,
            String(d.claims),
            countsLine(d.counts),
            d.updated.slice(0, 16).replace('T', ' '),
          ]),
        ),
      )
    }
    for (const problem of problems) context.io.stderr.write(`warning: ${problem.reason}\n`)
  },
}
