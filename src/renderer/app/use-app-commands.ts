import { useEffect } from 'react'
import type { AppCommand } from '../../shared/ipc/app-command'
import { readAppCommand } from '../../shared/ipc/app-command'
import { isTyping } from '../logic/shortcut-keys'
import { deskApi } from '../platform/shell'
import { chooseTheme } from '../state/theme'
import { deliverAppCommand, showAppNotice } from './app-command-bus'
import { planCommand } from './app-command-plan'
import type { CommandContext } from './app-command-plan'
import { findHost } from './host-mode'
import { readRoute } from './route'

const focused = (): HTMLElement | null =>
  document.activeElement instanceof HTMLElement ? document.activeElement : null

const typingNow = (): boolean => {
  const element = focused()
  return isTyping({
    tagName: element?.tagName ?? null,
    isContentEditable: element?.isContentEditable ?? false,
    dialogOpen: false,
  })
}

const dialogOpen = (): boolean => document.querySelector('dialog[open]') !== null

const whereNow = (hosted: boolean): CommandContext => ({
  hosted,
  onDossier: !hosted || readRoute(window.location.hash).kind === 'dossier',
})

/**
 * Carries out one command. Undo and Redo follow focus: in a text field they are the field's own
 * (what Electron's `undo` role would do: the editing command of the focused field), elsewhere the
 * dossier's, as Ctrl+Z is; with a dialog open they do nothing, as the keys do.
 */
const carryOut = (command: AppCommand, where: CommandContext): void => {
  const plan = planCommand(command, where)
  switch (plan.kind) {
    case 'theme':
      chooseTheme(plan.theme)
      return
    case 'about':
      deliverAppCommand({ type: 'about' }, { hold: true })
      return
    case 'notice':
      deliverAppCommand({ type: 'notice', text: plan.text }, { hold: true })
      return
    case 'go':
      if (plan.href !== null && plan.href !== window.location.hash)
        window.location.assign(plan.href)
      if (plan.command !== null) deliverAppCommand(plan.command, { hold: true })
      return
    case 'undo':
      // execCommand is deprecated but is still the only way to run a field's native undo.
      if (typingNow()) document.execCommand(plan.command.type)
      else if (!dialogOpen()) deliverAppCommand(plan.command, { hold: false })
      return
    case 'here':
      // A modal dialog owns the page: the search behind it cannot take focus.
      if (plan.command.type === 'find' && dialogOpen()) return
      if (!deliverAppCommand(plan.command, { hold: false }) && plan.otherwise !== null)
        showAppNotice(plan.otherwise)
      return
  }
}

/**
 * Listens to the desktop app's commands (`desk.onCommand`: its menus, the files and links the
 * system opened with it) and hands each to the part of the page that does it. Each value is read
 * with `readAppCommand`; one that does not read is ignored with a warning (main and a page kept
 * from another version may disagree). In a browser there is no `desk`, and nothing to listen to.
 */
export const useAppCommands = (): void => {
  useEffect(() => {
    const desk = deskApi()
    if (desk === null) return
    return desk.onCommand((value) => {
      const command = readAppCommand(value)
      if (command === null) {
        console.warn('Verification Desk ignored a command from the app it cannot read:', value)
        return
      }
      // Whether there is a library is known once the page has found its host (once per load).
      void findHost().then((found) => carryOut(command, whereNow(found.kind === 'host')))
    })
  }, [])
}
