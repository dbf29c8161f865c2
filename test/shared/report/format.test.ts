import * as Y from 'yjs'
import { describe, expect, it } from 'vitest'
import { Dossier } from '../../../src/shared/dossier'
import { createDeviceKey, signerFromKey } from '../../../src/shared/identity'
import { authorLabel, formatTime } from '../../../src/shared/report/format'
import {
  REPORT_FORMATS,
  isReportFormat,
  reportExtension,
  reportMediaType,
} from '../../../src/shared/report'

describe('formatTime', () => {
  it('shows minutes in UTC whatever the offset', () => {
    expect(formatTime('2025-03-03T10:15:42.123+02:00')).toBe('2025-03-03 08:15 UTC')
    expect(formatTime('not a time')).toBe('not a time')
  })
})

describe('authorLabel', () => {
  it('uses the signed display name, or the start of the key when none has arrived', () => {
    const ana = signerFromKey(createDeviceKey('Ana Ruiz'))
    const dossier = Dossier.create(new Y.Doc(), { title: 'T', sourceText: 'text' })
    dossier.addClaim({ text: 'c', attribution: { who: 'x' }, kind: 'other' }, ana)
    expect(authorLabel(dossier, ana.publicKey)).toBe('Ana Ruiz')
    const stranger = 'f'.repeat(64)
    expect(authorLabel(dossier, stranger)).toBe('unnamed key ffffffff')
  })
})

describe('report formats', () => {
  it('lists each format with a file extension and a media type', () => {
    expect(REPORT_FORMATS).toEqual(['md', 'html', 'json', 'csv', 'claimreview'])
    expect(REPORT_FORMATS.map(reportExtension)).toEqual(['md', 'html', 'json', 'csv', 'jsonld'])
    expect(REPORT_FORMATS.map(reportMediaType)).toEqual([
      'text/markdown; charset=utf-8',
      'text/html; charset=utf-8',
      'application/json',
      'text/csv; charset=utf-8; header=present',
      'application/ld+json',
    ])
    expect(isReportFormat('csv')).toBe(true)
    expect(isReportFormat('pdf')).toBe(false)
  })
})
