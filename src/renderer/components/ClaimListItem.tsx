import type { ClaimView } from '../../shared/dossier'
import { attributionPhrase } from '../../shared/vocabulary'
import { claimNumber } from '../logic/format'
import { useEditorsOn } from '../state/host-context'
import { useLostQuotes } from '../state/lost-quotes'
import { ClaimFlags } from './ClaimFlags'
import { initialsOf } from './PresenceList'
import { StatusBadge } from './StatusBadge'

interface Props {
  readonly claim: ClaimView
  readonly selected: boolean
  readonly direction: 'ltr' | 'rtl'
  readonly language: string
  readonly onSelect: (id: string) => void
  /** Its place in the list (from 1) and the list's length: only some rows are in the page. */
  readonly position: number
  readonly setSize: number
  /** Where the row sits in the windowed list, in pixels from its top. */
  readonly top: number
}

/** Other editors who have this claim open, as initials (host mode only). */
const EditorsHere = ({ claimId }: { readonly claimId: string }) => {
  const editors = useEditorsOn(claimId)
  if (editors.length === 0) return null
  const names = editors.map((editor) => editor.name).join(', ')
  return (
    <span className="claim-editors" title={`Open by ${names}`}>
      <span className="visually-hidden">Open by {names}</span>
      {editors.map((editor) => (
        <span key={editor.clientId} className="presence-initials" aria-hidden="true">
          {initialsOf(editor.name)}
        </span>
      ))}
    </span>
  )
}

export const ClaimListItem = ({
  claim,
  selected,
  direction,
  language,
  onSelect,
  position,
  setSize,
  top,
}: Props) => {
  const quoteLost = useLostQuotes().has(claim.id)
  return (
    <li
      className={`claim-item${claim.label === 'conflict' ? ' in-conflict' : ''}`}
      style={{ top: `${top}px` }}
      aria-setsize={setSize}
      aria-posinset={position}
    >
      <button
        type="button"
        className="claim-button"
        aria-current={selected ? 'true' : undefined}
        data-claim-id={claim.id}
        onClick={() => onSelect(claim.id)}
      >
        <span className="claim-number">{claimNumber(claim.index)}</span>
        <span className="claim-summary">
          <span className="claim-text" dir={direction} lang={language}>
            {claim.text}
          </span>
          <span className="claim-byline">
            <span className="claim-speaker" dir={direction} lang={language}>
              {attributionPhrase(claim.attribution)}
            </span>
            <ClaimFlags untrusted={claim.ignoredDecisions} quoteLost={quoteLost} />
            <EditorsHere claimId={claim.id} />
          </span>
        </span>
        <StatusBadge label={claim.label} />
      </button>
    </li>
  )
}
