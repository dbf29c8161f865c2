import type { ClaimView } from '../../shared/dossier'
import { claimNumber, describeAttribution } from '../logic/format'
import { StatusBadge } from './StatusBadge'

interface Props {
  readonly claim: ClaimView
  readonly selected: boolean
  readonly direction: 'ltr' | 'rtl'
  readonly language: string
  readonly onSelect: (id: string) => void
}

export const ClaimListItem = ({ claim, selected, direction, language, onSelect }: Props) => (
  <li className={`claim-item${claim.label === 'conflict' ? ' in-conflict' : ''}`}>
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
        <span className="claim-speaker" dir={direction} lang={language}>
          {describeAttribution(claim.attribution)}
        </span>
      </span>
      <StatusBadge label={claim.label} />
    </button>
  </li>
)
