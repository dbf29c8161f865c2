import { describe, expect, it } from 'vitest'
import { untrustedImportNote } from '../../../src/shared/report/untrusted-history'

describe('untrustedImportNote', () => {
  it('is null when every decision is signed', () => {
    expect(untrustedImportNote({ tampered: 0, unsigned: 0 })).toBeNull()
  })
  it('counts tampered and unsigned decisions in words', () => {
    expect(untrustedImportNote({ tampered: 2, unsigned: 1 })).toBe(
      'Imported, but 2 decisions in it are tampered and 1 is unsigned: they are kept in the history and decide nothing.',
    )
    expect(untrustedImportNote({ tampered: 1, unsigned: 0 })).toBe(
      'Imported, but 1 decision in it is tampered: it is kept in the history and decides nothing.',
    )
    expect(untrustedImportNote({ tampered: 0, unsigned: 3 })).toBe(
      'Imported, but 3 decisions in it are unsigned: they are kept in the history and decide nothing.',
    )
  })
})
