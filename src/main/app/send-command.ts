import type { WebContents } from 'electron'
import { IPC_APP_COMMAND } from '../../shared/ipc/app-command-channel'
import type { AppCommand } from '../../shared/ipc/app-command'

/**
 * Asks one window to do something (a menu item, a file the OS opened, a join link). The preload
 * forwards it as `desk.onCommand`; the renderer reads it with `readAppCommand`. A window that is
 * gone or crashed is skipped: there is nobody left to tell.
 */
export const sendAppCommand = (contents: WebContents, command: AppCommand): void => {
  if (contents.isDestroyed() || contents.isCrashed()) return
  contents.send(IPC_APP_COMMAND, command)
}
