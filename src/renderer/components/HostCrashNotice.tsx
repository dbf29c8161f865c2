import { useState } from 'react'
import type { HostStatus } from '../../shared/ipc/host-status'
import { hostCrashWords } from '../logic/host-crash-words'
import { useHostStatus } from '../state/use-host-status'

interface ViewProps {
  readonly status: HostStatus | null
  readonly onHide: () => void
}

/** The notice itself, for a given status (rendered on its own in tests). */
export const HostCrashNoticeView = ({ status, onHide }: ViewProps) => {
  const words = hostCrashWords(status)
  if (words === null) return null
  return (
    <section
      className={`host-crash-notice host-crash-${words.tone}`}
      role={words.tone === 'danger' ? 'alert' : 'status'}
      aria-labelledby="host-crash-title"
      data-host-state={status?.state}
    >
      <h2 id="host-crash-title">{words.title}</h2>
      {words.lines.map((line) => (
        <p key={line}>{line}</p>
      ))}
      {words.tone === 'danger' &&
        (words.logFile === null ? (
          <p>The log could not be written: copy this message into your report instead.</p>
        ) : (
          <p>
            Log file: <code className="host-crash-log">{words.logFile}</code>
          </p>
        ))}
      {words.dismissible && (
        <button type="button" className="secondary" onClick={onHide}>
          Hide this message
        </button>
      )}
    </section>
  )
}

/**
 * Tells the editor when the desktop app's host crashed: while it restarts (edits are kept and
 * sync when it is back), and when it could not be restarted (what went wrong, what to do, the log
 * to send). Nothing in a browser, where there is no desktop host.
 */
export const HostCrashNotice = () => {
  const status = useHostStatus()
  const [hidden, setHidden] = useState<HostStatus | null>(null)
  return (
    <HostCrashNoticeView
      status={hidden !== null && hidden === status ? null : status}
      onHide={() => setHidden(status)}
    />
  )
}
