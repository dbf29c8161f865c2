/**
 * Speaker noun phrases without a part-of-speech tagger: runs of capitalised words, speaker nouns
 * ("officials", "media") and their modifiers, read outwards from a speech verb.
 */
export { isNameWord } from './word-classes'
export { phraseAfter } from './phrase-after'
export { phraseBefore } from './phrase-before'
export { textOf } from './range'
export type { Range } from './range'
export type { Speaker, SpeakerType } from './speaker'
export { speakerOf } from './speaker-of'
export { namedEntities } from './named-entities'
