import { describe, expect, it } from 'vitest'
import { remoteSelectionMarks } from '../../src/renderer/logic/source-marks'
import type { RelativePositionJson } from '../../src/shared/protocol/presence'

const at = (index: number): RelativePositionJson => ({ item: { client: 1, clock: index } })
const resolveClock = (position: RelativePositionJson) => position.item?.clock ?? null

describe('remoteSelectionMarks', () => {
  it('orders each selection, keeps where the caret is, and clamps to the text', () => {
    const marks = remoteSelectionMarks(
      [
        { clientId: 1, name: 'Ana', colour: 2, source: { anchor: at(9), head: at(3) } },
        { clientId: 2, name: 'Ben', colour: 5, source: { anchor: at(50), head: at(50) } },
      ],
      resolveClock,
      20,
    )
    expect(marks).toEqual([
      { clientId: 1, name: 'Ana', colour: 2, start: 3, end: 9, head: 3 },
      { clientId: 2, name: 'Ben', colour: 5, start: 20, end: 20, head: 20 },
    ])
  })

  it('shows no cursor for an editor without one, or whose positions do not resolve', () => {
    const marks = remoteSelectionMarks(
      [
        { clientId: 1, name: 'Ana', colour: 1, source: null },
        { clientId: 2, name: 'Ben', colour: 1, source: { anchor: { tname: 'x' }, head: at(2) } },
      ],
      resolveClock,
      20,
    )
    expect(marks).toEqual([])
  })
})
