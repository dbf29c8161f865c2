import * as Y from 'yjs'
import type { Signer } from '../identity'
import type { DossierView } from './dossier-view'
import type { DossierWriter } from './dossier-writer'
import type { LocalAction } from './local-action'
import { DecisionStep, FlagStep } from './undo-steps'
import type { StepContext, StepResult, UndoStep } from './undo-steps'

/** What the undo and redo buttons show, and what the last undo or redo did. */
export interface UndoState {
  /** The action Undo would undo ("confirmed #4"); null when there is none. */
  readonly undo: string | null
  readonly redo: string | null
  /** The outcome of the last undo or redo, for a status line; null after a new action. */
  readonly message: string | null
}

export interface UndoOutcome {
  /** Whether the dossier changed. */
  readonly done: boolean
  readonly message: string
}

/** Steps kept on each stack; older ones are forgotten. */
const MAX_STEPS = 100
/** Typing in the source text within this long of the last keystroke is one step. */
const SOURCE_MERGE_MS = 1_000

type StackItem = Y.UndoManager['undoStack'][number]

/**
 * Undo and redo of this editor's own changes to one open dossier, one step per action (a form
 * submit, a removal, a burst of typing in the source text).
 *
 * Edits of the source text and of `claimEdits` (claim fields, removal flags) are undone by a
 * `Y.UndoManager` that tracks only the origin of this dossier's writer, so a remote update, the
 * device's copy in IndexedDB or an import is never undone; on a map key another editor set
 * since, Yjs leaves their value (it never overwrites a remote change). Entries appended to the
 * append-only arrays are never deleted: `undo-steps.ts` compensates for them instead.
 *
 * The manager's own stacks stay empty between calls: each step keeps the stack items of its
 * action and hands the manager just those when it is applied, so a step that finds nothing to
 * undo cannot pull an older step's change with it (the manager would otherwise pop on).
 */
export class UndoHistory {
  private readonly manager: Y.UndoManager
  private undoSteps: UndoStep[] = []
  private redoSteps: UndoStep[] = []
  private message: string | null = null
  private state: UndoState = { undo: null, redo: null, message: null }
  private lastSourceEdit = 0
  private readonly standIns = new Map<string, string>()
  private readonly listeners = new Set<() => void>()

  constructor(
    private readonly view: DossierView,
    private readonly writer: DossierWriter,
    scope: { readonly source: Y.Text; readonly claimEdits: Y.Map<unknown> },
    private readonly clock: () => number = () => Date.now(),
  ) {
    this.manager = new Y.UndoManager([scope.source, scope.claimEdits], {
      trackedOrigins: new Set([writer.origin]),
      captureTimeout: 0,
    })
    writer.setActionListener(this.record)
  }

  destroy(): void {
    this.writer.setActionListener(null)
    this.manager.destroy()
    this.listeners.clear()
  }

