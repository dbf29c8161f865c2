import { afterEach, describe, expect, it, vi } from 'vitest'
import * as Y from 'yjs'
import { guardUpdate } from '../../../src/shared/dossier'
import type { Dossier } from '../../../src/shared/dossier'
import { alice, bob, newDossier, replicaOf, syncBoth } from '../../support/dossier-fixtures'

const attribution = { who: 'River authority' }

/** A dossier with two claims, and a second replica of it; A's history made before A writes. */
const twoEditors = () => {
  const a = newDossier()
  const x = a.addClaim({ text: '23 missing', attribution, kind: 'figure' }, bob)
  const y = a.addClaim({ text: 'No fault', attribution, kind: 'denial' }, bob)
  const b = replicaOf(a)
  return { a, b, x, y, history: a.undoHistory() }
}

const statusOf = (dossier: Dossier, id: string) => {
  const state = dossier.claim(id)!.state
  return state.kind === 'settled' ? state.status : 'conflict'
}

afterEach(() => {
  vi.useRealTimers()
})

describe('UndoHistory', () => {
  it('undoes this editor’s own edits only, step by step, while the other replica’s edit stays', () => {
    const { a, b, x, y, history } = twoEditors()
    a.editClaim(x, { text: '25 missing' }, alice)
    const link = a.link(x, y, 'contradicts', alice)
    b.editClaim(y, { text: 'The operator denied any fault' }, bob)
    syncBoth(a, b)
    expect(history.current()).toMatchObject({ undo: 'added the link #1 → #2', redo: null })

    expect(history.undo(alice)).toEqual({ done: true, message: 'Undid: added the link #1 → #2' })
    expect(history.undo(alice)).toEqual({ done: true, message: 'Undid: edited claim #1' })
    syncBoth(a, b)
    for (const replica of [a, b]) {
      expect(replica.claim(x)!.text).toBe('23 missing')
      expect(replica.claim(x)!.links).toEqual([])
      expect(replica.removal('link', link)?.removed).toBe(true)
      expect(replica.claim(y)!.text).toBe('The operator denied any fault')
    }
    expect(history.current()).toMatchObject({ undo: null, redo: 'edited claim #1' })
    expect(history.undo(alice)).toEqual({ done: false, message: 'Nothing to undo' })

    expect(history.redo(alice).done).toBe(true)
    expect(a.claim(x)!.text).toBe('25 missing')
    expect(history.redo(alice).done).toBe(true)
    expect(a.claim(x)!.links.map((l) => l.id)).toEqual([link])
    expect(history.current()).toMatchObject({ undo: 'added the link #1 → #2', redo: null })
  })

  it('leaves a field another editor changed since: it says so and drops the step', () => {
    const { a, b, x, history } = twoEditors()
    a.editClaim(x, { tags: ['flood'] }, alice)
    a.editClaim(x, { text: '25 missing' }, alice)
    syncBoth(a, b)
    b.editClaim(x, { text: '27 missing' }, bob)
    syncBoth(a, b)
    const outcome = history.undo(alice)
    expect(outcome.done).toBe(false)
    expect(outcome.message).toBe(
      'Could not undo “edited claim #1”: another editor has changed it since',
    )
    expect(a.claim(x)!.text).toBe('27 missing')
    // The next undo goes on to the step before.
    expect(history.undo(alice).done).toBe(true)
    expect(a.claim(x)!.tags).toEqual([])
    expect(a.claim(x)!.text).toBe('27 missing')
  })

  it('undoes a decision with a signed decision that returns the claim to its status before, and redoes it', () => {
    const { a, b, x, history } = twoEditors()
    a.decide(x, { status: 'disputed', rationale: 'Two counts' }, bob)
    a.decide(x, { status: 'confirmed', rationale: 'Gauge log' }, alice)
    expect(history.current().undo).toBe('confirmed #1')
    expect(history.undo(alice)).toEqual({ done: true, message: 'Undid: confirmed #1' })
    syncBoth(a, b)
    expect(statusOf(b, x)).toBe('disputed')
    const decisions = b.decisions(x)
    const undo = decisions[decisions.length - 1]!
    expect(undo).toMatchObject({ author: alice.publicKey, status: 'disputed' })
    expect(undo.rationale).toBe('Undo of my decision (confirmed): Gauge log')
    expect(b.verification(undo)).toBe('signed')
    expect(decisions).toHaveLength(3)

    expect(history.redo(alice).done).toBe(true)
    expect(statusOf(a, x)).toBe('confirmed')
    expect(a.decisions(x)).toHaveLength(4)
    expect(a.decisions(x).at(-1)!.rationale).toBe('Gauge log')
  })

  it('refuses to undo a decision once someone else decided since, naming them', () => {
    const { a, b, x, history } = twoEditors()
    a.decide(x, { status: 'confirmed', rationale: 'Gauge log' }, alice)
    syncBoth(a, b)
    b.decide(x, { status: 'retracted', rationale: 'Withdrawn' }, bob)
    syncBoth(a, b)
    const before = a.decisions(x).length
    expect(history.undo(alice)).toEqual({
      done: false,
      message: 'Could not undo “confirmed #1”: Bob Okafor decided “retracted” since',
    })
    expect(a.decisions(x)).toHaveLength(before)
    expect(statusOf(a, x)).toBe('retracted')
  })

  it('refuses to undo a decision while a concurrent one makes a conflict', () => {
    const { a, b, x, history } = twoEditors()
    a.decide(x, { status: 'confirmed', rationale: 'Gauge log' }, alice)
    b.decide(x, { status: 'disputed', rationale: 'Two counts' }, bob)
    syncBoth(a, b)
    expect(history.undo(alice).message).toBe(
      'Could not undo “confirmed #1”: Bob Okafor decided “disputed” since',
    )
  })

  it('undoes a new claim, evidence and a comment by removing them, never deleting an entry', () => {
    const { a, b, x, history } = twoEditors()
    const before = Y.encodeStateVector(a.doc)
    const claim = a.addClaim({ text: 'Dam failed Tuesday', attribution, kind: 'event' }, alice)
    const evidence = a.addEvidence(x, { title: 'Gauge log', stance: 'supports' }, alice)
    a.addComment(x, 'Check the gauge', alice)
    expect(history.current().undo).toBe('added a comment on #1')
    history.undo(alice)
    expect(history.undo(alice).message).toBe('Undid: added evidence “Gauge log”')
    expect(history.undo(alice).message).toBe('Undid: added claim #3')
    expect(a.claim(claim)!.removed).toBe(true)
    expect(a.claim(x)).toMatchObject({ evidenceCount: 0, commentCount: 0 })
    expect(guardUpdate(b.doc, Y.encodeStateAsUpdate(a.doc, before))).toEqual({ ok: true })

    history.redo(alice)
    expect(a.claim(claim)!.removed).toBe(false)
    history.redo(alice)
    expect(a.evidence(x).map((e) => e.id)).toEqual([evidence])
  })

  it('undoes a removal, and says so when someone else already put the entry back', () => {
    const { a, b, x, y, history } = twoEditors()
    const link = a.link(x, y, 'supports', bob)
    a.removeEntry('link', link, alice)
    expect(history.current().undo).toBe('removed the link #1 → #2')
    history.undo(alice)
    expect(a.claim(x)!.links).toHaveLength(1)

    history.redo(alice)
    syncBoth(a, b)
    b.restoreEntry('link', link, bob)
    syncBoth(a, b)
    const outcome = history.undo(alice)
    expect(outcome.done).toBe(false)
    expect(a.claim(x)!.links).toHaveLength(1)
  })

  it('makes a burst of typing in the source text one step, and leaves another editor’s typing', () => {
    const { a, b, history } = twoEditors()
    const source = a.sourceText()
    vi.useFakeTimers()
    for (const [at, letter] of [...'Flood. '].entries()) a.editSource(at, 0, letter)
    vi.advanceTimersByTime(5_000)
    a.editSource(0, 0, 'Update: ')
    syncBoth(a, b)
    b.editSource(b.sourceText().length, 0, ' (AFP)')
    syncBoth(a, b)
    expect(history.undo(alice).message).toBe('Undid: edited the source text')
    expect(a.sourceText()).toBe(`Flood. ${source} (AFP)`)
    expect(history.undo(alice).message).toBe('Undid: edited the source text')
    expect(a.sourceText()).toBe(`${source} (AFP)`)
    expect(history.current().undo).toBeNull()
    history.redo(alice)
    expect(a.sourceText()).toBe(`Flood. ${source} (AFP)`)
  })

  it('records nothing for remote updates or imports, and a new action clears what could be redone', () => {
    const { a, b, x, history } = twoEditors()
    b.editClaim(x, { text: 'Remote' }, bob)
    b.decide(x, { status: 'confirmed', rationale: 'Remote' }, bob)
    syncBoth(a, b)
    expect(history.current()).toEqual({ undo: null, redo: null, message: null })
    a.editClaim(x, { assignee: 'Alice' }, alice)
    history.undo(alice)
    expect(history.current().redo).toBe('edited claim #1')
    a.editClaim(x, { tags: ['flood'] }, alice)
    expect(history.current()).toEqual({ undo: 'edited claim #1', redo: null, message: null })
  })

  it('refuses to undo a decision that settled a conflict, which one decision cannot bring back', () => {
    const { a, b, x, history } = twoEditors()
    b.decide(x, { status: 'disputed', rationale: 'Two counts' }, bob)
    a.decide(x, { status: 'confirmed', rationale: 'Gauge log' }, bob)
    syncBoth(a, b)
    a.decide(x, { status: 'confirmed', rationale: 'Settled' }, alice)
    const outcome = history.undo(alice)
    expect(outcome.done).toBe(false)
    expect(outcome.message).toMatch(/settled a conflict/)
    expect(statusOf(a, x)).toBe('confirmed')
  })

  it('sends only updates every replica’s guard accepts, through undo and redo of every kind', () => {
    const { a, b, x, y, history } = twoEditors()
    const updates: Uint8Array[] = []
    a.doc.on('update', (update: Uint8Array) => updates.push(update))
    a.editSource(0, 4, 'A')
    a.editClaim(x, { text: 'Edited', tags: ['t'] }, alice)
    const link = a.link(x, y, 'supports', alice)
    a.removeEntry('link', link, alice)
    a.decide(y, { status: 'retracted', rationale: 'Withdrawn' }, alice)
    a.addClaim({ text: 'New', attribution, kind: 'other' }, alice)
    for (let step = 0; step < 6; step += 1) expect(history.undo(alice).done).toBe(true)
    for (let step = 0; step < 6; step += 1) expect(history.redo(alice).done).toBe(true)
    for (const update of updates) {
      expect(guardUpdate(b.doc, update)).toEqual({ ok: true })
      Y.applyUpdate(b.doc, update)
    }
    expect(b.sourceText()).toBe(a.sourceText())
    expect(b.claim(x)!.text).toBe('Edited')
    expect(statusOf(b, y)).toBe('retracted')
  })

  it('walks back several edits of the same field one by one, and forward again', () => {
    const { a, x, history } = twoEditors()
    for (const text of ['First', 'Second', 'Third']) a.editClaim(x, { text }, alice)
    const seen = [0, 1, 2].map(() => (history.undo(alice), a.claim(x)!.text))
    expect(seen).toEqual(['Second', 'First', '23 missing'])
    const again = [0, 1, 2].map(() => (history.redo(alice), a.claim(x)!.text))
    expect(again).toEqual(['First', 'Second', 'Third'])
  })

  it('undoing every step of a random session takes back all of A’s changes and none of B’s', () => {
    for (const seed of Array.from({ length: 12 }, (_, i) => i + 1)) {
      let state = seed
      const random = (n: number) => {
        state = (state * 1103515245 + 12345) % 2 ** 31
        return state % n
      }
      const { a, b, x, y, history } = twoEditors()
      const source = a.sourceText()
      let bText = b.claim(y)!.text
      let bTail = ''
      for (let round = 0; round < 12; round += 1) {
        switch (random(5)) {
          case 0:
            a.editClaim(x, { text: `A ${round}` }, alice)
            break
          case 1:
            a.link(x, y, 'supports', alice)
            break
          case 2:
            a.decide(x, { status: 'confirmed', rationale: `A ${round}` }, alice)
            break
          case 3: {
            const links = a.claim(x)!.links
            if (links.length > 0) a.removeEntry('link', links[0]!.id, alice)
            break
          }
          case 4:
            a.editSource(random(10), random(3), `a${round}`)
            break
        }
        if (random(2) === 0) {
          bText = `B ${round}`
          b.editClaim(y, { text: bText }, bob)
          const tail = ` b${round}`
          b.editSource(b.sourceText().length, 0, tail)
          bTail += tail
        }
        if (random(3) === 0) syncBoth(a, b)
      }
      syncBoth(a, b)
      const session = {
        text: a.claim(x)!.text,
        links: a.claim(x)!.links.map((link) => link.id),
        status: statusOf(a, x),
        source: a.sourceText(),
      }
      while (history.current().undo !== null) history.undo(alice)
      syncBoth(a, b)
      for (const replica of [a, b]) {
        expect(replica.claim(x)!.text).toBe('23 missing')
        expect(replica.claim(x)!.links).toEqual([])
        expect(statusOf(replica, x)).toBe('unverified')
        expect(replica.claim(y)!.text).toBe(bText)
        expect(replica.sourceText()).toBe(`${source}${bTail}`)
      }
      while (history.current().redo !== null) history.redo(alice)
      syncBoth(a, b)
      for (const replica of [a, b]) {
        expect(replica.claim(x)!.text).toBe(session.text)
        expect(replica.claim(x)!.links.map((link) => link.id)).toEqual(session.links)
        expect(statusOf(replica, x)).toBe(session.status)
        expect(replica.sourceText()).toBe(session.source)
        expect(replica.claim(y)!.text).toBe(bText)
      }
    }
  })

  it('tells subscribers when the steps change', () => {
    const { a, x, history } = twoEditors()
    const seen: (string | null)[] = []
    const stop = history.subscribe(() => seen.push(history.current().undo))
    a.editClaim(x, { text: 'Changed' }, alice)
    history.undo(alice)
    stop()
    a.editClaim(x, { text: 'Again' }, alice)
    expect(seen).toEqual(['edited claim #1', null])
  })
})
