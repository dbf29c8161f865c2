import type { SpeechVerb } from './types'

/** A set of the space-separated words. */
export const set = (words: string): ReadonlySet<string> => new Set(words.trim().split(/\s+/))

/** Phrases separated by "|", each a list of its words. */
export const phrases = (list: string): string[][] =>
  list.split('|').map((phrase) => phrase.trim().split(/\s+/))

/** Every form of a speech verb gets the same properties; an -ing form is a participle. */
export const verbs = (
  forms: string,
  properties: SpeechVerb = {},
  participleEnding = 'ing',
): Record<string, SpeechVerb> => {
  const table: Record<string, SpeechVerb> = {}
  for (const form of forms.trim().split(/\s+/)) {
    const participle = form.endsWith(participleEnding)
    table[form] = participle ? { ...properties, participle } : properties
  }
  return table
}