  current(): UndoState {
    return this.state
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  /**
   * Undoes this editor's latest step. A step that can no longer be undone (someone decided since,
   * or already put it back) changes nothing, says why and is dropped, so the next undo goes on
   * to the step before it.
   */
  undo(signer: Signer): UndoOutcome {
    return this.step(this.undoSteps, this.redoSteps, 'Undid', 'undo', signer)
  }

  redo(signer: Signer): UndoOutcome {
    return this.step(this.redoSteps, this.undoSteps, 'Redid', 'redo', signer)
  }

  private step(
    from: UndoStep[],
    to: UndoStep[],
    done: string,
    verb: string,
    signer: Signer,
  ): UndoOutcome {
    const step = from.pop()
    if (step === undefined) return this.finish({ done: false, message: `Nothing to ${verb}` })
    const context: StepContext = {
      view: this.view,
      writer: this.writer,
      signer,
      standIns: this.standIns,
    }
    let result: StepResult
    try {
      result = step.apply(context)
    } catch (error) {
      result = { ok: false, reason: error instanceof Error ? error.message : String(error) }
    }
    this.lastSourceEdit = 0
    if (!result.ok)
      return this.finish({
        done: false,
        message: `Could not ${verb} “${step.label}”: ${result.reason}`,
      })
    push(to, result.inverse)
    return this.finish({ done: true, message: `${done}: ${step.label}` })
  }

  private finish(outcome: UndoOutcome): UndoOutcome {
    this.message = outcome.message
    this.changed()
    return outcome
  }

  private readonly record = (action: LocalAction): void => {
    // What the manager captured of this action (source and claimEdits writes); the stacks are
    // emptied again at once, so each step owns its items.
    const items = this.manager.undoStack.splice(0)
    this.manager.redoStack.splice(0)
    const step = this.stepFor(action, items)
    if (step === null) return
    this.redoSteps = []
    this.message = null
    if (step !== 'merged') push(this.undoSteps, step)
    this.changed()
  }

  private stepFor(action: LocalAction, items: StackItem[]): UndoStep | 'merged' | null {
    const now = this.clock()
    const typing = action.kind === 'source'
    const lastTyping = this.lastSourceEdit
    this.lastSourceEdit = typing ? now : 0
    // Removed flags are set by compensating writes too, which the manager would take for another
    // editor's change; so a removal, as an addition, is undone by setting the flag back.
    if (action.kind === 'removal')
      return new FlagStep(
        this.labelOf(action),
        [{ kind: action.entryKind, id: action.id }],
        !action.removed,
      )
    if (
      action.kind === 'claim-edit' &&
      action.fields.length === 1 &&
      action.fields[0] === 'removed'
    )
      return new FlagStep(
        this.labelOf(action),
        [{ kind: 'claim', id: action.claimId }],
        this.view.claim(action.claimId)?.removed !== true,
      )
    switch (action.kind) {
      case 'source':
      case 'claim-edit': {
        if (items.length === 0) return null
        const top = this.undoSteps[this.undoSteps.length - 1]
        if (
          typing &&
          top instanceof ManagerStep &&
          top.typing &&
          now - lastTyping < SOURCE_MERGE_MS
        ) {
          top.items.push(...items)
          return 'merged'
        }
        return new ManagerStep(this.labelOf(action), items, 'undo', this.manager, typing)
      }
      case 'claims':
        return new FlagStep(
          this.labelOf(action),
          action.ids.map((id) => ({ kind: 'claim' as const, id })),
          true,
        )
      case 'entry':
        return new FlagStep(this.labelOf(action), [{ kind: action.entryKind, id: action.id }], true)
      case 'decision':
        return DecisionStep.undoing(this.labelOf(action), action.decision, this.view)
    }
  }

  private labelOf(action: LocalAction): string {
    const number = (id: string): string => {
      const claim = this.view.claim(id)
      return claim === undefined ? 'a claim' : `#${claim.index + 1}`
    }
    switch (action.kind) {
      case 'source':
        return 'edited the source text'
      case 'claims':
        return action.ids.length === 1
          ? `added claim ${number(action.ids[0]!)}`
          : `added ${action.ids.length} claims`
      case 'claim-edit': {
        const removed = this.view.claim(action.claimId)?.removed
        if (action.fields.length === 1 && action.fields[0] === 'removed')
          return `${removed === true ? 'removed' : 'restored'} claim ${number(action.claimId)}`
        return `edited claim ${number(action.claimId)}`
      }
      case 'decision':
        return `${action.decision.status} ${number(action.decision.claimId)}`
      case 'entry':
      case 'removal': {
        const what = this.entryWords(action, number)
        if (action.kind === 'removal') return `${action.removed ? 'removed' : 'put back'} ${what}`
        return `added ${what}`
      }
    }
  }

  private entryWords(
    action: Extract<LocalAction, { kind: 'entry' | 'removal' }>,
    number: (id: string) => string,
  ): string {
    switch (action.entryKind) {
      case 'link':
        return `the link ${number(action.claimId)} → ${number(action.to ?? '')}`
      case 'evidence': {
        const title = this.view.evidenceById(action.id)?.title
        return title === undefined ? 'evidence' : `evidence “${title}”`
      }
      case 'comment':
        return `a comment on ${number(action.claimId)}`
    }
  }

  private changed(): void {
    const undo = this.undoSteps[this.undoSteps.length - 1]?.label ?? null
    const redo = this.redoSteps[this.redoSteps.length - 1]?.label ?? null
    this.state = { undo, redo, message: this.message }
    for (const listener of [...this.listeners]) listener()
  }
}

/**
 * Edits of the source text and of `claimEdits`, applied by the undo manager from the stack items
 * of one action: the manager gets only these, and gives back the items of the inverse.
 */
class ManagerStep implements UndoStep {
  constructor(
    readonly label: string,
    /** In the order they were made. */
    readonly items: StackItem[],
    private readonly direction: 'undo' | 'redo',
    private readonly manager: Y.UndoManager,
    /** A burst of typing in the source text, which later keystrokes may join. */
    readonly typing: boolean,
  ) {}

  apply(): StepResult {
    const manager = this.manager
    const inverse: StackItem[] = []
    for (const item of [...this.items].reverse()) {
      manager.undoStack = this.direction === 'undo' ? [item] : []
      manager.redoStack = this.direction === 'redo' ? [item] : []
      if (this.direction === 'undo') manager.undo()
      else manager.redo()
      inverse.push(...(this.direction === 'undo' ? manager.redoStack : manager.undoStack))
      manager.undoStack = []
      manager.redoStack = []
    }
    if (inverse.length === 0) return { ok: false, reason: 'another editor has changed it since' }
    const opposite = this.direction === 'undo' ? 'redo' : 'undo'
    return {
      ok: true,
      inverse: new ManagerStep(this.label, inverse, opposite, manager, false),
    }
  }
}

const push = (stack: UndoStep[], step: UndoStep): void => {
  stack.push(step)
  if (stack.length > MAX_STEPS) stack.shift()
}
