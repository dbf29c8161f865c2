import { describedUnnamed } from '../described-unnamed'
import { Discourse } from '../discourse'
import { EntryOrder, linkForward } from '../newest-first'
import { NamedInFull } from '../named-in-full'
import { PublishedDocuments } from '../published-documents'
import { issuedBy, releaseIssuer } from '../release-issuer'
import { rulesFor } from '../rules'
import { paragraphSpans, splitSentences } from '../sentences'
import { ToldAfter } from '../told-after'
import { linkToldBackwards } from '../told-backwards'
import type { ClaimCandidate, ExtractOptions } from '../types'
import { candidateOf } from './candidate-of'
import { introducesOnly } from './introduced-quotes'
import { draftCrossingRevision } from './crossing-revision'
import { firstRevisesEarlier } from './first-revises-earlier'
import type { ReadSentence } from './read-sentence'
import { readSentence } from './read-sentence'
import { revisionDrafts } from './revision-drafts'
import { claimIn } from './sentence-claim'
import type { SentenceClaim } from './sentence-claim'
import { revisesOnly, statedAttribution } from './stated-attribution'
import { draftStatement } from './statement-drafts'
import type { StoryDrafts } from './story-drafts'
import { Voices } from './voices'

/** Longer "sentences" are unsplit blobs (tables, lists run together), not claims. */
const MAX_SENTENCE = 2_000

/**
 * Claim candidates in a story: attributed statements, sentences with figures, denials and
 * accusations. A figure revised in the same sentence yields two candidates, the second pointing
 * at the first with `revisionOf`; a revision in a later sentence points back at the candidate
 * whose figure it revises.
 */
export const extractClaims = (
  source: string,
  options: ExtractOptions = {},
  /** Tests pass their own to read how much of the story's history the resolver examined. */
  discourse: Discourse = new Discourse(rulesFor(options.language)),
): ClaimCandidate[] => {
  const rules = rulesFor(options.language)
  const story: StoryDrafts = {
    source,
    rules,
    paragraphs: paragraphSpans(source),
    drafts: [],
    order: new EntryOrder(),
    unresolved: [],
    toldAfter: new ToldAfter(),
    discourse,
  }
  const voices = new Voices(discourse, source, rules)
  splitSentences(source, rules).forEach((sentence, index) => {
    if (sentence.text.length > MAX_SENTENCE) return
    story.order.observe(sentence.text)
    const read = readSentence(sentence, index, source, rules)
    const onlyRevises = revisesOnly(read, rules)
    const draft = statedAttribution(read, onlyRevises, source, rules)
    const heard = voices.hear(read, draft)
    const claim = claimIn(read, draft, heard, onlyRevises, source, rules)
    if (claim !== null && !introducesOnly(read)) draftClaims(story, read, claim)
  })

  const { drafts, unresolved, order } = story
  if (unresolved.length > 0 && order.newestFirst) {
    for (const [draft, target] of linkForward(drafts, unresolved, rules)) {
      const restated = drafts[draft]!
      drafts[draft] = { ...restated, kind: 'figure', revisionOf: target }
    }
  }
  // "The deficit is larger than the £1.9 million forecast": figures told after the newest.
  linkToldBackwards(drafts, source, rules)
  // Who each speaker is, read once the whole story is known: the publisher of a document
  // ("a report released Tuesday by the city's Office of Housing Research"), a body named in full
  // ("the transit authority" for the "Harwick Regional Transit Authority"), someone named
  // nowhere ("the official said"). In story order: "the report" names the latest publisher.
  const named = new NamedInFull(source, rules)
  const published = new PublishedDocuments(rules, (body) => named.fullName(body))
  for (let at = 0; at < drafts.length; at += 1)
    drafts[at] = describedUnnamed(named.draft(published.draft(drafts[at]!)), rules)
  // A press release speaks for its issuer where no one else is named.
  const issuer = releaseIssuer(source, rules)
  return issuer === null
    ? drafts.map(candidateOf)
    : drafts.map((draft) => candidateOf(issuedBy(draft, issuer, rules)))
}

/**
 * A sentence's drafts: its own chain of revisions, a revision of a figure told before, or a
 * statement.
 */
const draftClaims = (story: StoryDrafts, read: ReadSentence, claim: SentenceClaim): void => {
  const { source, drafts, toldAfter } = story
  const { sentence, index, figures, revisions } = read
  const inSentence = revisions.filter((revision) => revision.original !== undefined)
  if (inSentence.length > 0) {
    const at = drafts.length
    const common = { sentence: index, attribution: claim.attribution }
    const earlier = firstRevisesEarlier(read, inSentence[0]!, common, drafts, story.rules)
    drafts.push(...revisionDrafts(sentence, figures, inSentence, common, claim.cues, at, source))
    if (earlier !== undefined && drafts[at]!.revisionOf === undefined)
      drafts[at] = { ...drafts[at]!, revisionOf: earlier }
    for (let draft = at; draft < drafts.length; draft += 1) toldAfter.revision(draft, true)
    return
  }
  const crossing = revisions[0]
  if (crossing !== undefined) draftCrossingRevision(story, read, claim, crossing)
  else draftStatement(story, read, claim)
}
