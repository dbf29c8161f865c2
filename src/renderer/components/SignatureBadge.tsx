import type { Verification } from '../../shared/dossier'

const TEXT: Readonly<Record<Verification, { label: string; explain: string }>> = {
  signed: { label: 'Signed', explain: 'Signed by its author’s device key; unchanged since.' },
  unsigned: { label: 'Unsigned', explain: 'Carries no signature: its author cannot be proven.' },
  tampered: {
    label: 'TAMPERED',
    explain: 'The signature does not match: this entry was changed after it was signed, or forged.',
  },
}

/** Whether a decision is provably its author's. A tampered entry must be impossible to miss. */
export const SignatureBadge = ({ verification }: { readonly verification: Verification }) => (
  <span className={`signature signature-${verification}`} title={TEXT[verification].explain}>
    <span aria-hidden="true">{verification === 'signed' ? '✓ ' : '⚠ '}</span>
    {TEXT[verification].label}
    {verification !== 'signed' && (
      <span className="visually-hidden">: {TEXT[verification].explain}</span>
    )}
  </span>
)
