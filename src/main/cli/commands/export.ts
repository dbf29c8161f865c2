import * as path from 'node:path'
import { CLAIM_AUTHOR_TYPES, readClaimReviewSettings } from '../../../shared/report'
import type { ClaimReviewSettings, ReportFormat } from '../../../shared/report'
import { renderReport } from '../../host/serve/render-report'
import { describeFsError } from '../../host/store/store-error'
import { writeFileAtomic } from '../../host/store/atomic-file'
import { CliError, usageError } from '../cli-error'
import { print, stringFlag } from '../command'
import type { Command, CommandContext } from '../command'
import { withLibraryAccess } from '../library/with-library'

/** The ClaimReview flags, checked as the app checks its fields: a bad one says what is wrong. */
const claimReviewFlags = (context: CommandContext): ClaimReviewSettings => {
  const claimAuthor = stringFlag(context, 'claim-author')
  if (
    claimAuthor !== undefined &&
    !(CLAIM_AUTHOR_TYPES as readonly string[]).includes(claimAuthor)
  ) {
    throw usageError(
      `unknown --claim-author "${claimAuthor}"; use ${CLAIM_AUTHOR_TYPES.join(', ')}`,
      'export',
    )
  }
  const read = readClaimReviewSettings({
    publisherName: stringFlag(context, 'publisher'),
    publisherUrl: stringFlag(context, 'publisher-url'),
    reviewUrl: stringFlag(context, 'review-url'),
    claimAuthor,
  })
  if (!read.ok) throw usageError(read.problems.join('; '), 'export')
  return read.settings
}

const FORMATS = ['md', 'html', 'json', 'csv', 'claimreview', 'dossier'] as const
type Format = (typeof FORMATS)[number]

export const exportCommand: Command = {
  name: 'export',
  summary: 'export a dossier as a report, a lossless JSON file or a .dossier file',
  usage: `dossier export ID --format ${FORMATS.join('|')} [--out FILE] [--publisher NAME] [--publisher-url URL] [--review-url URL] [--claim-author guess|person|organization]`,
  help: `Writes dossier ID in one of these formats, to FILE or to standard output:

  md           Markdown report: claims grouped by status, with rationale, evidence and history
  html         the same report as one self-contained HTML file
  json         every entry with its signature; \`dossier import\` reads it back losslessly
  csv          one row per claim, for spreadsheets
  claimreview  schema.org ClaimReview JSON-LD, one per reviewed claim (docs/claimreview.md)
  dossier      the portable .dossier file (the whole document: mail it, back it up, import it)

Options:
  --format NAME     one of ${FORMATS.join(', ')} (required)
  --out FILE        write to FILE (replaced atomically) instead of standard output

ClaimReview fields (docs/claimreview.md):
  --publisher NAME      the desk or newsroom publishing the reviews (default: Verification Desk)
  --publisher-url URL   its web address (http:// or https://)
  --review-url URL      where the reviews are published: a page (each review gets
                        #claim-<number> on it) or a pattern with {number} in it, one page
                        per claim (https://news.example/checks/{number})
  --claim-author TYPE   guess (default: from each speaker's name), person or organization`,
  options: {
    format: { type: 'string' },
    out: { type: 'string' },
    publisher: { type: 'string' },
    'publisher-url': { type: 'string' },
    'review-url': { type: 'string' },
    'claim-author': { type: 'string' },
  },
  async run(context) {
    const [ref, extra] = context.positionals
    if (ref === undefined) throw usageError('export needs a dossier ID', 'export')
    if (extra !== undefined) throw usageError(`unexpected argument "${extra}"`, 'export')
    const format = stringFlag(context, 'format')
    if (format === undefined)
      throw usageError(`export needs --format (${FORMATS.join(', ')})`, 'export')
    if (!FORMATS.includes(format as Format)) {
      throw usageError(`unknown format "${format}"; use one of ${FORMATS.join(', ')}`, 'export')
    }
    const claimReview = claimReviewFlags(context)
    // Reports are rendered here, through a running host too: the same renderer the host uses.
    const output = await withLibraryAccess<string | Uint8Array>(context, (library) =>
      format === 'dossier'
        ? library.exportFile(ref)
        : library.withDossier(ref, (dossier) =>
            renderReport(dossier, format as ReportFormat, { claimReview }),
          ),
    )
    const out = stringFlag(context, 'out')
    if (out === undefined) {
      context.io.stdout.write(output)
      return
    }
    const target = path.resolve(context.io.cwd, out)
    try {
      await writeFileAtomic(target, output)
    } catch (error) {
      throw new CliError(`could not write ${target}: ${describeFsError(error)}`)
    }
    print(context.io, `wrote ${target}`)
  },
}
