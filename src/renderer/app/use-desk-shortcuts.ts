import { useEffect, useRef } from 'react'
import { shortcutFor, stepThrough, type ShortcutAction } from '../logic/shortcut-keys'
import { useUndoHistory, type UndoControls } from './use-undo-history'

export interface DeskShortcuts {
  /** Claim ids in the order the list shows them (filter and search applied). */
  readonly visibleIds: readonly string[]
  readonly selectedId: string | null
  readonly onSelect: (id: string) => void
  /** Opens the new-claim form; null when the dossier cannot be changed here. */
  readonly onNewClaim: (() => void) | null
  readonly onHelp: () => void
}

/** The decide form's radio for `status` and its rationale field (set in `DecideForm`). */
const chooseStatus = (status: string): boolean => {
  const radio = document.querySelector<HTMLInputElement>(
    `.detail-pane input[data-status-option="${status}"]`,
  )
  const rationale = document.querySelector<HTMLTextAreaElement>(
    '.detail-pane textarea[data-decide-rationale]',
  )
  if (radio === null) return false
  if (!radio.checked) radio.click()
  rationale?.focus()
  return true
}

/** The claim search (also Edit ▸ Find Claims in the desktop app, use-dossier-commands.ts). */
export const focusSearch = (): boolean => {
  const search = document.querySelector<HTMLInputElement>('.list-pane input[type="search"]')
  if (search === null) return false
  search.focus()
  search.select()
  return true
}

const clickEdit = (): boolean => {
  const edit = document.querySelector<HTMLElement>('[data-action="edit-claim"]')
  if (edit === null) return false
  edit.click()
  return true
}

/** Brings the open claim's entry in the list into view after j or k. */
const revealInList = (id: string): void => {
  requestAnimationFrame(() => {
    document
      .querySelector(`.claim-list .claim-button[data-claim-id="${CSS.escape(id)}"]`)
      ?.scrollIntoView({ block: 'nearest' })
  })
}

/** Runs `action`; whether the key was used (and so must not also type or scroll). */
const perform = (action: ShortcutAction, desk: DeskShortcuts, undo: UndoControls): boolean => {
  switch (action.kind) {
    case 'next-claim':
    case 'previous-claim': {
      const next = stepThrough(
        desk.visibleIds,
        desk.selectedId,
        action.kind === 'next-claim' ? 1 : -1,
      )
      if (next === null) return false
      if (next !== desk.selectedId) desk.onSelect(next)
      revealInList(next)
      return true
    }
    case 'choose-status':
      return chooseStatus(action.status)
    case 'search':
      return focusSearch()
    case 'new-claim':
      if (desk.onNewClaim === null) return false
      desk.onNewClaim()
      return true
    case 'edit-claim':
      return clickEdit()
    case 'help':
      desk.onHelp()
      return true
    case 'undo':
    case 'redo':
      if (!undo.enabled) return false
      if (action.kind === 'undo') undo.undo()
      else undo.redo()
      return true
  }
}

/**
 * The dossier view's keyboard shortcuts (`src/renderer/logic/shortcut-keys.ts` says which key
 * does what). Mounted with the dossier view, so nothing fires while no dossier is open.
 */
export const useDeskShortcuts = (desk: DeskShortcuts): void => {
  const latest = useRef(desk)
  // Made here as well as by the header's buttons, so the history exists from the first render.
  const undo = useUndoHistory()
  const latestUndo = useRef(undo)
  useEffect(() => {
    latest.current = desk
    latestUndo.current = undo
  })
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented) return
      const focused = document.activeElement instanceof HTMLElement ? document.activeElement : null
      const action = shortcutFor(event, {
        tagName: focused?.tagName ?? null,
        isContentEditable: focused?.isContentEditable ?? false,
        dialogOpen: document.querySelector('dialog[open]') !== null,
      })
      if (action === null) return
      if (perform(action, latest.current, latestUndo.current)) event.preventDefault()
    }
    document.addEventListener('keydown', onKeyDown)
    return () => document.removeEventListener('keydown', onKeyDown)
  }, [])
}
