import { describeConnection } from '../logic/connection-text'
import type { LocalCopy } from '../logic/connection-text'
import { useNow } from '../state/use-now'
import type { LinkState } from '../../shared/session'

interface Props {
  readonly state: LinkState
  /** What stays on screen while the host is away. */
  readonly copy: LocalCopy
  readonly onRetry: () => void
}

/** Whether this page is in touch with its host, and what that means for the editor's work. */
export const ConnectionIndicator = ({ state, copy, onRetry }: Props) => {
  const counting = 'retryAt' in state && typeof state.retryAt === 'number'
  const text = describeConnection(state, copy, useNow(counting))
  const canRetry = 'retryAt' in state && state.retryAt !== null && state.retryAt !== 'now'
  return (
    <div className={`connection connection-${text.tone}`} data-state={state.kind} role="status">
      <span className="connection-label">
        <span className="connection-dot" aria-hidden="true" />
        {text.label}
      </span>{' '}
      <span className="connection-detail">{text.detail}</span>
      {canRetry && (
        <button type="button" className="link-button connection-retry" onClick={onRetry}>
          Retry now
        </button>
      )}
    </div>
  )
}
