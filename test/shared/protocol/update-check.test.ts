import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { checkUpdate, isDecodableUpdate } from '../../../src/shared/protocol'

const stateOf = (doc: Y.Doc) => (client: number) => Y.getState(doc.store, client)

/** A document with some text, and an update made on top of it by another replica. */
const setup = () => {
  const base = new Y.Doc()
  base.getText('t').insert(0, 'base text')
  const other = new Y.Doc()
  Y.applyUpdate(other, Y.encodeStateAsUpdate(base))
  return { base, other }
}

const diffOf = (doc: Y.Doc, edit: () => void): Uint8Array => {
  const before = Y.encodeStateVector(doc)
  edit()
  return Y.encodeStateAsUpdate(doc, before)
}

describe('checkUpdate', () => {
  it('passes an update whose dependencies the document has', () => {
    const { base, other } = setup()
    const update = diffOf(other, () => other.getText('t').insert(4, ' more'))
    const check = checkUpdate(update, stateOf(base))
    expect(check).toMatchObject({ ok: true, empty: false, missing: false })
    // What it decoded is handed on, so the update guard does not decode the update again.
    if (!check.ok) throw new Error(check.detail)
    expect(check.decoded.structs.map((struct) => struct.id)).toEqual(
      Y.decodeUpdate(update).structs.map((struct) => struct.id),
    )
  })

  it('sees a gap in a client’s clocks', () => {
    const { base, other } = setup()
    diffOf(other, () => other.getText('t').insert(0, 'A'))
    const second = diffOf(other, () => other.getText('t').insert(0, 'B'))
    expect(checkUpdate(second, stateOf(base))).toMatchObject({ ok: true, missing: true })
  })

  it('sees an insertion next to an item the document has never seen', () => {
    const { base, other } = setup()
    const third = new Y.Doc()
    Y.applyUpdate(third, Y.encodeStateAsUpdate(other))
    const hidden = diffOf(third, () => third.getText('t').insert(0, 'hidden'))
    Y.applyUpdate(other, hidden)
    // `other` types right after the hidden insertion: its own clock has no gap, its origin does.
    const dependent = diffOf(other, () => other.getText('t').insert(6, '!'))
    expect(checkUpdate(dependent, stateOf(base))).toMatchObject({ ok: true, missing: true })
    Y.applyUpdate(base, hidden)
    expect(checkUpdate(dependent, stateOf(base))).toMatchObject({ ok: true, missing: false })
  })

  it('sees a deletion of content the document does not have', () => {
    const { base, other } = setup()
    const insert = diffOf(other, () => other.getText('t').insert(0, 'gone soon'))
    const remove = diffOf(other, () => other.getText('t').delete(0, 9))
    expect(checkUpdate(remove, stateOf(base))).toMatchObject({ ok: true, missing: true })
    Y.applyUpdate(base, insert)
    expect(checkUpdate(remove, stateOf(base))).toMatchObject({ ok: true, missing: false })
  })

  it('knows an empty update, and a broken one', () => {
    const { base } = setup()
    expect(
      checkUpdate(Y.encodeStateAsUpdate(base, Y.encodeStateVector(base)), stateOf(base)),
    ).toMatchObject({
      ok: true,
      empty: true,
      missing: false,
    })
    const update = Y.encodeStateAsUpdate(base)
    expect(checkUpdate(update.subarray(0, update.length - 2), stateOf(base)).ok).toBe(false)
    expect(isDecodableUpdate(update)).toBe(true)
    expect(isDecodableUpdate(Uint8Array.of(9, 9, 9))).toBe(false)
  })
})
