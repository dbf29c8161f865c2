import { useState } from 'react'
import { NO_FILTER, type ClaimFilter } from '../logic/claim-filter'
import { useHostDesk, useReportOpenClaim } from '../state/host-context'
import { useClaims } from '../state/hooks'
import { ClaimDetail } from './ClaimDetail'
import { ClaimListPane } from './ClaimListPane'
import { DeskHeader } from './DeskHeader'
import { HostBar } from './HostBar'
import { QuarantineWarning } from './QuarantineWarning'
import { ReadOnlyBanner } from './ReadOnlyBanner'
import { SignatureSweepNote } from './SignatureSweepNote'
import { SourcePane } from './SourcePane'

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
        <SourcePane claim={selected} />
        {selected === null ? (
          <section className="pane detail-pane empty" aria-label="Claim">
            <p>This dossier has no claims yet.</p>
          </section>
        ) : (
          <ClaimDetail claim={selected} onSelect={setChosenId} />
        )}
      </main>
    </div>
  )
}
