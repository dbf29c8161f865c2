import { useEffect, useRef } from 'react'
import type { AppCommand } from '../../shared/ipc/app-command'

/**
 * Hands a command from the desktop app's menus (src/shared/ipc/app-command.ts) to the component
 * that does it: the new-dossier form, the Share button, the claim search. Each registers for its
 * command with `useAppCommand` while it can act; the last one registered takes it.
 *
 * A command nobody takes yet is held for a while and given to the first component that registers
 * for it: File ▸ Import Story… chosen in a dossier goes to the library first, whose import form
 * only then mounts, and a join link the app was started with arrives before the library is up.
 */

export type AppCommandType = AppCommand['type']
export type AppCommandOf<T extends AppCommandType> = Extract<AppCommand, { readonly type: T }>

/** Long enough for the library to come up after a start or a switch from a dossier. */
const HOLD_MS = 30_000

type Handler = (command: AppCommand) => void

const handlers = new Map<AppCommandType, Handler[]>()
let held: { readonly command: AppCommand; readonly until: number } | null = null

/**
 * Gives `command` to the component registered for it; false when there is none. With `hold`, it
 * is then kept for the next component to register for it (a newer held command replaces it).
 */
export const deliverAppCommand = (command: AppCommand, options: { hold: boolean }): boolean => {
  const handler = handlers.get(command.type)?.at(-1)
  if (handler !== undefined) {
    if (held?.command.type === command.type) held = null
    handler(command)
    return true
  }
  if (options.hold) held = { command, until: Date.now() + HOLD_MS }
  return false
}

/** Forgets a held command (between tests). */
export const dropHeldAppCommand = (): void => {
  held = null
}

const isOfType = <T extends AppCommandType>(
  command: AppCommand,
  type: T,
): command is AppCommandOf<T> => command.type === type

/**
 * Registers `handler` for `type` commands until the returned function is called; a command of
 * that type still held is given to it at once.
 */
export const onAppCommand = <T extends AppCommandType>(
  type: T,
  handler: (command: AppCommandOf<T>) => void,
): (() => void) => {
  const registered: Handler = (command) => {
    if (isOfType(command, type)) handler(command)
  }
  handlers.set(type, [...(handlers.get(type) ?? []), registered])
  if (held !== null && held.command.type === type) {
    const { command, until } = held
    held = null
    if (Date.now() <= until) registered(command)
  }
  return () => {
    const rest = (handlers.get(type) ?? []).filter((other) => other !== registered)
    if (rest.length === 0) handlers.delete(type)
    else handlers.set(type, rest)
  }
}

/**
 * Runs `handler` for each `type` command while this component is mounted; `null` when it cannot
 * act now (nothing registered: another component, or the app's notice, answers instead).
 */
export const useAppCommand = <T extends AppCommandType>(
  type: T,
  handler: ((command: AppCommandOf<T>) => void) | null,
): void => {
  const latest = useRef(handler)
  useEffect(() => {
    latest.current = handler
  })
  const active = handler !== null
  useEffect(() => {
    if (!active) return
    return onAppCommand(type, (command) => latest.current?.(command))
  }, [type, active])
}

/** Shows `text` in the app's notice (the same place main's notices go). */
export const showAppNotice = (text: string): void => {
  deliverAppCommand({ type: 'notice', text }, { hold: false })
}

/** Brings a field into view and puts the cursor in it; false when it cannot take focus. */
export const focusField = (field: HTMLElement | null): boolean => {
  if (field === null || field.matches(':disabled')) return false
  field.scrollIntoView({ block: 'nearest' })
  field.focus()
  if (field instanceof HTMLInputElement && field.type !== 'file') field.select()
  return document.activeElement === field
}

/**
 * Opens the system's file chooser of `input`, as a click on it would. The browser allows that
 * only just after the person acted in the page (a key, a click, or the menu click the desktop
 * app lends the page); otherwise the input gets focus, and Space or Enter opens it.
 */
export const chooseFileWith = (input: HTMLInputElement | null): boolean => {
  if (!focusField(input) || input === null) return false
  if (navigator.userActivation?.isActive ?? false) input.click()
  return true
}
