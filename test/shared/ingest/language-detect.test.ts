import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { directionOf } from '../../../src/shared/dossier'
import { createDeviceKey, signerFromKey } from '../../../src/shared/identity'
import { IngestError, detectLanguage, ingestStory } from '../../../src/shared/ingest'
import { asText, png } from './binary-files'
import { PARAGRAPHS, UNKNOWN_LATIN } from './language-samples'
import { FERRY_HTML, FLOOD_TEXT } from './stories'

const RTL = ['ar', 'fa', 'ur', 'he']

describe('detectLanguage', () => {
  it.each(Object.entries(PARAGRAPHS))('tells a paragraph in %s', (language, text) => {
    const detected = detectLanguage(text)
    expect(detected.language).toBe(language)
    expect(detected.direction).toBe(RTL.includes(language) ? 'rtl' : 'ltr')
    // The dossier derives its direction from the language: both must agree.
    expect(detected.direction).toBe(directionOf(detected.language))
    expect(detected.confidence).toBeGreaterThan(0.4)
    expect(detected.confidence).toBeLessThanOrEqual(1)
  })

  it('tells the languages of one script apart from one sentence', () => {
    expect(detectLanguage('He said the road was closed.').language).toBe('en')
    expect(detectLanguage('Il a dit que la route était fermée.').language).toBe('fr')
    expect(detectLanguage('Dijo que la carretera estaba cerrada.').language).toBe('es')
    expect(detectLanguage('Er sagte, die Straße ist nicht befahrbar.').language).toBe('de')
    // Persian and Urdu by their own letters, Ukrainian by і ї є.
    expect(detectLanguage('او گفت که جاده بسته است.').language).toBe('fa')
    expect(detectLanguage('اس نے کہا کہ سڑک بند ہے۔').language).toBe('ur')
    expect(detectLanguage('قال إن الطريق مغلقة.').language).toBe('ar')
    expect(detectLanguage('Він сказав, що дорога закрита.').language).toBe('uk')
    // Without ы э ё, Russian is told by its short words (он, что, на, не).
    expect(
      detectLanguage('Он сказал, что мост на ремонте и что паром пока не ходит.').language,
    ).toBe('ru')
  })

  it('keeps an English story that quotes an Arabic name English', () => {
    const story = [
      'Police in the harbour town said that Mohammed al-Rashid (محمد الراشد) was questioned on',
      'Friday and released without charge. His lawyer, Layla Haddad (ليلى حداد), said the case',
      'had been closed and that her client would not comment.',
    ].join(' ')
    expect(detectLanguage(story)).toMatchObject({ language: 'en', direction: 'ltr' })
  })

  it('keeps an Arabic story that quotes Latin names and a Persian one Arabic', () => {
    const story =
      'قال المتحدث باسم الشرطة إن John Smith غادر المدينة يوم الجمعة، وإن الممثلة گلشیفته فراهانی لم تكن معه في السيارة.'
    expect(detectLanguage(story)).toMatchObject({ language: 'ar', direction: 'rtl' })
  })

  it('says und for languages it does not know, for no letters, and for an even mix', () => {
    for (const text of Object.values(UNKNOWN_LATIN))
      expect(detectLanguage(text).language).toBe('und')
    expect(detectLanguage('สภาเมืองลงมติปิดสะพานเก่าเมื่อวันจันทร์')).toEqual({
      language: 'und',
      direction: 'ltr',
      confidence: 0,
    })
    expect(detectLanguage('')).toMatchObject({ language: 'und', confidence: 0 })
    expect(detectLanguage('2025-06-03 14:00 — 31 / 27 (+4)')).toMatchObject({ language: 'und' })
    expect(detectLanguage(`${PARAGRAPHS['en']} ${PARAGRAPHS['ru']}`).language).toBe('und')
    expect(detectLanguage('Ferry.').language).toBe('und')
  })

  it('reads the start of a long story only', () => {
    const long = `${PARAGRAPHS['de']!} `.repeat(500) + PARAGRAPHS['en']!.repeat(5000)
    expect(detectLanguage(long).language).toBe('de')
  })
})

describe('ingestStory sets the dossier’s language and direction', () => {
  const signer = signerFromKey(createDeviceKey('Ana Ruiz'))
  const ingest = (text: string, language?: string) =>
    ingestStory(
      new Y.Doc(),
      { text, filename: 'story.txt', ...(language === undefined ? {} : { language }) },
      signer,
    ).dossier.meta()

  it('from the story’s text', () => {
    expect(ingest(PARAGRAPHS['ar']!)).toMatchObject({ language: 'ar', direction: 'rtl' })
    expect(ingest(PARAGRAPHS['he']!)).toMatchObject({ language: 'he', direction: 'rtl' })
    expect(ingest(PARAGRAPHS['fr']!)).toMatchObject({ language: 'fr', direction: 'ltr' })
    expect(ingest(FLOOD_TEXT)).toMatchObject({ language: 'en', direction: 'ltr' })
    expect(ingest(UNKNOWN_LATIN['pl']!)).toMatchObject({ language: 'und', direction: 'ltr' })
  })

  it('from the text left once HTML is removed, not from its markup', () => {
    const html = `<html><head><title>Fermeture du pont</title></head><body><p>${PARAGRAPHS['fr']}</p></body></html>`
    expect(ingestStory(new Y.Doc(), { text: html }, signer).dossier.meta().language).toBe('fr')
    expect(ingestStory(new Y.Doc(), { text: FERRY_HTML }, signer).dossier.meta().language).toBe(
      'en',
    )
  })

  it('unless the caller names the language', () => {
    expect(ingest(PARAGRAPHS['ar']!, 'fa')).toMatchObject({ language: 'fa', direction: 'rtl' })
    expect(ingest(PARAGRAPHS['en']!, 'en-GB')).toMatchObject({ language: 'en-GB' })
  })

  it('and refuses a PNG read as text before anything is made', () => {
    expect(() => ingest(asText(png()))).toThrow(IngestError)
    expect(() => ingest(asText(png()))).toThrow(/is a PNG image \(a binary file\), not a story/)
  })
})
