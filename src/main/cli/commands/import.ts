import * as fs from 'node:fs/promises'
import * as path from 'node:path'
import * as Y from 'yjs'
import { newId } from '../../../shared/dossier'
import { ingestStory } from '../../../shared/ingest'
import { fromJson, parseDossierJson } from '../../../shared/report/json'
import { Library, describeFsError } from '../../host/library/library'
import { CliError, usageError } from '../cli-error'
import { print, stringFlag } from '../command'
import type { Command } from '../command'

const MAX_INPUT = 20 * 1024 * 1024

export const importCommand: Command = {
  name: 'import',
  summary: 'import a story (text, Markdown, HTML) or a dossier JSON export',
  usage: 'dossier import FILE [--title TEXT] [--language CODE] [--format text|markdown|html|json]',
  help: `Creates a new dossier from FILE and prints its id.

A story in plain text, Markdown or HTML becomes the dossier's source text, and the sentences that
make checkable claims (statements attributed to someone, figures, revisions) become claims, each
anchored to its words in the source. A JSON file made by \`dossier export --format json\` is
imported whole, with its decisions and their signatures.

Options:
  --title TEXT      title for the dossier (default: the story's headline or file name)
  --language CODE   the story's language, e.g. en, ar (default: en)
  --format NAME     text, markdown, html or json (default: from the file name and content)`,
  options: { title: { type: 'string' }, language: { type: 'string' }, format: { type: 'string' } },
  async run(context) {
    const [file, extra] = context.positionals
    if (file === undefined) throw usageError('import needs a FILE', 'import')
    if (extra !== undefined) throw usageError(`unexpected argument "${extra}"`, 'import')
    const format = stringFlag(context, 'format')
    if (format !== undefined && !['text', 'markdown', 'html', 'json'].includes(format)) {
      throw usageError(`unknown format "${format}"; use text, markdown, html or json`, 'import')
    }
    const filePath = path.resolve(context.io.cwd, file)
    const text = await readInput(filePath)
    const library = await Library.open(context.dataDir)
    const signer = await library.identity()
    const doc = new Y.Doc()
    const isJson = format === 'json' || (format === undefined && looksLikeDossierJson(text))
    if (isJson) {
      const json = parseDossierJson(text)
      const id = (await library.exists(json.meta.id)) ? newId('m') : json.meta.id
      const dossier = fromJson(doc, json, { id })
      await library.save(dossier)
      print(context.io, id)
      return
    }
    const title = stringFlag(context, 'title')
    const language = stringFlag(context, 'language')
    const { dossier } = ingestStory(
      doc,
      {
        text,
        filename: path.basename(filePath),
        ...(format === undefined ? {} : { format: format as 'text' | 'markdown' | 'html' }),
        ...(title === undefined ? {} : { title }),
        ...(language === undefined ? {} : { language }),
      },
      signer,
    )
    await library.save(dossier)
    print(context.io, dossier.id)
  },
}

const looksLikeDossierJson = (text: string): boolean =>
  /^\s*\{/.test(text) && text.includes('"verification-desk.dossier+json"')

const readInput = async (file: string): Promise<string> => {
  let stat
  try {
    stat = await fs.stat(file)
  } catch (error) {
    throw new CliError(`cannot read ${file}: ${describeFsError(error)}`)
  }
  if (!stat.isFile()) throw new CliError(`${file} is not a file`)
  if (stat.size > MAX_INPUT)
    throw new CliError(
      `${file} is ${Math.round(stat.size / 1e6)} MB; stories over 20 MB are refused`,
    )
  const bytes = await fs.readFile(file)
  if (bytes.includes(0))
    throw new CliError(`${file} is a binary file, not a story or a dossier export`)
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    throw new CliError(`${file} is not UTF-8 text; save it as UTF-8 and import it again`)
  }
}
