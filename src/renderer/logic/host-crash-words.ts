import type { HostStatus } from '../../shared/ipc/host-status'

/** What the crash notice says about the desktop host's state; null when all is well. */
export interface HostCrashWords {
  readonly tone: 'warning' | 'danger'
  readonly title: string
  readonly lines: readonly string[]
  /** The log file to send with a report, or null when logging could not write one. */
  readonly logFile: string | null
  /** Only a failure stays until hidden; a restart ends by itself. */
  readonly dismissible: boolean
}

export const RESTARTING_TITLE = 'The desk’s host stopped unexpectedly and is restarting'
export const FAILED_TITLE = 'The desk’s host could not be restarted'

const sentence = (text: string): string => {
  const trimmed = text.trim()
  const capital = trimmed.charAt(0).toUpperCase() + trimmed.slice(1)
  return /[.!?]$/.test(capital) ? capital : `${capital}.`
}

export const hostCrashWords = (status: HostStatus | null): HostCrashWords | null => {
  if (status === null || status.state === 'running') return null
  if (status.state === 'restarting') {
    return {
      tone: 'warning',
      title: RESTARTING_TITLE,
      lines: [
        'Your changes are kept in this window and will sync when it is back.',
        `${sentence(status.reason)} Restart ${status.attempt} of ${status.of}.`,
      ],
      logFile: null,
      dismissible: false,
    }
  }
  return {
    tone: 'danger',
    title: FAILED_TITLE,
    lines: [
      `What went wrong: ${sentence(status.reason)}`,
      'Your changes are kept in this window’s copy on this computer; they sync once the host runs again.',
      'What to do: quit Verification Desk and open it again. If this happens again, send the log file below with your report.',
    ],
    logFile: status.logFile,
    dismissible: true,
  }
}
