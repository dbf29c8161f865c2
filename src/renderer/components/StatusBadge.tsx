import type { StatusLabel } from '../../shared/dossier'
import { STATUS_WORDS } from '../../shared/vocabulary'

/** A status as a coloured label; a conflict is loud on purpose. */
export const StatusBadge = ({ label }: { readonly label: StatusLabel }) => (
  <span className={`badge badge-${label}`} title={STATUS_WORDS[label].meaning}>
    {label === 'conflict' && (
      <span aria-hidden="true" className="badge-icon">
        ⚠
      </span>
    )}
    {STATUS_WORDS[label].label}
  </span>
)
