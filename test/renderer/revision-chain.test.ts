import { describe, expect, it } from 'vitest'
import { revisionChain, type ChainLink } from '../../src/renderer/logic/revision-chain'

/** Claims named by their number ("1", "2"...), linked "newer revises older", as a dossier shows them. */
const dossier = (revises: readonly [string, string][], others: readonly ChainLink[] = []) => {
  const linksOf = (id: string): ChainLink[] => [
    ...revises.flatMap(([newer, older]): ChainLink[] => [
      ...(newer === id ? [{ type: 'revises', direction: 'out' as const, other: older }] : []),
      ...(older === id ? [{ type: 'revises', direction: 'in' as const, other: newer }] : []),
    ]),
    ...(id === '1' ? others : []),
  ]
  return (start: string) => revisionChain(start, linksOf, Number)
}

describe('revisionChain', () => {
  it('is the claim alone when nothing revises it and it revises nothing', () => {
    expect(dossier([])('1')).toEqual([['1']])
  })

  it('orders a chain oldest first, from whichever claim of it is open', () => {
    const chain = dossier([
      ['2', '1'],
      ['3', '2'],
    ])
    for (const start of ['1', '2', '3']) expect(chain(start)).toEqual([['1'], ['2'], ['3']])
  })

  it('follows the links, not the claim numbers', () => {
    const chain = dossier([
      ['31', '23'],
      ['27', '31'],
    ])
    expect(chain('27')).toEqual([['23'], ['31'], ['27']])
  })

  it('ignores links of other types', () => {
    const chain = dossier(
      [['2', '1']],
      [
        { type: 'contradicts', direction: 'out', other: '5' },
        { type: 'supports', direction: 'in', other: '6' },
      ],
    )
    expect(chain('2')).toEqual([['1'], ['2']])
  })

  it('puts two claims revising the same one in one step, by number', () => {
    const chain = dossier([
      ['4', '1'],
      ['2', '1'],
      ['3', '2'],
    ])
    expect(chain('3')).toEqual([['1'], ['2', '4'], ['3']])
  })

  it('places a claim revising two others after both', () => {
    const chain = dossier([
      ['3', '1'],
      ['3', '2'],
      ['2', '1'],
    ])
    expect(chain('1')).toEqual([['1'], ['2'], ['3']])
  })

  it('ends on a cycle, breaking it at its first claim, each claim once', () => {
    const cycle = dossier([
      ['2', '1'],
      ['3', '2'],
      ['1', '3'],
    ])
    expect(cycle('2')).toEqual([['1'], ['2'], ['3']])
    const withTail = dossier([
      ['2', '1'],
      ['1', '2'],
      ['5', '2'],
    ])
    expect(withTail('5')).toEqual([['1'], ['2'], ['5']])
  })

  it('ignores a claim revising itself, and counts a repeated link once', () => {
    const chain = dossier([
      ['1', '1'],
      ['2', '1'],
      ['2', '1'],
    ])
    expect(chain('1')).toEqual([['1'], ['2']])
  })

  it('keeps a claim this copy has not received, placed by its links', () => {
    const linksOf = (id: string): ChainLink[] =>
      id === 'c_1' ? [{ type: 'revises', direction: 'in', other: 'c_missing' }] : []
    const order = (id: string) => (id === 'c_1' ? 0 : Number.MAX_SAFE_INTEGER)
    expect(revisionChain('c_1', linksOf, order)).toEqual([['c_1'], ['c_missing']])
  })

  it('stays fast on a long chain', () => {
    const pairs = Array.from({ length: 2_000 }, (_, i): [string, string] => [
      `${i + 2}`,
      `${i + 1}`,
    ])
    const steps = dossier(pairs)('1000')
    expect(steps).toHaveLength(2_001)
    expect(steps[0]).toEqual(['1'])
    expect(steps.at(-1)).toEqual(['2001'])
  })
})
