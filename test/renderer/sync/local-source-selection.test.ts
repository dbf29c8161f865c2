import { describe, expect, it } from 'vitest'
import { LocalSourceSelection } from '../../../src/renderer/sync/local-source-selection'

const at = (clock: number) => {
  const position = { item: { client: 1, clock } }
  return { anchor: position, head: position }
}

describe('LocalSourceSelection', () => {
  it('keeps the selection per dossier document, and never hands it to another', () => {
    const store = new LocalSourceSelection()
    const mine = {}
    const other = {}
    store.set(mine, at(3))
    expect(store.get(mine)).toEqual(at(3))
    expect(store.get(other)).toBeNull()
    // Clearing from another dossier's page leaves this one's selection alone.
    store.set(other, null)
    expect(store.get(mine)).toEqual(at(3))
    store.set(mine, null)
    expect(store.get(mine)).toBeNull()
  })

  it('tells at once, then at most every 80 ms, always with the latest selection', async () => {
    let now = 1_000
    const store = new LocalSourceSelection(() => now)
    const doc = {}
    const told: unknown[] = []
    store.subscribe(() => told.push(store.get(doc)))
    store.set(doc, at(1))
    expect(told).toEqual([at(1)])
    now += 10
    store.set(doc, at(2))
    store.set(doc, at(3))
    expect(told).toHaveLength(1)
    await new Promise((resolve) => setTimeout(resolve, 120))
    expect(told).toEqual([at(1), at(3)])
  })
})
