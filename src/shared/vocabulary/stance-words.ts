import type { Stance } from '../dossier'

export interface StanceWords {
  /** The stance as a choice in a form: "Supports". */
  readonly label: string
  /** What choosing it says about the evidence, in a line. */
  readonly meaning: string
}

/** How each evidence stance reads, in the app and wherever evidence is offered as a choice. */
export const STANCE_WORDS: Readonly<Record<Stance, StanceWords>> = {
  supports: { label: 'Supports', meaning: 'it backs the claim up' },
  refutes: { label: 'Refutes', meaning: 'it shows the claim is wrong' },
  context: { label: 'Context', meaning: 'background, neither for nor against' },
}
