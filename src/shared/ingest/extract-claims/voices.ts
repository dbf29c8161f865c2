import type { AttributionDraft } from '../attribution'
import { CompanyReferent } from '../company-across-paragraphs'
import type { SentenceBefore } from '../company-referent'
import type { Discourse, Resolved } from '../discourse'
import { DocumentOwners, documentSubject, resolveDocument } from '../document-owner'
import type { DocumentSubject } from '../document-owner'
import type { FoundFigure } from '../figures'
import { namedEntities } from '../noun-phrases'
import type { Speaker } from '../noun-phrases'
import type { Revision } from '../revisions'
import type { LanguageRules } from '../rules'
import { resolvedForm, speakerForm } from '../speaker-form'
import { introducedPeople } from '../speaker-shapes'
import type { Token } from '../tokens'
import { UNKNOWN_SPEAKER, UNNAMED_SPEAKER } from '../types'
import { IntroducedQuotes } from './introduced-quotes'
import type { ReadSentence } from './read-sentence'

/** A sentence whose speaker was resolved, for a quotation standing alone after it. */
interface Said {
  readonly sentence: number
  readonly paragraph: number
  readonly resolved: Resolved
}

/** The one person a sentence named while no one spoke in it. */
interface Named {
  readonly sentence: number
  readonly paragraph: number
  readonly person: Speaker
}

/** Who speaks in a sentence, as the story so far tells. */
export interface Heard {
  readonly resolved: Resolved
  /** The voice of the sentence before, when this one names nobody and goes on in it. */
  readonly continued: Resolved | undefined
}

/**
 * Who speaks in each sentence of a story, in order: the sentence's own attribution resolved
 * against who the story named before, or the voice of the sentence before that it goes on in.
 */
export class Voices {
  private quoted: Said | undefined
  private spoke: Said | undefined
  private named: Named | undefined
  private before: SentenceBefore | undefined
  private readonly company = new CompanyReferent()
  private readonly documents = new DocumentOwners()
  private readonly quotations = new IntroducedQuotes()

  constructor(
    private readonly discourse: Discourse,
    private readonly source: string,
    private readonly rules: LanguageRules,
  ) {}

  /** Who speaks in the sentence, recorded for the sentences after it. */
  hear(read: ReadSentence, draft: AttributionDraft | null): Heard {
    const { sentence, index, speakerTokens } = read
    const { discourse, source, rules } = this
    const continued = this.carriedOn(read, draft)
    // "The report concluded", "Its survey shows": the document's owner speaks.
    const document = documentSubject(draft, speakerTokens, rules)
    const resolved = resolvedForm(
      this.company.resolve(
        continued ??
          (document === undefined
            ? discourse.resolve(draft, index)
            : resolveDocument(draft!, document, index, this.documents, discourse, rules)),
        this.before,
        sentence.paragraph,
        source,
        rules,
      ),
      speakerTokens,
      source,
      rules,
      (description) => discourse.organisationDescribed(description, index),
    )
    this.remember(read, draft, document, resolved)
    return { resolved, continued }
  }

  /** The voice of the sentence before, when a sentence that names nobody goes on in it. */
  private carriedOn(read: ReadSentence, draft: AttributionDraft | null): Resolved | undefined {
    if (draft !== null) return undefined
    // "… said:" and a quoted paragraph after it: the quotation is theirs.
    const introduced = this.quotations.voiceOf(read)
    if (introduced !== undefined) return introduced
    const { tokens, index, sentence } = read
    const { quoted, spoke } = this
    const spokeJustBefore = spoke?.sentence === index - 1 && spoke.paragraph === sentence.paragraph
    if (tokens[0]?.kind === 'quote') {
      // A quotation on its own goes on in the voice of the speaker just before: one quoted in
      // the sentence before, or one named in the sentence before in the same paragraph ("Marta
      // Ilves said sales had fallen. "We have lost 40 customers a day."").
      if (quoted?.sentence === index - 1) return quoted.resolved
      if (spokeJustBefore) return spoke.resolved
      // "Venn answers without hesitating. "Forty-one thousand."": the one person the sentence
      // before named, though it gave no words of theirs.
      const named = this.named
      const namedJustBefore =
        named?.sentence === index - 1 && named.paragraph === sentence.paragraph
      return namedJustBefore
        ? this.discourse.resolve({ speaker: named.person, cues: ['named before'] }, index)
        : undefined
    }
    // A sentence that points back (a revision that names nobody, "That compares with …") goes
    // on in the voice of the speaker of the sentence before, in the same paragraph.
    return spokeJustBefore && pointsBack(tokens, read.figures, read.revisions, this.rules)
      ? spoke.resolved
      : undefined
  }

  /** Records who the sentence names and who spoke in it, for the sentences after. */
  private remember(
    read: ReadSentence,
    draft: AttributionDraft | null,
    document: DocumentSubject | undefined,
    resolved: Resolved,
  ): void {
    const { sentence, index, tokens, speakerTokens } = read
    const { source, rules } = this
    // Someone unnamed who speaks here is that speaker, not also someone introduced.
    const introduced =
      resolved.speaker?.who === UNNAMED_SPEAKER
        ? []
        : this.formsOf(introducedPeople(speakerTokens, sentence, source, rules), speakerTokens)
    const people: string[] = []
    const longNames: string[] = []
    const named = this.formsOf(
      namedEntities(tokens, source, rules, people, longNames),
      tokens,
      false,
    )
    this.discourse.observe(index, resolved.speaker, named, introduced, people, longNames)
    this.documents.observe(index, speakerTokens, draft, resolved.speaker, rules, document, people)
    this.before = { tokens, paragraph: sentence.paragraph, speaker: resolved.speaker }
    this.quotations.observe(read, draft, resolved)
    const hasQuote = tokens.some((token) => token.kind === 'quote')
    const said = { sentence: index, paragraph: sentence.paragraph, resolved }
    if (hasQuote && resolved.speaker !== undefined) this.quoted = said
    if (resolved.speaker !== undefined && resolved.speaker.who !== UNKNOWN_SPEAKER)
      this.spoke = said
    const [person, other] = people
    this.named =
      resolved.speaker === undefined && person !== undefined && other === undefined
        ? {
            sentence: index,
            paragraph: sentence.paragraph,
            person: { who: person, type: 'person', plural: false },
          }
        : undefined
  }

  /** The forms of the speakers' names the discourse matches later mentions against. */
  private formsOf(
    speakers: readonly Speaker[],
    tokens: readonly Token[],
    holders = true,
  ): Speaker[] {
    return speakers.flatMap(
      (speaker) => speakerForm(speaker, tokens, this.source, this.rules, holders) ?? [],
    )
  }
}

/**
 * A sentence that goes on from the one before: a revision that names nobody ("Le nombre de
 * personnes évacuées a été porté à 1 750."), or a figure after "That" or "This" ("That compares
 * with roughly 900 hectares").
 */
const pointsBack = (
  tokens: readonly Token[],
  figures: readonly FoundFigure[],
  revisions: readonly Revision[],
  rules: LanguageRules,
): boolean =>
  revisions.some((revision) => revision.original === undefined) ||
  (rules.demonstratives.has(tokens[0]?.lower ?? '') &&
    !tokens[0]!.inQuote &&
    figures.some((figure) => figure.trigger))
