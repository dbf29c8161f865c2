import * as path from 'node:path'
import type { ReportFormat } from '../../../shared/report'
import { renderReport } from '../../host/serve/render-report'
import { describeFsError } from '../../host/store/store-error'
import { writeFileAtomic } from '../../host/store/atomic-file'
import { CliError, usageError } from '../cli-error'
import { print, stringFlag } from '../command'
import type { Command } from '../command'
import { withLibraryAccess } from '../library/with-library'

const FORMATS = ['md', 'html', 'json', 'csv', 'claimreview', 'dossier'] as const
type Format = (typeof FORMATS)[number]

export const exportCommand: Command = {
  name: 'export',
  summary: 'export a dossier as a report, a lossless JSON file or a .dossier file',
  usage: `dossier export ID --format ${FORMATS.join('|')} [--out FILE] [--publisher NAME]`,
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
  --publisher NAME  the desk's name, for ClaimReview (default: Verification Desk)`,
  options: { format: { type: 'string' }, out: { type: 'string' }, publisher: { type: 'string' } },
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
    const publisher = stringFlag(context, 'publisher') ?? 'Verification Desk'
    // Reports are rendered here even through a running host (its export RPC takes no publisher).
    const output = await withLibraryAccess<string | Uint8Array>(context, (library) =>
      format === 'dossier'
        ? library.exportFile(ref)
        : library.withDossier(ref, (dossier) =>
            renderReport(dossier, format as ReportFormat, { publisher }),
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
