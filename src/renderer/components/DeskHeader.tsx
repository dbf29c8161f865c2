import { useMeta } from '../state/hooks'
import type { StatusFilter } from '../logic/claim-filter'
import { IdentityEditor } from './IdentityEditor'
import { StatusSummary } from './StatusSummary'
import { shellDescription } from '../platform/shell'
import { useHostDesk } from '../state/host-context'
import { ShareButton } from './share/ShareButton'
import { DossierTools } from './DossierTools'
import { ThemeSwitch } from './ThemeSwitch'
import { UndoButtons } from './undo/UndoButtons'

interface Props {
  readonly statusFilter: StatusFilter
  readonly onStatusFilter: (status: StatusFilter) => void
}

export const DeskHeader = ({ statusFilter, onStatusFilter }: Props) => {
  const meta = useMeta()
  const host = useHostDesk()
  return (
    <header className="desk-header">
      <div className="dossier-title">
        <p className="app-name">
          Verification Desk{' '}
          <span className="shell">
            {shellDescription()}
            {host !== null && ` · ${host.description}`}
          </span>
        </p>
        <h1 dir={meta.direction} lang={meta.language}>
          {meta.title}
        </h1>
        {meta.story !== '' && (
          <p className="story" dir={meta.direction} lang={meta.language}>
            {meta.story}
          </p>
        )}
      </div>
      <StatusSummary active={statusFilter} onSelect={onStatusFilter} />
      <div className="desk-header-end">
        <IdentityEditor />
        <div className="desk-header-tools">
          <UndoButtons />
          <DossierTools />
          <ShareButton />
          <ThemeSwitch />
        </div>
      </div>
    </header>
  )
}
