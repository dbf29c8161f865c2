import type { StatusLabel } from '../../shared/dossier'
import { STATUS_TEXT } from '../logic/status-text'

/** A status as a coloured label; a conflict is loud on purpose. */
export const StatusBadge = ({ label }: { readonly label: StatusLabel }) => (
  <span className={`badge badge-${label}`} title={STATUS_TEXT[label].meaning}>
    {label === 'conflict' && (
      <span aria-hidden="true" className="badge-icon">
        ⚠
      </span>
    )}
    {STATUS_TEXT[label].title}
  </span>
)
