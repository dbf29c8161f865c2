import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { sourceIndexOf, sourcePositionAt } from '../../src/shared/dossier/source-positions'
import { selectionOffsets, selectionPositions } from '../../src/renderer/logic/source-cursor'
import { alice, newDossier, replicaOf, syncBoth } from '../support/dossier-fixtures'

describe('a selection kept as relative positions', () => {
  it('stays on the same words while another editor types before it', () => {
    const mine = newDossier()
    const theirs = replicaOf(mine)
    const text = mine.sourceText()
    const word = 'people'
    const at = text.indexOf(word)
    expect(at).toBeGreaterThan(10)
    const kept = selectionPositions(mine.doc, { anchor: at, head: at + word.length })

    theirs.editSource(0, 0, 'UPDATE: ')
    theirs.editSource(theirs.sourceText().length, 0, ' (corrected)')
    syncBoth(mine, theirs)

    const now = selectionOffsets(mine.doc, kept)!
    expect(mine.sourceText().slice(now.anchor, now.head)).toBe(word)
    expect(now.anchor).toBe(at + 'UPDATE: '.length)
  })

  it('keeps a backward selection backward, and a caret a caret', () => {
    const mine = newDossier()
    const theirs = replicaOf(mine)
    const backward = selectionPositions(mine.doc, { anchor: 12, head: 5 })
    const caret = selectionPositions(mine.doc, { anchor: 9, head: 9 })
    theirs.editSource(0, 3)
    syncBoth(mine, theirs)
    expect(selectionOffsets(mine.doc, backward)).toEqual({ anchor: 9, head: 2 })
    expect(selectionOffsets(mine.doc, caret)).toEqual({ anchor: 6, head: 6 })
  })

  it('leaves text typed at the edges of a selection outside it', () => {
    const mine = newDossier()
    const kept = selectionPositions(mine.doc, { anchor: 4, head: 9 })
    const selected = mine.sourceText().slice(4, 9)
    mine.editSource(9, 0, '>>')
    mine.editSource(4, 0, '<<')
    const now = selectionOffsets(mine.doc, kept)!
    expect(mine.sourceText().slice(now.anchor, now.head)).toBe(selected)
  })

  it('survives the JSON trip through awareness, and a caret at the very end follows the end', () => {
    const mine = newDossier()
    const theirs = replicaOf(mine)
    const end = mine.sourceText().length
    const sent = JSON.parse(
      JSON.stringify(selectionPositions(mine.doc, { anchor: end, head: end })),
    )
    mine.editSource(end, 0, ' More.')
    syncBoth(mine, theirs)
    expect(selectionOffsets(theirs.doc, sent)).toEqual({ anchor: end + 6, head: end + 6 })
  })

  it('refuses positions that are not in the source text', () => {
    const dossier = newDossier()
    const doc = dossier.doc
    // Another root, which resolving would otherwise create in the document.
    expect(sourceIndexOf(doc, { tname: 'nowhere' })).toBeNull()
    expect(doc.share.has('nowhere')).toBe(false)
    expect(sourceIndexOf(doc, { tname: 'claims' })).toBeNull()
    // A character this copy never received, and a nested type the source does not have.
    expect(sourceIndexOf(doc, { item: { client: 4242, clock: 10 }, assoc: 0 })).toBeNull()
    expect(sourceIndexOf(doc, { type: { client: doc.clientID, clock: 0 } })).toBeNull()
    // A position on a claim entry is not a position in the text.
    dossier.addClaim({ text: 'x', attribution: { who: 'a' }, kind: 'other' }, alice)
    const inClaims = Y.relativePositionToJSON(
      Y.createRelativePositionFromTypeIndex(doc.getArray('claims'), 0),
    )
    expect(sourceIndexOf(doc, inClaims)).toBeNull()
    expect(sourceIndexOf(doc, sourcePositionAt(doc, 3))).toBe(3)
  })
})
