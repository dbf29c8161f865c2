import { shortKey } from '../identity'
import type { Signer } from '../identity'
import type { DossierView } from './dossier-view'
import type { DossierWriter } from './dossier-writer'
import type { Decision, RemovableKind, Status } from './schema'

/**
 * The steps an undo history keeps. A step undoes (or redoes) one action of this editor and, when
 * it changed the dossier, gives back its inverse for the other stack. Nothing here deletes an
 * entry: the arrays are append-only (update-guard.ts), so an added entry is undone by a
 * compensating write (a removal flag, a superseding decision), and edits of the source text and
 * of `claimEdits` by a Yjs undo manager (undo-history.ts).
 */
export interface UndoStep {
  /** The action in words: "confirmed #4", "linked #4 to #7". */
  readonly label: string
  apply(context: StepContext): StepResult
}

export type StepResult =
  | { readonly ok: true; readonly inverse: UndoStep }
  | { readonly ok: false; readonly reason: string }

export interface StepContext {
  readonly view: DossierView
  readonly writer: DossierWriter
  readonly signer: Signer
  /**
   * Decisions of this history's that now stand for an earlier one: undoing a decision that
   * superseded D returns the claim to D's status with a new decision N, so D → N, and a step
   * that undoes D finds N as the claim's head instead.
   */
  readonly standIns: Map<string, string>
}

/** A claim (its `removed` field) or a link, evidence item or comment (its removal flag). */
export interface FlagTarget {
  readonly kind: 'claim' | RemovableKind
  readonly id: string
}

const isRemoved = (view: DossierView, target: FlagTarget): boolean =>
  target.kind === 'claim'
    ? view.claim(target.id)?.removed === true
    : view.removal(target.kind, target.id)?.removed === true

/**
 * Sets removed flags: undoing a new claim, link, evidence item or comment removes it, undoing a
 * removal puts the entry back, and redoing does the reverse. What is already in that state
 * (another editor got there first) is left as it is.
 */
export class FlagStep implements UndoStep {
  constructor(
    readonly label: string,
    private readonly targets: readonly FlagTarget[],
    private readonly removed: boolean,
  ) {}

  apply({ view, writer, signer }: StepContext): StepResult {
    const pending = this.targets.filter((target) => isRemoved(view, target) !== this.removed)
    if (pending.length === 0)
      return {
        ok: false,
        reason: `it was already ${this.removed ? 'removed' : 'put back'} by someone else`,
      }
    writer.asCompensation(() => {
      for (const target of pending) {
        if (target.kind === 'claim') writer.editClaim(target.id, { removed: this.removed }, signer)
        else if (this.removed) writer.removeEntry(target.kind, target.id, signer)
        else writer.restoreEntry(target.kind, target.id, signer)
      }
    })
    return { ok: true, inverse: new FlagStep(this.label, pending, !this.removed) }
  }
}

interface DecisionContent {
  readonly status: Status
  readonly rationale: string
  readonly evidenceIds: readonly string[]
}

const MAX_RATIONALE = 20_000

/**
 * Undoes (or redoes) a status decision with a new signed decision that supersedes it, so the
 * signed log keeps both. Allowed only while that decision is still the claim's only head: once
 * someone else decided since, undoing would overrule them, so the step says who and does nothing.
 */
export class DecisionStep implements UndoStep {
  constructor(
    readonly label: string,
    /** The decision this step replaces; it must be the claim's only head. */
    private readonly current: Decision,
    /** What the new decision says. */
    private readonly target: DecisionContent,
  ) {}

  /** The step that undoes `decision`, returning the claim to the status it had before. */
  static undoing(label: string, decision: Decision, view: DossierView): UndoStep {
    const before = view
      .decisions(decision.claimId)
      .filter((d) => decision.supersedes.includes(d.id))
    const statuses = [...new Set(before.map((d) => d.status))]
    if (statuses.length > 1)
      return new RefusedStep(
        label,
        'that decision settled a conflict, which an undo cannot bring back; record the status you want instead',
      )
    const rationale = `Undo of my decision (${decision.status})${decision.rationale === '' ? '' : `: ${decision.rationale}`}`
    return new DecisionStep(label, decision, {
      status: statuses[0] ?? 'unverified',
      rationale: rationale.slice(0, MAX_RATIONALE),
      evidenceIds: [],
    })
  }

  apply({ view, writer, signer, standIns }: StepContext): StepResult {
    let currentId = this.current.id
    for (let next = standIns.get(currentId); next !== undefined; next = standIns.get(currentId))
      currentId = next
    const claim = view.settledClaim(this.current.claimId)
    const heads = claim?.state.heads ?? []
    const current = heads.length === 1 && heads[0]!.id === currentId ? heads[0]! : null
    if (current === null) {
      const others = heads.filter((head) => head.id !== currentId)
      return {
        ok: false,
        reason:
          others.length === 0
            ? 'that decision no longer sets the claim’s status'
            : `${others
                .map((head) => `${nameOf(view, head.author)} decided “${head.status}”`)
                .join(' and ')} since`,
      }
    }
    const decision = writer.asCompensation(() =>
      writer.decide(this.current.claimId, { ...this.target, supersedes: [current.id] }, signer),
    )
    // The claim is back where it was before this step's decision: the new one stands for the
    // decision that one superseded, if one.
    const before = this.current.supersedes
    if (before.length === 1) standIns.set(before[0]!, decision.id)
    const previous: DecisionContent = {
      status: this.current.status,
      rationale: this.current.rationale,
      evidenceIds: this.current.evidenceIds,
    }
    return { ok: true, inverse: new DecisionStep(this.label, decision, previous) }
  }
}

/** An action that cannot be undone; applying it says why. */
export class RefusedStep implements UndoStep {
  constructor(
    readonly label: string,
    private readonly reason: string,
  ) {}

  apply(): StepResult {
    return { ok: false, reason: this.reason }
  }
}

const nameOf = (view: DossierView, key: string): string =>
  view.authorName(key) ?? `unnamed key ${shortKey(key)}`
