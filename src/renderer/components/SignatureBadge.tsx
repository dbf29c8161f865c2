import type { Verification } from '../../shared/dossier'
import { SIGNATURE_WORDS } from '../../shared/vocabulary'

/** Whether a decision is provably its author's. A tampered entry must be impossible to miss. */
export const SignatureBadge = ({ verification }: { readonly verification: Verification }) => (
  <span
    className={`signature signature-${verification}`}
    title={SIGNATURE_WORDS[verification].explain}
  >
    <span aria-hidden="true">{verification === 'signed' ? '✓ ' : '⚠ '}</span>
    {SIGNATURE_WORDS[verification].label}
    {verification !== 'signed' && (
      <span className="visually-hidden">: {SIGNATURE_WORDS[verification].explain}</span>
    )}
  </span>
)
