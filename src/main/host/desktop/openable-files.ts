/**
 * The files the desktop app opens when the system hands it one (a double click, a drag onto the
 * dock icon, the command line), and how large each may be. Main refuses anything else before
 * asking the host; the host checks again when it reads the file (it may have changed).
 */
export type OpenableKind = 'dossier' | 'json' | 'story'

const BY_EXTENSION: Readonly<Record<string, OpenableKind>> = {
  dossier: 'dossier',
  json: 'json',
  txt: 'story',
  text: 'story',
  md: 'story',
  markdown: 'story',
  html: 'story',
  htm: 'story',
}

const MiB = 1024 * 1024

/**
 * As large as the app's own import takes (the RPC's caps: a `.dossier` file of 6 MiB in base64,
 * 4 MiB of JSON text, the import form's 3 MiB story); `dossier import`, with the app closed,
 * takes larger files.
 */
export const OPENABLE_MAX_BYTES: Readonly<Record<OpenableKind, number>> = {
  dossier: Math.floor((6 * MiB * 3) / 4),
  json: 4 * MiB,
  story: 3 * MiB,
}

/** The extensions, for messages and for the packager's file associations. */
export const OPENABLE_EXTENSIONS: readonly string[] = Object.keys(BY_EXTENSION)

/** What a file is by its name's extension; null when the app does not open that kind. */
export const openableKindOf = (fileName: string): OpenableKind | null => {
  const extension = /\.([^./\\]+)$/.exec(fileName.toLowerCase())?.[1]
  return extension === undefined ? null : (BY_EXTENSION[extension] ?? null)
}

/** A size limit in words: "4.5 MB". */
export const megabytes = (bytes: number): string =>
  `${Number((bytes / MiB).toFixed(1)).toString()} MB`

/** Why a file of `size` bytes is too large for its kind, or null when it is not. */
export const tooLargeReason = (kind: OpenableKind, size: number): string | null => {
  const limit = OPENABLE_MAX_BYTES[kind]
  if (size <= limit) return null
  // Through the running app's host the CLI meets the same caps; on its own it takes far more.
  return `it is larger than the ${megabytes(limit)} the app opens; quit the app and import it with \`dossier import FILE\``
}
