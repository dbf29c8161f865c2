import type { AttributionDraft } from '../attribution'
import type { Resolved } from '../discourse'
import { UNKNOWN_SPEAKER, UNNAMED_SPEAKER } from '../types'
import type { ReadSentence } from './read-sentence'

interface Introducer {
  readonly sentence: number
  readonly paragraph: number
  readonly resolved: Resolved
}

/**
 * "Margaret Ellwood, chair of the union, said:": a sentence that ends in a colon and gives no
 * figure only introduces what follows; it states nothing to check of its own.
 */
export const introducesOnly = (read: ReadSentence): boolean =>
  endsInColon(read) && !read.figures.some((figure) => figure.trigger)

const endsInColon = (read: ReadSentence): boolean => read.sentence.text.trimEnd().endsWith(':')

const named = (resolved: Resolved): boolean => {
  const who = resolved.speaker?.who
  return who !== undefined && who !== UNKNOWN_SPEAKER && who !== UNNAMED_SPEAKER
}

/**
 * "Margaret Ellwood, chair of the union, said:" and, in the paragraph after it, a quotation: the
 * quotation is hers, though it does not name her (a press release quotes its officials this
 * way). A quotation within a paragraph is one sentence however many it holds (`sentences.ts`).
 */
export class IntroducedQuotes {
  private introducer: Introducer | undefined
  /** Whether the paragraph after the introducer opens with a quotation mark. */
  private introduced = false

  /** The voice of whoever introduced the quoted paragraph this sentence is in, if it is in one. */
  voiceOf(read: ReadSentence): Resolved | undefined {
    const { index, sentence, tokens } = read
    const { introducer } = this
    if (introducer === undefined || sentence.paragraph !== introducer.paragraph + 1)
      return undefined
    if (introducer.sentence === index - 1) this.introduced = tokens[0]?.kind === 'quote'
    return this.introduced ? introducer.resolved : undefined
  }

  /** A sentence that names its speaker and ends in a colon introduces the paragraph after it. */
  observe(read: ReadSentence, draft: AttributionDraft | null, resolved: Resolved): void {
    const { index, sentence } = read
    if (draft === null || !named(resolved) || !endsInColon(read)) return
    this.introducer = { sentence: index, paragraph: sentence.paragraph, resolved }
    this.introduced = false
  }
}
