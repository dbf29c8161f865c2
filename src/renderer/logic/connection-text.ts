import type { LinkState } from '../../shared/session'

export interface ConnectionText {
  /** A word or two, for the indicator itself. */
  readonly label: string
  /** A sentence saying what it means for the editor. */
  readonly detail: string
  readonly tone: 'ok' | 'pending' | 'warning' | 'danger'
}

const retryText = (retryAt: number | 'now' | null, now: number): string => {
  if (retryAt === null) return ''
  if (retryAt === 'now' || retryAt <= now) return ' Reconnecting…'
  return ` Trying again in ${Math.max(1, Math.ceil((retryAt - now) / 1000))} s.`
}

/**
 * What the replica holds while the host is away: a copy saved on this device, one in this page's
 * memory only (the browser refused storage), or nothing (the library, a dossier never opened here).
 */
export type LocalCopy = 'saved' | 'memory' | 'none'

const OFFLINE_TEXT: Readonly<Record<LocalCopy, string>> = {
  saved:
    'The host is not reachable. You are working on the copy saved on this device; ' +
    'your changes are kept and sent when the host is back.',
  memory:
    'The host is not reachable. You can keep working: your changes are sent when the host is ' +
    'back, but they are lost if you close this page before that.',
  none: 'The host is not reachable.',
}

/** What the connection indicator says. */
export const describeConnection = (
  state: LinkState,
  copy: LocalCopy,
  now: number,
): ConnectionText => {
  switch (state.kind) {
    case 'connecting':
      return { label: 'Connecting', detail: 'Connecting to the host…', tone: 'pending' }
    case 'live':
      return {
        label: 'Live',
        detail: 'Connected: changes are shared as you make them.',
        tone: 'ok',
      }
    case 'offline':
      return {
        label: 'Offline',
        detail: OFFLINE_TEXT[copy] + retryText(state.retryAt, now),
        tone: 'warning',
      }
    case 'refused':
      return {
        label: 'Refused',
        detail:
          'The host refused this page: its access token is wrong or has expired. Open the ' +
          'address the host printed when it started.' +
          retryText(state.retryAt, now),
        tone: 'danger',
      }
    case 'error':
      return {
        label: 'Error',
        detail: `${state.reason.charAt(0).toUpperCase()}${state.reason.slice(1)}.${retryText(state.retryAt, now)}`,
        tone: 'danger',
      }
    case 'closed':
      return { label: 'Closed', detail: 'Not connected.', tone: 'warning' }
  }
}
