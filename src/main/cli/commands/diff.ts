import type { StatusLabel } from '../../../shared/dossier'
import { STATUS_WORDS } from '../../../shared/vocabulary'
import type { VersionDiff } from '../../host/library/library'
import { print } from '../command'
import type { Command } from '../command'
import { withLibraryAccess } from '../library/with-library'
import { requirePositionals } from '../positionals'

/** A status as every CLI listing names it ("confirmed", "CONFLICT"). */
const word = (status: StatusLabel): string => STATUS_WORDS[status].cli.word

export const diffCommand: Command = {
  name: 'diff',
  summary: 'what changed between two versions of a dossier',
  usage: 'dossier diff ID A B [--json]',
  help: `Compares two states of dossier ID: claims added and removed, statuses changed (from -> to),
claims reworded and a changed title. A and B are version ids (v2), numbers (2) or names from
\`dossier versions ID\`, or \`current\` for the dossier as it is now.

Options:
  --json   print the differences as JSON`,
  options: { json: { type: 'boolean' } },
  async run(context) {
    const [ref, a, b] = requirePositionals(context, 'diff', ['ID', 'A', 'B'])
    const diff = await withLibraryAccess(context, (library) => library.diffVersions(ref, a, b))
    if (context.values.json === true) {
      print(context.io, JSON.stringify({ from: a, to: b, ...diff }, null, 2))
      return
    }
    print(context.io, describeDiff(diff, a, b))
  },
}

const quoted = (text: string): string => `"${text.replace(/\s+/g, ' ').trim()}"`

export const describeDiff = (diff: VersionDiff, a: string, b: string): string => {
  const lines: string[] = []
  if (diff.title !== null)
    lines.push(`Title: ${quoted(diff.title.from)} -> ${quoted(diff.title.to)}`)
  const section = (heading: string, items: readonly string[]) => {
    if (items.length > 0) lines.push(`${heading}:`, ...items.map((item) => `  ${item}`))
  }
  section(
    'Status changed',
    diff.statusChanged.map(
      ({ claim, from, to }) =>
        `#${claim.number} ${word(from)} -> ${word(to)}  ${quoted(claim.text)}`,
    ),
  )
  section(
    'Added',
    diff.added.map((claim) => `+ #${claim.number} [${word(claim.status)}] ${quoted(claim.text)}`),
  )
  section(
    'Removed',
    diff.removed.map((claim) => `- #${claim.number} [${word(claim.status)}] ${quoted(claim.text)}`),
  )
  section(
    'Reworded',
    diff.textChanged.map(
      ({ claim, from, to }) => `#${claim.number} ${quoted(from)} -> ${quoted(to)}`,
    ),
  )
  return lines.length === 0
    ? `No differences between ${a} and ${b}.`
    : [`From ${a} to ${b}:`, ...lines].join('\n')
}
