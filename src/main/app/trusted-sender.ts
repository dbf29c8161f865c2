import type { AppUrlCheck } from './app-origin'

/**
 * Who may call main over IPC: the app's own page, in the main frame of its window. Every
 * `ipcMain.handle`/`ipcMain.on` checks this first (host-bridge.ts, and any handler added later),
 * then validates its arguments with the schema of its channel (src/shared/ipc). A frame inside
 * the page, a page the window was somehow navigated to, or a sender whose frame is gone is
 * refused whatever it sends.
 */
export interface SenderFrame {
  readonly url: string
  readonly isMainFrame: boolean
}

export const isTrustedSender = (frame: SenderFrame | null, isAppUrl: AppUrlCheck): boolean =>
  frame !== null && frame.isMainFrame && isAppUrl(frame.url)

/** The parts of an IPC event this needs; Electron's IpcMainEvent and IpcMainInvokeEvent have them. */
export interface IpcSenderEvent {
  readonly senderFrame: { readonly url: string; readonly parent: unknown } | null
}

/** The frame that sent an IPC message, as `isTrustedSender` judges it; null once it is gone. */
export const senderFrameOf = (event: IpcSenderEvent): SenderFrame | null =>
  event.senderFrame === null
    ? null
    : { url: event.senderFrame.url, isMainFrame: event.senderFrame.parent === null }

/** The answer to give an untrusted sender: the same words everywhere, and nothing done. */
export const UNTRUSTED_SENDER_REASON = 'not the app’s own page'
