import * as Y from 'yjs'

/**
 * The values a transaction added to and removed from one Y.Array, found from the transaction's
 * own bookkeeping (new clocks per client, its delete set) rather than from `event.changes`, which
 * walks the whole array. Entries of different arrays interleave in one client's clock, so their
 * items never merge and an array of n entries is n items: walking it on every change would make
 * building a dossier quadratic.
 */
export interface ArrayChanges {
  readonly added: unknown[]
  readonly removed: unknown[]
  /** True when every added item sits after every item that was there before. */
  readonly appendedAtEnd: boolean
  /**
   * When `appendedAtEnd`, the added values in the array's order. `added` follows the order of
   * clients in the transaction, which differs when one transaction brings several replicas' entries.
   */
  readonly appended: unknown[]
}

export const arrayChanges = (event: Y.YArrayEvent<unknown>): ArrayChanges => {
  const { transaction, target } = event
  const store = transaction.doc.store
  const added: unknown[] = []
  const removed: unknown[] = []
  const addedItems = new Set<Y.Item>()
  transaction.afterState.forEach((after, client) => {
    const before = transaction.beforeState.get(client) ?? 0
    if (after <= before) return
    const structs = store.clients.get(client)
    if (structs === undefined) return
    for (let i = Y.findIndexSS(structs, before); i < structs.length; i++) {
      const struct = structs[i]!
      if (struct.id.clock >= after) break
      if (struct instanceof Y.Item && struct.parent === target && !struct.deleted) {
        addedItems.add(struct)
        for (const value of struct.content.getContent()) added.push(value)
      }
    }
  })
  transaction.deleteSet.clients.forEach((ranges, client) => {
    const structs = store.clients.get(client)
    const before = transaction.beforeState.get(client) ?? 0
    if (structs === undefined) return
    for (const range of ranges) {
      if (range.clock >= before) continue
      const end = Math.min(range.clock + range.len, before)
      for (let i = Y.findIndexSS(structs, range.clock); i < structs.length; i++) {
        const struct = structs[i]!
        if (struct.id.clock >= end) break
        if (struct instanceof Y.Item && struct.parent === target && struct.countable) {
          for (const value of struct.content.getContent()) removed.push(value)
        }
      }
    }
  })
  let appendedAtEnd = true
  for (const item of addedItems) {
    let right = item.right
    while (right !== null && (addedItems.has(right) || right.deleted)) right = right.right
    if (right !== null) {
      appendedAtEnd = false
      break
    }
  }
  return { added, removed, appendedAtEnd, appended: appendedAtEnd ? inArrayOrder(addedItems) : [] }
}

/** The values of items that form the array's tail (deleted items aside), left to right. */
const inArrayOrder = (items: ReadonlySet<Y.Item>): unknown[] => {
  let first: Y.Item | null = null
  for (const item of items) {
    let left = item.left
    while (left !== null && left.deleted) left = left.left
    if (left === null || !items.has(left)) {
      first = item
      break
    }
  }
  const values: unknown[] = []
  for (let item = first; item !== null; item = item.right) {
    if (items.has(item)) for (const value of item.content.getContent()) values.push(value)
  }
  return values
}
