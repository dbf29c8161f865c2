import type { SignatureSweepState } from '../signatures/signature-sweeper'
import { plural } from './format'

const count = (n: number): string => n.toLocaleString('en')

/** The waiting screen's words while the signatures the statuses rest on are checked. */
export const checkingMessage = (state: SignatureSweepState): string =>
  `Every status rests on a signed decision; their signatures are checked before the claims are shown: ${count(state.checked)} of ${count(state.total)} signatures so far.`

export interface SweepNote {
  readonly tone: 'progress' | 'done' | 'warning'
  readonly text: string
}

/** What the desk says about the check of every signature in the dossier's history. */
export const sweepNote = (state: SignatureSweepState | null): SweepNote | null => {
  if (state === null) return null
  const bad = state.tampered
  if (bad > 0)
    return {
      tone: 'warning',
      text: `${plural(bad, 'signature does', 'signatures do')} not match ${bad === 1 ? 'its decision' : 'their decisions'} (changed after signing, or forged): ${bad === 1 ? 'it counts' : 'they count'} for no status and ${bad === 1 ? 'is' : 'are'} marked “tampered” in the timelines.${state.phase === 'done' ? '' : ` Still checking: ${count(state.checked)} of ${count(state.total)}.`}`,
    }
  if (state.phase !== 'done')
    return {
      tone: 'progress',
      text: `Checking the history’s signatures: ${count(state.checked)} of ${count(state.total)}.`,
    }
  const signed = state.total - state.unsigned
  return {
    tone: 'done',
    text:
      state.total === 0
        ? 'No decisions to check yet.'
        : `All ${count(signed)} signatures in this dossier’s history check out${state.unsigned > 0 ? `; ${plural(state.unsigned, 'decision is', 'decisions are')} unsigned` : ''}.`,
  }
}
