import { useState } from 'react'
import { useDeskShortcuts } from '../app/use-desk-shortcuts'
import { NO_FILTER, filterClaims, type ClaimFilter } from '../logic/claim-filter'
import { ARIA_KEYS } from '../logic/shortcut-keys'
import { useHostDesk, useReportOpenClaim } from '../state/host-context'
import { useClaims } from '../state/hooks'
import { useReadOnly } from '../state/read-only'
import { ClaimDetail } from './ClaimDetail'
import { ClaimListPane } from './ClaimListPane'
import { DeskHeader } from './DeskHeader'
import { HostBar } from './HostBar'
import { QuarantineWarning } from './QuarantineWarning'
import { ReadOnlyBanner } from './ReadOnlyBanner'
import { SignatureSweepNote } from './SignatureSweepNote'
import { SourcePane } from './SourcePane'
import { ShortcutsDialog } from './shortcuts/ShortcutsDialog'

/** The three panes: claims, the source text, the selected claim. */
export const DeskLayout = ({ persistent }: { readonly persistent: boolean }) => {
  const claims = useClaims()
  const host = useHostDesk()
  const [filter, setFilter] = useState<ClaimFilter>(NO_FILTER)
  const [chosenId, setChosenId] = useState<string | null>(null)

  // Until the editor picks one, open on the first conflict: it is what needs a decision.
  const active = claims.filter((claim) => !claim.removed)
  const chosen = active.find((claim) => claim.id === chosenId)
  const selected =
    chosen ?? active.find((claim) => claim.state.kind === 'conflict') ?? active[0] ?? null
  useReportOpenClaim(selected?.id ?? null)

  const readOnly = useReadOnly() !== null
  const [newClaimRequest, setNewClaimRequest] = useState(0)
  const [helpOpen, setHelpOpen] = useState(false)
  useDeskShortcuts({
    visibleIds: filterClaims(claims, filter).map((claim) => claim.id),
    selectedId: selected?.id ?? null,
    onSelect: setChosenId,
    onNewClaim: readOnly ? null : () => setNewClaimRequest((request) => request + 1),
    onHelp: () => setHelpOpen(true),
  })

  return (
    <div className="desk">
      <DeskHeader
        statusFilter={filter.status}
        onStatusFilter={(status) => setFilter({ ...filter, status })}
      />
      {host !== null && <HostBar host={host} />}
      {!persistent && (
        <p className="banner banner-warning" role="status">
          Working without saving: this browser refused local storage, so your changes are lost when
          you close this page.
        </p>
      )}
      <QuarantineWarning />
      <SignatureSweepNote />
      <ReadOnlyBanner />
      <main className="panes">
        <ClaimListPane
          filter={filter}
          onFilter={setFilter}
          selectedId={selected?.id ?? null}
          onSelect={setChosenId}
        />
        <SourcePane claim={selected} newClaimRequest={newClaimRequest} onClaimAdded={setChosenId} />
        {selected === null ? (
          <section className="pane detail-pane empty" aria-label="Claim">
            <p>This dossier has no claims yet.</p>
          </section>
        ) : (
          <ClaimDetail claim={selected} onSelect={setChosenId} />
        )}
      </main>
      <footer className="desk-footer">
        <button
          type="button"
          className="link-button"
          aria-haspopup="dialog"
          aria-keyshortcuts={ARIA_KEYS.help}
          onClick={() => setHelpOpen(true)}
        >
          Keyboard shortcuts
        </button>
      </footer>
      {helpOpen && <ShortcutsDialog onClose={() => setHelpOpen(false)} />}
    </div>
  )
}
