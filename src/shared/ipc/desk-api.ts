import type { AppCommand } from './app-command'
import type { HostPortAnswer, HostPortRequest } from './host-port-ipc'
import type { HostStatus } from './host-status'
import type { DeskKeychain } from './keychain-channel'

export type { HostPortAnswer, HostPortRequest }

/**
 * What the preload script exposes to the renderer as `window.desk`. Deliberately narrow: the
 * renderer gets facts about its shell and ports to its host, never Electron or Node objects. It
 * lives in shared because both sides hold to it: the preload implements it, the renderer uses it
 * and must also run in a plain browser where `window.desk` is absent.
 */
export interface DeskApi {
  readonly platform: 'electron'
  /** The app's version, as in package.json. */
  readonly version: string
  /**
   * Asks the host for a connection: to a dossier's room, or to the library (`dossierId: null`).
   * A MessagePort cannot cross the context bridge, so the port arrives separately, as a window
   * message `HostPortDelivery` with the same `requestId` posted by this window to itself, with
   * the port in `event.ports[0]`. The answer says whether one is coming.
   */
  readonly connect: (request: HostPortRequest) => Promise<HostPortAnswer>
  /** Calls `listener` when the host process stops (every port to it is dead). Returns an unsubscribe. */
  readonly onHostStopped: (listener: () => void) => () => void
  /**
   * Calls `listener` with each change of the host's state (restarting after a crash, running
   * again, could not restart). The value is unchecked: read it with `readHostStatus`.
   */
  readonly onHostStatus: (listener: (status: unknown) => void) => () => void
  /**
   * Calls `listener` with each command main sends (menus, files and links the OS opened). The
   * value is unchecked: read it with `readAppCommand` (src/shared/ipc/app-command.ts).
   */
  readonly onCommand: (listener: (command: unknown) => void) => () => void
  /** The operating system, for platform wording (the Windows firewall prompt, ⌘ or Ctrl). */
  readonly os: 'darwin' | 'win32' | 'linux' | 'other'
  /**
   * The system keychain, which seals this window's signing key at rest (keychain-channel.ts).
   * Optional: a page without it keeps its key as before.
   */
  readonly keychain?: DeskKeychain
}

export type { AppCommand, HostStatus }

/** The window message that carries a port from the preload to the page. */
export interface HostPortDelivery {
  readonly type: 'vdesk:host-port'
  readonly requestId: string
}
