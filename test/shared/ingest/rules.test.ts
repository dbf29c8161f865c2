import { describe, expect, it } from 'vitest'
import { rulesFor, supportedLanguages } from '../../../src/shared/ingest'

describe('rulesFor', () => {
  it('picks a table by the primary language subtag', () => {
    expect(rulesFor('en').language).toBe('en')
    expect(rulesFor('EN-gb').language).toBe('en')
    expect(rulesFor('en_US').language).toBe('en')
  })

  it('falls back to English for languages without a table', () => {
    expect(rulesFor('ar').language).toBe('en')
    expect(rulesFor(undefined).language).toBe('en')
    expect(rulesFor('').language).toBe('en')
    expect(supportedLanguages()).toContain('en')
  })

  it('keeps the language knowledge in the table', () => {
    const en = rulesFor('en')
    expect(en.speechVerbs['denied']?.kind).toBe('denial')
    expect(en.speechVerbs['tweeted']?.venue).toBe('Twitter')
    expect(en.numbers.units['zero']).toBe(0)
    expect(en.pronouns['she']).toBe('person')
    expect(en.abbreviations.has('gen')).toBe(true)
  })
})
