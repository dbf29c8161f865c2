import * as fs from 'node:fs/promises'
import * as path from 'node:path'
import { decodeStoryBytes, refusalMessage, sniffBytes } from '../../../shared/ingest'
import { parseDossierJson } from '../../../shared/report/json'
import { untrustedHistory, untrustedImportNote } from '../../../shared/report/untrusted-history'
import { isDossierFile } from '../../host/library/dossier-file'
import { describeFsError } from '../../host/store/store-error'
import { CliError, usageError } from '../cli-error'
import { print, stringFlag } from '../command'
import { hintIfUnnamed } from '../unnamed-hint'
import type { Command, CommandContext } from '../command'
import { withLibraryAccess } from '../library/with-library'

const MAX_INPUT = 20 * 1024 * 1024
const MAX_DOSSIER_FILE = 1024 * 1024 * 1024

export const importCommand: Command = {
  name: 'import',
  summary: 'import a story (text, Markdown, HTML), a .dossier file or a dossier JSON export',
  usage:
    'dossier import FILE [--title TEXT] [--language CODE] [--format text|markdown|html|json|dossier] [--merge]',
  help: `Creates a new dossier from FILE and prints its id.

A story in plain text, Markdown or HTML (UTF-8, or UTF-16 with a byte order mark) becomes the
dossier's source text, and the sentences that make checkable claims (statements attributed to
someone, figures, revisions) become claims, each anchored to its words in the source. A file that
is not text (an image, a PDF, a Word document, an archive) is refused, saying what it is. A
.dossier file (\`dossier export --format dossier\`) or a JSON file made by \`dossier export
--format json\` is imported whole, with its decisions and their signatures; if any of them
is tampered or unsigned, a warning on standard error says how many (they stay in the history
and decide nothing). Files are checked completely before anything is added to the library.

Options:
  --title TEXT      title for the dossier (default: the story's headline or file name)
  --language CODE   the story's language, e.g. en, ar (default: detected from its text, or
                    und when unclear)
  --format NAME     text, markdown, html, json or dossier (default: from the file's content)
  --merge           a .dossier file of a dossier already in the library is merged into it
                    (the same dossier edited elsewhere) instead of being added as a copy`,
  options: {
    title: { type: 'string' },
    language: { type: 'string' },
    format: { type: 'string' },
    merge: { type: 'boolean' },
  },
  async run(context) {
    const [file, extra] = context.positionals
    if (file === undefined) throw usageError('import needs a FILE', 'import')
    if (extra !== undefined) throw usageError(`unexpected argument "${extra}"`, 'import')
    const format = stringFlag(context, 'format')
    if (format !== undefined && !['text', 'markdown', 'html', 'json', 'dossier'].includes(format)) {
      throw usageError(
        `unknown format "${format}"; use text, markdown, html, json or dossier`,
        'import',
      )
    }
    const filePath = path.resolve(context.io.cwd, file)
    const bytes = await readInput(filePath)
    if (format === 'dossier' || (format === undefined && isDossierFile(bytes))) {
      const merge = context.values.merge === true
      const result = await withLibraryAccess(context, (library) =>
        library.importFile(bytes, { merge }),
      )
      if (result.merged) context.io.stderr.write(`merged into dossier ${result.id}\n`)
      await sayUntrusted(context, result.id)
      print(context.io, result.id)
      return
    }
    const text = decodeStory(filePath, bytes)
    if (format === 'json' || (format === undefined && looksLikeDossierJson(text))) {
      const json = parseDossierJson(text)
      const id = await withLibraryAccess(context, (library) => library.importJson(json))
      await sayUntrusted(context, id)
      print(context.io, id)
      return
    }
    const title = stringFlag(context, 'title')
    const language = stringFlag(context, 'language')
    const id = await withLibraryAccess(context, (library) =>
      library.importStory({
        text,
        filename: path.basename(filePath),
        ...(format === undefined ? {} : { format: format as 'text' | 'markdown' | 'html' }),
        ...(title === undefined ? {} : { title }),
        ...(language === undefined ? {} : { language }),
      }),
    )
    await hintIfUnnamed(context)
    print(context.io, id)
  },
}

/**
 * A signed history from elsewhere may hold decisions no signature stands behind: said on stderr
 * (stdout stays the id alone, for scripts), in the words the app uses.
 */
const sayUntrusted = async (context: CommandContext, id: string): Promise<void> => {
  const untrusted = await withLibraryAccess(context, (library) =>
    library.withDossier(id, (dossier) => untrustedHistory(dossier)),
  )
  const note = untrustedImportNote(untrusted)
  if (note !== null) context.io.stderr.write(`warning: ${note}\n`)
}

const looksLikeDossierJson = (text: string): boolean =>
  /^\s*\{/.test(text) && text.includes('"verification-desk.dossier+json"')

const readInput = async (file: string): Promise<Buffer> => {
  let stat
  try {
    stat = await fs.stat(file)
  } catch (error) {
    throw new CliError(`cannot read ${file}: ${describeFsError(error)}`)
  }
  if (!stat.isFile()) throw new CliError(`${file} is not a file`)
  const megabytes = Math.round(stat.size / 1e6)
  if (stat.size > MAX_DOSSIER_FILE)
    throw new CliError(`${file} is ${megabytes} MB; that is too large to import`)
  // Only a .dossier file may be larger than a story: look at its start before reading it all.
  if (stat.size > MAX_INPUT) {
    const start = await readStart(file)
    if (!isDossierFile(start)) {
      // A large PNG or zip is better told for what it is than for its size.
      const verdict = sniffBytes(start)
      if (!verdict.ok && verdict.reason === 'format')
        throw new CliError(refusalMessage(verdict, file))
      throw new CliError(`${file} is ${megabytes} MB; stories over 20 MB are refused`)
    }
  }
  return fs.readFile(file)
}

/** The file's first 4 KiB: enough for a .dossier file's header and any magic number. */
const readStart = async (file: string): Promise<Buffer> => {
  const handle = await fs.open(file, 'r')
  try {
    const start = Buffer.alloc(4096)
    const { bytesRead } = await handle.read(start, 0, start.length, 0)
    return start.subarray(0, bytesRead)
  } finally {
    await handle.close()
  }
}

const decodeStory = (file: string, bytes: Buffer): string => {
  if (bytes.length > MAX_INPUT)
    throw new CliError(
      `${file} is ${Math.round(bytes.length / 1e6)} MB; stories over 20 MB are refused`,
    )
  // Magic numbers, NULs and control bytes, UTF-16, invalid UTF-8: refused (IngestError) with
  // the same words the host and the app use.
  return decodeStoryBytes(bytes, file)
}
