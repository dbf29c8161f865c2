import type { AppUrlCheck } from './app-origin'

/**
 * What a page may be granted, decided without Electron; security.ts answers every permission
 * request and check with it, and every device request (USB, serial, HID, Bluetooth) with no.
 * Denied by default: a web permission is granted only when it is listed here with the reason
 * the desk needs it, and only to the app's own page in its main frame.
 */
export const GRANTED_PERMISSIONS: Readonly<Record<string, string>> = Object.freeze({
  // The share dialog's "Copy link" button writes the invite link (navigator.clipboard.writeText).
  'clipboard-sanitized-write': 'the share dialog copies the invite link',
})

export interface PermissionAsk {
  readonly permission: string
  /** The page that asks (the request's requestingUrl, the check's requesting origin). */
  readonly requestingUrl: string
  /** False for a frame inside the page; undefined when Electron does not say (then refused). */
  readonly isMainFrame: boolean | undefined
}

export const permissionGranted = (ask: PermissionAsk, isAppUrl: AppUrlCheck): boolean =>
  Object.hasOwn(GRANTED_PERMISSIONS, ask.permission) &&
  ask.isMainFrame === true &&
  isAppUrl(ask.requestingUrl)

/** Devices (WebUSB, WebSerial, WebHID, Web Bluetooth): the desk uses none, so none is granted. */
export const devicePermissionGranted = (): boolean => false
