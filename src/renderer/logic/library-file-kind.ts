/**
 * What a file brought to the library is, from its name and, for text, its first characters:
 * a `.dossier` file or a JSON export opens as a dossier; anything else is a story to import
 * (and is refused there, with what it looks like, if it is not text).
 */
export type LibraryFileKind = 'dossier' | 'json' | 'story'

export const fileKindOf = (filename: string): LibraryFileKind => {
  const extension = /\.([^.]+)$/.exec(filename.toLowerCase())?.[1]
  if (extension === 'dossier') return 'dossier'
  if (extension === 'json') return 'json'
  return 'story'
}

/** A JSON export names its format near its start, as the CLI's `dossier import` recognises it. */
export const looksLikeDossierJson = (text: string): boolean =>
  /^\s*\{/.test(text) && text.includes('"verification-desk.dossier+json"')

/** The languages offered for a story; any other is detected, or typed at the CLI. */
export const STORY_LANGUAGES: readonly { readonly code: string; readonly name: string }[] = [
  { code: 'ar', name: 'Arabic (right to left)' },
  { code: 'zh', name: 'Chinese' },
  { code: 'nl', name: 'Dutch' },
  { code: 'en', name: 'English' },
  { code: 'fr', name: 'French' },
  { code: 'de', name: 'German' },
  { code: 'el', name: 'Greek' },
  { code: 'he', name: 'Hebrew (right to left)' },
  { code: 'it', name: 'Italian' },
  { code: 'ja', name: 'Japanese' },
  { code: 'ko', name: 'Korean' },
  { code: 'fa', name: 'Persian (right to left)' },
  { code: 'pt', name: 'Portuguese' },
  { code: 'ru', name: 'Russian' },
  { code: 'es', name: 'Spanish' },
  { code: 'uk', name: 'Ukrainian' },
  { code: 'ur', name: 'Urdu (right to left)' },
]

/** `detect` (the default) leaves the language to the host's detection. */
export const DETECT_LANGUAGE = 'detect'

export const languageParam = (choice: string): { language?: string } =>
  STORY_LANGUAGES.some((language) => language.code === choice) ? { language: choice } : {}
