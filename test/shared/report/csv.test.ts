import { beforeAll, describe, expect, it } from 'vitest'
import { CSV_COLUMNS, csvCell, toCsv } from '../../../src/shared/report/csv'
import { parseCsv } from './parse-csv'
import { FORMULA_CLAIM, HOSTILE, buildSampleDossier } from './sample-dossier'
import type { SampleDossier } from './sample-dossier'

let sample: SampleDossier
let csv: string
let rows: Map<string, Record<string, string>>

beforeAll(() => {
  sample = buildSampleDossier()
  csv = toCsv(sample.dossier)
  const [header, ...records] = parseCsv(csv)
  rows = new Map(
    records.map((record) => {
      const row = Object.fromEntries(header!.map((column, at) => [column, record[at]!]))
      return [row.id!, row]
    }),
  )
})

const row = (name: keyof SampleDossier['ids']): Record<string, string> => {
  const found = rows.get(sample.ids[name])
  if (found === undefined) throw new Error(`no row for claim ${name}`)
  return found
}

describe('toCsv', () => {
  it('has a header row and one row per claim still in the dossier, in dossier order', () => {
    const [header, ...records] = parseCsv(csv)
    expect(header).toEqual([...CSV_COLUMNS])
    expect(records.map((record) => record[0])).toEqual(['1', '2', '3', '4', '5', '6', '7', '8'])
    expect(rows.has(sample.ids.removed)).toBe(false)
    expect(records.every((record) => record.length === CSV_COLUMNS.length)).toBe(true)
  })

  it('ends every record with CRLF and keeps line breaks inside a quoted cell', () => {
    expect(csv.endsWith('\r\n')).toBe(true)
    expect(csv).toContain('then\n')
    expect(csv.split('\r\n')).toHaveLength(1 + 8 + 1)
  })

  it('round-trips a cell with commas, quotes and a line break, defused as a formula', () => {
    expect(row('formula').claim).toBe(`'${FORMULA_CLAIM}`)
    expect(row('hostile').claim).toBe(HOSTILE.claim)
  })

  it('puts an apostrophe before cells a spreadsheet would run as formulas', () => {
    const formula = row('formula')
    expect(formula.speaker).toBe("'@channel")
    expect(formula.role).toBe("'+cmd|calc")
    expect(formula.where).toBe("'-2+3")
    expect(formula.figures).toBe("'-12")
  })

  it('fills the status, attribution, quote and history columns', () => {
    expect(row('revisedToll')).toMatchObject({
      status: 'confirmed',
      speaker: 'Col. Mara Voss',
      role: 'interior ministry spokesperson',
      where: 'state television',
      when: '2025-03-01',
      kind: 'figure',
      figures: '31 killed',
      quote: 'the toll had risen to 31',
      'quote state': 'intact',
      evidence: '1',
      decisions: '1',
      'latest rationale': 'Matches hospital list',
      links: 'revises claim 1',
    })
    expect(row('firstToll')).toMatchObject({ status: 'retracted', links: 'revised by claim 2' })
    expect(row('wounded')).toMatchObject({ quote: 'treated 85 wounded', 'quote state': 'edited' })
    expect(row('closed')['quote state']).toBe('lost')
    expect(row('closed').quote).toContain('closed since noon')
    expect(row('hostile')['quote state']).toBe('none')
  })

  it('names both sides of a conflict in the rationale column', () => {
    expect(row('blame')).toMatchObject({
      status: 'conflict',
      decisions: '2',
      'latest rationale':
        'confirmed: Ministry showed shell fragments | disputed: Fragments cannot be traced to a unit',
    })
  })

  it('adds a byte order mark only when asked', () => {
    expect(csv.startsWith('number,')).toBe(true)
    expect(toCsv(sample.dossier, { bom: true }).startsWith('\uFEFFnumber,')).toBe(true)
  })
})

describe('csvCell', () => {
  it.each(['=1+1', '+1', '-1', '@SUM(A1)', '\tcmd', '\rcmd'])('defuses %j', (value) => {
    expect(parseCsv(`${csvCell(value)}\r\n`)).toEqual([[`'${value}`]])
  })

  it('leaves ordinary text and numbers alone and quotes only when needed', () => {
    expect(csvCell('plain text')).toBe('plain text')
    expect(csvCell(42)).toBe('42')
    expect(csvCell('a, b')).toBe('"a, b"')
    expect(csvCell('say "no"')).toBe('"say ""no"""')
    expect(csvCell('two\nlines')).toBe('"two\nlines"')
    expect(csvCell('a = b')).toBe('a = b')
  })
})
