import { STATUSES, type Status } from '../../shared/dossier'
import { STATUS_WORDS } from '../../shared/vocabulary'

/** What a key does in the dossier view. */
export type ShortcutAction =
  | { readonly kind: 'next-claim' }
  | { readonly kind: 'previous-claim' }
  | { readonly kind: 'choose-status'; readonly status: Status }
  | { readonly kind: 'search' }
  | { readonly kind: 'new-claim' }
  | { readonly kind: 'edit-claim' }
  | { readonly kind: 'help' }
  | { readonly kind: 'undo' }
  | { readonly kind: 'redo' }

/** The part of a keydown event the mapping reads; a `KeyboardEvent` fits. */
export interface ShortcutKeyEvent {
  readonly key: string
  readonly ctrlKey: boolean
  readonly metaKey: boolean
  readonly altKey: boolean
  /** Only Undo and Redo read it (Ctrl+Shift+Z); absent counts as not held. */
  readonly shiftKey?: boolean
  readonly isComposing?: boolean
}

/** Where the key was pressed: what has focus, whether a modal dialog is open. */
export interface ShortcutTarget {
  /** The focused element's tag name, any case ("INPUT", "textarea"); null without one. */
  readonly tagName: string | null
  readonly isContentEditable: boolean
  /** A modal panel (Share, Versions, the shortcut list) owns the keyboard while it is open. */
  readonly dialogOpen: boolean
}

const TYPING_TAGS = new Set(['input', 'textarea', 'select'])

/** Whether keys pressed at `target` are someone typing, which no shortcut may take over. */
export const isTyping = (target: ShortcutTarget): boolean =>
  target.isContentEditable ||
  (target.tagName !== null && TYPING_TAGS.has(target.tagName.toLowerCase()))

/** `1`–`4` choose the statuses in the order the decide form lists them. */
const STATUS_KEYS: ReadonlyMap<string, Status> = new Map(
  STATUSES.map((status, index) => [String(index + 1), status]),
)

const SIMPLE: Readonly<Record<string, ShortcutAction>> = {
  j: { kind: 'next-claim' },
  k: { kind: 'previous-claim' },
  '/': { kind: 'search' },
  n: { kind: 'new-claim' },
  e: { kind: 'edit-claim' },
  '?': { kind: 'help' },
}

/**
 * Ctrl+Z (⌘Z) undoes, Ctrl+Shift+Z (⌘⇧Z) and Ctrl+Y redo: the editor's own changes to the
 * dossier. The key is read without case, since Shift makes `Z` of `z`.
 */
const undoOrRedo = (event: ShortcutKeyEvent): ShortcutAction | null => {
  if (!(event.ctrlKey || event.metaKey) || event.altKey) return null
  const key = event.key.toLowerCase()
  if (key === 'z') return { kind: event.shiftKey === true ? 'redo' : 'undo' }
  if (key === 'y' && event.ctrlKey && event.shiftKey !== true) return { kind: 'redo' }
  return null
}

/**
 * The action a key press asks for, or null when it is not a shortcut here: modified keys
 * (Ctrl, ⌘, Alt) are the browser's and the system's, but for Undo and Redo, and keys typed
 * into a field are text (a field's own Ctrl+Z undoes its typing, not the dossier).
 * Shift is allowed, since `?` needs it on most layouts; `J` is not `j`, so Caps Lock or a
 * held Shift does not move through the list.
 */
export const shortcutFor = (
  event: ShortcutKeyEvent,
  target: ShortcutTarget,
): ShortcutAction | null => {
  if (event.isComposing === true || target.dialogOpen || isTyping(target)) return null
  const undo = undoOrRedo(event)
  if (undo !== null) return undo
  if (event.ctrlKey || event.metaKey || event.altKey) return null
  const status = STATUS_KEYS.get(event.key)
  if (status !== undefined) return { kind: 'choose-status', status }
  return Object.hasOwn(SIMPLE, event.key) ? SIMPLE[event.key]! : null
}

/** Every shortcut, as the help dialog lists it and `aria-keyshortcuts` names it. */
export interface ShortcutHelp {
  readonly keys: readonly string[]
  /** The `aria-keyshortcuts` value. */
  readonly aria: string
  readonly does: string
}

export const SHORTCUTS: readonly ShortcutHelp[] = [
  { keys: ['j'], aria: 'J', does: 'Open the next claim in the list' },
  { keys: ['k'], aria: 'K', does: 'Open the previous claim in the list' },
  ...STATUSES.map((status, index) => ({
    keys: [String(index + 1)],
    aria: String(index + 1),
    does: `Choose “${STATUS_WORDS[status].label}” in the decide form and go to its rationale`,
  })),
  { keys: ['/'], aria: '/', does: 'Search the claims' },
  { keys: ['n'], aria: 'N', does: 'New claim (from the selected source text, if any)' },
  { keys: ['e'], aria: 'E', does: 'Edit the open claim' },
  { keys: ['?'], aria: '?', does: 'Show this list of shortcuts' },
  {
    keys: ['Ctrl', 'Z'],
    aria: 'Control+Z Meta+Z',
    does: 'Undo your last change to the dossier (⌘Z on a Mac)',
  },
  {
    keys: ['Ctrl', 'Shift', 'Z'],
    aria: 'Control+Shift+Z Meta+Shift+Z Control+Y',
    does: 'Redo what you undid (also Ctrl+Y; ⌘⇧Z on a Mac)',
  },
]

/** The `aria-keyshortcuts` value of the shortcut that does `kind`. */
export const ARIA_KEYS = {
  search: '/',
  newClaim: 'N',
  editClaim: 'E',
  help: '?',
  undo: 'Control+Z Meta+Z',
  redo: 'Control+Shift+Z Meta+Shift+Z Control+Y',
} as const

/**
 * The claim `step` places from `currentId` in the visible order, staying put at either end;
 * the first (or last) when the open claim is not in the list, as after filtering it out.
 */
export const stepThrough = (
  visibleIds: readonly string[],
  currentId: string | null,
  step: 1 | -1,
): string | null => {
  if (visibleIds.length === 0) return null
  const at = currentId === null ? -1 : visibleIds.indexOf(currentId)
  if (at < 0) return step === 1 ? visibleIds[0]! : visibleIds[visibleIds.length - 1]!
  const next = Math.max(0, Math.min(visibleIds.length - 1, at + step))
  return visibleIds[next]!
}
