import type { Verification } from '../dossier'

/**
 * How a decision's signature check reads. A tampered entry must be impossible to miss, so it is
 * shouted and white on red wherever it appears.
 */
export interface SignatureWords {
  /** On a badge: "Signed", "TAMPERED". */
  readonly label: string
  /** The sentence behind the badge. */
  readonly explain: string
  /** In running text after a decision: "(signature verified)". */
  readonly phrase: string
  /** Next to a claim's status when its current decision is not provably its author's. */
  readonly flag: string
  readonly colour: { readonly ink: string; readonly fill: string }
}

export const VERIFICATIONS: readonly Verification[] = ['signed', 'unsigned', 'tampered']

export const SIGNATURE_WORDS: Readonly<Record<Verification, SignatureWords>> = {
  signed: {
    label: 'Signed',
    explain: 'Signed by its author’s device key; unchanged since.',
    phrase: 'signature verified',
    flag: '',
    colour: { ink: '#1d5e2f', fill: '#dcefe0' },
  },
  unsigned: {
    label: 'Unsigned',
    explain: 'Carries no signature: its author cannot be proven.',
    phrase: 'unsigned',
    flag: 'decision unsigned',
    colour: { ink: '#7a4a00', fill: '#fff3d6' },
  },
  tampered: {
    label: 'TAMPERED',
    explain: 'The signature does not match: this entry was changed after it was signed, or forged.',
    phrase: 'signature does not match (tampered)',
    flag: '⚠ decision tampered',
    colour: { ink: '#ffffff', fill: '#a1001c' },
  },
}
