import { useMemo, useState } from 'react'
import { useDeskShortcuts } from '../app/use-desk-shortcuts'
import { useDossierCommands } from '../app/use-dossier-commands'
import { ARIA_KEYS } from '../logic/shortcut-keys'
import { useHostDesk, useReportOpenClaim } from '../state/host-context'
import { ClaimFilterContext } from '../state/claim-filter-context'
import { useClaims } from '../state/hooks'
import { useLostQuotes } from '../state/lost-quotes'
import { useReadOnly } from '../state/read-only'
import { ClaimDetail } from './ClaimDetail'
import { ClaimListPane } from './ClaimListPane'
import { useClaimList } from './claim-list/use-claim-list'
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
  const lostQuotes = useLostQuotes()
  // The filter lives in the address too (`&status=…&q=…`): a copied address opens the same view.
  const { filter, setFilter, shown } = useClaimList(claims, lostQuotes)
  const filterControl = useMemo(() => ({ filter, setFilter }), [filter, setFilter])
  const [chosenId, setChosenId] = useState<string | null>(null)

  // Until the editor picks one, open on the first conflict: it is what needs a decision.
  // Memoised: each is a walk over every claim, and every keystroke in the search renders this.
  const active = useMemo(() => claims.filter((claim) => !claim.removed), [claims])
  const selected = useMemo(
    () =>
      active.find((claim) => claim.id === chosenId) ??
      active.find((claim) => claim.state.kind === 'conflict') ??
      active[0] ??
      null,
    [active, chosenId],
  )
  useReportOpenClaim(selected?.id ?? null)

  const readOnly = useReadOnly() !== null
  const [newClaimRequest, setNewClaimRequest] = useState(0)
  const [helpOpen, setHelpOpen] = useState(false)
  useDeskShortcuts({
    visibleIds: shown.map((claim) => claim.id),
    selectedId: selected?.id ?? null,
    onSelect: setChosenId,
    onNewClaim: readOnly ? null : () => setNewClaimRequest((request) => request + 1),
    onHelp: () => setHelpOpen(true),
  })
  useDossierCommands()

  return (
    <ClaimFilterContext.Provider value={filterControl}>
      <div className="desk">
        <DeskHeader
          statusFilter={filter.status}
          onStatusFilter={(status) => setFilter({ ...filter, status })}
        />
        {host !== null && <HostBar host={host} />}
        {!persistent && (
          <p className="banner banner-warning" role="status">
            Working without saving: this browser refused local storage, so your changes are lost
            when you close this page.
          </p>
        )}
        <QuarantineWarning />
        <SignatureSweepNote />
        <ReadOnlyBanner />
        <main className="panes">
          <ClaimListPane
            filter={filter}
            onFilter={setFilter}
            shown={shown}
            selectedId={selected?.id ?? null}
            onSelect={setChosenId}
          />
          <SourcePane
            claim={selected}
            newClaimRequest={newClaimRequest}
            onClaimAdded={setChosenId}
            onOpenClaim={setChosenId}
          />
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
    </ClaimFilterContext.Provider>
  )
}
