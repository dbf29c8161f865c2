import type { AppCommand } from '../../shared/ipc/app-command'
import type { AppUrlCheck } from './app-origin'
import { checkExternalLink } from './external-links'
import type { ExternalLinkVerdict } from './external-links'

/**
 * Where a window may go, decided on parsed URLs (app-origin.ts) without Electron; security.ts
 * applies the answers to every web contents. A window only ever shows the app: anything else a
 * link or a script asks for is stopped, and a link the browser may open is opened there instead.
 */
export type NavigationVerdict =
  | { readonly allow: true }
  /** `outside` says whether the target may go to the system browser instead, or why not. */
  | { readonly allow: false; readonly outside: ExternalLinkVerdict }

/** `will-navigate` of the main frame: the app's own pages stay, the rest leaves the window. */
export const navigationVerdict = (target: string, isAppUrl: AppUrlCheck): NavigationVerdict =>
  isAppUrl(target) ? { allow: true } : { allow: false, outside: checkExternalLink(target) }

/**
 * `will-redirect` and `will-frame-navigate` of a frame inside the page: only the app's own
 * pages, and nothing is opened elsewhere (a redirect or a frame is not a click of the user's).
 * The app has no frames of its own, so a frame may not navigate at all.
 */
export const redirectAllowed = (target: string, isAppUrl: AppUrlCheck): boolean => isAppUrl(target)

export const subframeNavigationAllowed = (): boolean => false

/**
 * The window-open handler's answer is always "deny": the app never opens a second window for a
 * page. A link with `target="_blank"` (the evidence links) is the user's click on a link to
 * elsewhere; it may go to the system browser if the link passes the check.
 */
export const windowOpenVerdict = (target: string): ExternalLinkVerdict => checkExternalLink(target)

const MAX_SHOWN_LINK = 200

/** The notice a window shows when a link it asked for was not opened: what and why, what to do. */
export const refusedLinkNotice = (target: string, reason: string): AppCommand => {
  const shown = target.length > MAX_SHOWN_LINK ? `${target.slice(0, MAX_SHOWN_LINK - 1)}…` : target
  return {
    type: 'notice',
    text:
      `The link ${shown} was not opened: ${reason}. ` +
      'If you trust it, copy the address into your browser yourself.',
  }
}
