import { describe, expect, it } from 'vitest'
import {
  fileKindOf,
  languageParam,
  looksLikeDossierJson,
} from '../../src/renderer/logic/library-file-kind'

describe('what a file brought to the library is', () => {
  it('opens .dossier files and JSON exports, and takes anything else as a story', () => {
    expect(fileKindOf('ferry.dossier')).toBe('dossier')
    expect(fileKindOf('FERRY.JSON')).toBe('json')
    expect(fileKindOf('story.md')).toBe('story')
    expect(fileKindOf('photo.png')).toBe('story')
    expect(fileKindOf('no-extension')).toBe('story')
  })

  it('knows a JSON export by its format, whatever its name', () => {
    expect(looksLikeDossierJson('  {"format": "verification-desk.dossier+json"}')).toBe(true)
    expect(looksLikeDossierJson('{"format": "something else"}')).toBe(false)
    expect(looksLikeDossierJson('A story quoting "verification-desk.dossier+json"')).toBe(false)
  })

  it('sends a chosen language, and none for Detect', () => {
    expect(languageParam('ar')).toEqual({ language: 'ar' })
    expect(languageParam('detect')).toEqual({})
    expect(languageParam('xx')).toEqual({})
  })
})
