import { describe, expect, it } from 'vitest'
import {
  FIRST_SCREEN_MAX_CHARS,
  FIRST_SCREEN_ROWS,
  FIRST_SCREEN_TEXT,
  firstScreenOf,
  firstScreenSchema,
  type FirstScreenRecord,
} from '../../../src/renderer/first-screen/first-screen-record'
import { firstScreenList } from '../../../src/renderer/first-screen/first-screen-rows'
import { filterClaims, NO_FILTER } from '../../../src/renderer/logic/claim-filter'
import type { Dossier } from '../../../src/shared/dossier'
import { alice, newDossier } from '../../support/dossier-fixtures'

/** A dossier of `count` claims; claims 2 and 5 disputed, claim 3 confirmed, claim 4 removed. */
const dossierOf = (count: number, text = (n: number) => `Claim number ${n} about the dam`) => {
  const dossier = newDossier()
  const ids = dossier.addClaims(
    Array.from({ length: count }, (_, index) => ({
      text: text(index + 1),
      attribution: { who: index % 2 === 0 ? 'River authority' : 'Operator', role: 'spokesperson' },
      kind: 'other' as const,
    })),
    alice,
  )
  dossier.decide(ids[1]!, { status: 'disputed', rationale: 'figures differ' }, alice)
  dossier.decide(ids[4]!, { status: 'disputed', rationale: 'figures differ' }, alice)
  dossier.decide(ids[2]!, { status: 'confirmed', rationale: 'photos' }, alice)
  dossier.editClaim(ids[3]!, { removed: true }, alice)
  return dossier
}

const recordOf = (
  dossier: Dossier,
  filterKey = '',
  shown = filterClaims(dossier.claims(), NO_FILTER),
) =>
  firstScreenOf({
    dossierId: dossier.meta().id,
    meta: dossier.meta(),
    counts: dossier.counts(),
    claims: dossier.claims(),
    shown,
    filterKey,
    now: new Date('2026-11-28T04:00:00Z'),
  })

describe('the first screen record', () => {
  it('keeps the header, the counts and the first rows as the list shows them', () => {
    const record = recordOf(dossierOf(6))
    expect(record).toMatchObject({
      title: 'Dam failure',
      story: 'Upper valley',
      direction: 'ltr',
      counts: { unverified: 2, confirmed: 1, disputed: 2, retracted: 0, conflict: 0 },
      untrusted: 0,
      total: 5,
      shownCount: 5,
      filterKey: '',
      savedAt: '2026-11-28T04:00:00.000Z',
    })
    expect(record.rows?.map((row) => [row.number, row.label])).toEqual([
      [1, 'unverified'],
      [2, 'disputed'],
      [3, 'confirmed'],
      [5, 'disputed'],
      [6, 'unverified'],
    ])
    expect(record.rows?.[0]).toEqual({
      number: 1,
      label: 'unverified',
      text: 'Claim number 1 about the dam',
      speaker: 'River authority, spokesperson',
    })
    expect(firstScreenSchema.parse(JSON.parse(JSON.stringify(record)))).toEqual(record)
  })

  it('stays small: at most 40 rows, texts cut, the whole within the cap', () => {
    const long = 'ن'.repeat(2_000)
    const record = recordOf(dossierOf(300, () => long))
    expect(record.rows).toHaveLength(FIRST_SCREEN_ROWS)
    expect(record.rows?.[0]?.text.length).toBeLessThanOrEqual(FIRST_SCREEN_TEXT + 1)
    expect(JSON.stringify(record).length).toBeLessThanOrEqual(FIRST_SCREEN_MAX_CHARS)
    expect(firstScreenSchema.safeParse(record).success).toBe(true)
  })

  it('rejects what is not a record: other shapes, unknown statuses, too many rows', () => {
    const record = recordOf(dossierOf(6))
    const bad: unknown[] = [
      null,
      'a string',
      { ...record, version: 2 },
      { ...record, counts: { ...record.counts, conflict: -1 } },
      { ...record, rows: [{ ...record.rows![0], label: 'approved' }] },
      { ...record, rows: Array.from({ length: FIRST_SCREEN_ROWS + 1 }, () => record.rows![0]) },
      { ...record, rows: [{ ...record.rows![0], text: 'x'.repeat(5_000) }] },
    ]
    for (const value of bad) expect(firstScreenSchema.safeParse(value).success).toBe(false)
  })
})

describe('the record against the filter in the address', () => {
  const record: FirstScreenRecord = recordOf(dossierOf(6))

  it('shows its rows for the same filter', () => {
    const list = firstScreenList(record, '#dossier=m_abc')
    expect(list.rows.map((row) => row.number)).toEqual([1, 2, 3, 5, 6])
    expect(list).toMatchObject({ shown: 5, total: 5 })
  })

  it('shows those of its rows with the one status asked for, when it is of the whole list', () => {
    const list = firstScreenList(record, '#dossier=m_abc&status=disputed')
    expect(list.rows.map((row) => row.number)).toEqual([2, 5])
    expect(list).toMatchObject({ shown: 2, total: 5 })
  })

  it('shows only the counts for any other filter', () => {
    for (const hash of [
      '#dossier=m_abc&q=dam',
      '#dossier=m_abc&sort=status',
      '#status=confirmed&q=x',
    ])
      expect(firstScreenList(record, hash)).toEqual({ rows: [], shown: null, total: 5 })
    const filtered = recordOf(dossierOf(6), 'status=disputed')
    expect(firstScreenList(filtered, '#dossier=m_abc').rows).toEqual([])
  })
})
