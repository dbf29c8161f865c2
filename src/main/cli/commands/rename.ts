import { print, stringFlag } from '../command'
import type { Command } from '../command'
import { withLibraryAccess } from '../library/with-library'
import { requirePositionals } from '../positionals'

export const renameCommand: Command = {
  name: 'rename',
  summary: 'change the title (and story line) of a dossier',
  usage: 'dossier rename ID TITLE [--story TEXT]',
  help: `Gives dossier ID a new TITLE. Its claims, history and versions are unchanged; frozen versions
keep the title they had.

Options:
  --story TEXT   also replace the one-line description of the story`,
  options: { story: { type: 'string' } },
  async run(context) {
    const [ref, title] = requirePositionals(context, 'rename', ['ID', 'TITLE'])
    const story = stringFlag(context, 'story')
    const id = await withLibraryAccess(context, (library) => library.rename(ref, title, story))
    print(context.io, `renamed ${id} to "${title}"`)
  },
}
