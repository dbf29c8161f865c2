import { stat } from 'node:fs/promises'
import * as path from 'node:path'
import { fileURLToPath } from 'node:url'
import { INVITE_LINK_PREFIX, MAX_INVITE_LINK_CHARS } from '../../shared/lan/invite-link'
import { OPENABLE_EXTENSIONS, openableKindOf, tooLargeReason } from '../host/desktop/openable-files'

/**
 * What the OS hands the app to open — the command line at first start or in a second instance,
 * macOS's `open-file` and `open-url` — read into requests main can act on. No Electron here: the
 * shell passes the raw strings in, so this is tested in Node with real files.
 */
export type OpenRequest =
  | { readonly kind: 'file'; readonly path: string }
  | { readonly kind: 'invite'; readonly link: string }

/** Something handed to the app that it will not open, and why, in words for the editor. */
export interface OpenRefusal {
  readonly input: string
  readonly reason: string
}

export interface ReadOpenRequests {
  readonly requests: readonly OpenRequest[]
  readonly refused: readonly OpenRefusal[]
}

/** The scheme the app registers with the OS for invite links. */
export const INVITE_SCHEME = INVITE_LINK_PREFIX.slice(0, INVITE_LINK_PREFIX.indexOf(':'))

export interface LaunchArgs {
  /** `process.argv`, or the `argv` a second instance passed on. */
  readonly argv: readonly string[]
  /** Where relative paths start: the launching shell's folder. */
  readonly cwd: string
  /**
   * `process.defaultApp`: run as `electron path/to/app …` (development), where the app's folder
   * follows the executable; a packaged app's arguments start right after the executable.
   */
  readonly defaultApp: boolean
}

/**
 * The command line's files and links. Switches (Electron's and Chromium's `--flag=value`, macOS's
 * `-psn_…`) are skipped wherever they stand — Chromium moves them ahead of a second instance's
 * arguments — and so is the executable (and the app's folder in development); after `--`
 * everything is an argument, even what starts with a dash.
 */
export const readLaunchArgs = ({
  argv,
  cwd,
  defaultApp,
}: LaunchArgs): Promise<ReadOpenRequests> => {
  const operands: string[] = []
  let endOfSwitches = false
  for (const arg of argv.slice(defaultApp ? 2 : 1)) {
    if (!endOfSwitches && arg === '--') endOfSwitches = true
    else if (endOfSwitches || !arg.startsWith('-')) operands.push(arg)
  }
  return readOpened(operands, cwd)
}

/** Several things handed over at once, read in their order. */
export const readOpened = async (
  inputs: readonly string[],
  cwd: string,
): Promise<ReadOpenRequests> => {
  const requests: OpenRequest[] = []
  const refused: OpenRefusal[] = []
  for (const input of inputs) {
    const read = await readOne(input, cwd)
    if ('reason' in read) refused.push(read)
    else requests.push(read)
  }
  return { requests, refused }
}

/** One path or URL: macOS's `open-file` gives a path, `open-url` a URL; argv either. */
export const readOne = async (input: string, cwd: string): Promise<OpenRequest | OpenRefusal> => {
  const text = input.trim()
  const refuse = (reason: string): OpenRefusal => ({ input: text.slice(0, 300), reason })
  if (text === '') return refuse('it is empty')
  const scheme = /^([a-z][a-z0-9+.-]+):/i.exec(text)?.[1]?.toLowerCase()
  // A drive letter (C:\…) is a path, not a scheme.
  if (scheme !== undefined && !/^[a-z]:[\\/]/i.test(text)) {
    if (scheme === INVITE_SCHEME) return readInvite(text, refuse)
    if (scheme !== 'file') return refuse('it is a link the app does not open')
    try {
      return await readFile(fileURLToPath(text), refuse)
    } catch {
      return refuse('it is not a file address the app can read')
    }
  }
  return readFile(path.resolve(cwd, text), refuse)
}

const readInvite = (
  text: string,
  refuse: (reason: string) => OpenRefusal,
): OpenRequest | OpenRefusal => {
  if (!text.toLowerCase().startsWith(INVITE_LINK_PREFIX))
    return refuse(`it is not an invite link (they start with ${INVITE_LINK_PREFIX})`)
  if (text.length > MAX_INVITE_LINK_CHARS) return refuse('this invite link is damaged (too long)')
  // The join screen reads the rest and says what is wrong with it (expired, damaged, newer).
  return { kind: 'invite', link: INVITE_LINK_PREFIX + text.slice(INVITE_LINK_PREFIX.length) }
}

const readFile = async (
  file: string,
  refuse: (reason: string) => OpenRefusal,
): Promise<OpenRequest | OpenRefusal> => {
  const kind = openableKindOf(path.basename(file))
  let stats
  try {
    stats = await stat(file)
  } catch {
    return refuse('there is no such file (moved, deleted, or a mistyped name)')
  }
  if (stats.isDirectory()) return refuse('it is a folder; open a file in it instead')
  if (!stats.isFile()) return refuse('it is not a file')
  if (kind === null) {
    const known = OPENABLE_EXTENSIONS.map((extension) => `.${extension}`).join(' ')
    return refuse(`the app does not open this kind of file; it opens ${known}`)
  }
  const tooLarge = tooLargeReason(kind, stats.size)
  if (tooLarge !== null) return refuse(tooLarge)
  return { kind: 'file', path: file }
}

/** A refusal as the window says it. */
export const refusalNotice = ({ input, reason }: OpenRefusal): string =>
  `${noticeName(input)} was not opened: ${reason.replace(/\.$/, '')}.`

/** A file by its name alone (the folder says little); a link shortened. */
export const noticeName = (input: string): string => {
  const base = /^[a-z][a-z0-9+.-]+:\/\//i.test(input) ? input : path.basename(input)
  return base.length > 80 ? `${base.slice(0, 77)}…` : base
}

/**
 * The arguments to register the invite scheme with (`app.setAsDefaultProtocolClient`) besides
 * the executable: in development (`electron path/to/app`) the OS must start Electron with the
 * app's folder before the link, or it would start Electron's default app. Null: none needed.
 */
export const protocolClientArgs = ({
  argv,
  defaultApp,
  cwd,
}: LaunchArgs): readonly string[] | null => {
  const appDir = argv[1]
  return defaultApp && appDir !== undefined ? [path.resolve(cwd, appDir)] : null
}
