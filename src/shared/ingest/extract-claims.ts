import type { Attribution, ClaimKind } from '../dossier'
import { findAttribution } from './attribution'
import { CompanyReferent } from './company-across-paragraphs'
import type { SentenceBefore } from './company-referent'
import { countedQualifiers, withCountedUnits } from './counted'
import { compatibleUnits } from './compatible-units'
import { countedAgain } from './counted-again'
import { replacedFigure } from './figure-replaced'
import { referredRevision } from './figure-referred'
import type { PlacedSentence } from './figure-referred'
import { statedAsIt } from './stated-as-it'
import { planRestated } from './plan-restated'
import { ToldAfter } from './told-after'
import { linkToldBackwards } from './told-backwards'
import { classify, signalsOf } from './classify'
import { Discourse } from './discourse'
import type { Resolved } from './discourse'
import { findFigures } from './figures'
import type { FoundFigure } from './figures'
import { EntryOrder, linkForward, restatedFigure } from './newest-first'
import type { Unresolved } from './newest-first'
import { namedEntities } from './noun-phrases'
import { findRevisions, passiveRevision } from './revisions'
import type { Revision } from './revisions'
import { restatement, sameSpeaker } from './restated'
import { rulesFor } from './rules'
import type { LanguageRules } from './rules'
import { clauseDrafts, withSecondClause } from './clause-drafts'
import { toFigure } from './draft'
import type { Draft } from './draft'
import { feelingOnly, quotedRemark } from './quoted-remarks'
import { measureTaken } from './measures-taken'
import { releaseHeader } from './release-header'
import { reportedAtTime } from './reported-at'
import { saysNothing } from './says-nothing'
import { reportedClause, secondClause } from './second-clause'
import { sectionHeading } from './section-heading'
import { paragraphSpans, splitSentences } from './sentences'
import { introducedPeople } from './speaker-shapes'
import { resolvedForm, speakerForm } from './speaker-form'
import type { Speaker } from './noun-phrases'
import { withoutNameAsides } from './name-asides'
import { withSameSource } from './same-source'
import { DocumentOwners, documentSubject, resolveDocument } from './document-owner'
import type { Sentence } from './sentences'
import { timeWithin } from './time-phrases'
import { colouredWarning } from './weather-warning'
import { votedTo } from './voted-to'
import { tokenize } from './tokens'
import type { Token } from './tokens'
import type { ClaimCandidate, ExtractOptions } from './types'
import { UNKNOWN_SPEAKER, UNNAMED_SPEAKER } from './types'

/** Longer "sentences" are unsplit blobs (tables, lists run together), not claims. */
const MAX_SENTENCE = 2_000
/** How far back a revision in a later sentence looks for the figure it revises. */
const SAME_SPEAKER_LOOKBACK = 30
const ANY_SPEAKER_LOOKBACK = 3
/** From anyone, when the earlier claim names what the revision counts ("injured"). */
const NAMED_COUNT_LOOKBACK = 8

/** A sentence whose speaker was resolved, for a quotation standing alone after it. */
interface Said {
  readonly sentence: number
  readonly paragraph: number
  readonly resolved: Resolved
}

/** The words of a few short lists, each once, in the order first seen (as a Set keeps them). */
const distinct = (...lists: readonly (readonly string[])[]): string[] => {
  const words: string[] = []
  for (const list of lists) for (const word of list) if (!words.includes(word)) words.push(word)
  return words
}

/**
 * The candidate a draft stands for: everything but where it came from. Two literals rather than
 * a spread for `revisionOf` (ten times the cost per claim), with the keys in the same order.
 */
const candidateOf = (draft: Draft): ClaimCandidate =>
  draft.revisionOf === undefined
    ? {
        attribution: draft.attribution,
        text: draft.text,
        start: draft.start,
        end: draft.end,
        kind: draft.kind,
        figures: draft.figures,
        cues: draft.cues,
      }
    : {
        attribution: draft.attribution,
        text: draft.text,
        start: draft.start,
        end: draft.end,
        kind: draft.kind,
        figures: draft.figures,
        revisionOf: draft.revisionOf,
        cues: draft.cues,
      }

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
  const drafts: Draft[] = []
  let quoted: Said | undefined
  let spoke: Said | undefined
  let before: SentenceBefore | undefined
  const company = new CompanyReferent()
  const order = new EntryOrder()
  const unresolved: Unresolved[] = []
  const toldAfter = new ToldAfter()
  const documents = new DocumentOwners()
  const formsOf = (speakers: readonly Speaker[], tokens: readonly Token[], holders = true) =>
    speakers.flatMap((speaker) => speakerForm(speaker, tokens, source, rules, holders) ?? [])

  const paragraphs = paragraphSpans(source)
  splitSentences(source, rules).forEach((sentence, index) => {
    if (sentence.text.length > MAX_SENTENCE) return
    order.observe(sentence.text)
    const tokens = tokenize(sentence.text, sentence.start, rules.numbers.spacedDigits)
    const figures = withCountedUnits(tokens, findFigures(tokens, source, rules), rules)
    const revisions = findRevisions(tokens, figures, source, rules)
    const signals = signalsOf(tokens, rules)
    const claims = revisions.length > 0 || signals.denial.length > 0 || signals.blame.length > 0
    // "On Wednesday morning the agency revised its figures. It later lowered the toll to 15":
    // the subject of a revision without a figure is who the next "it" is, but states nothing.
    const unquoted = (words: ReadonlySet<string>): boolean =>
      tokens.some((token) => !token.inQuote && words.has(token.lower))
    const revisesOnly = !claims && unquoted(rules.revision.verbs) && unquoted(rules.revision.nouns)
    // "The meeting has been moved to Friday": the subject of a passive revision is what moved.
    const revisedBy =
      signals.denial.length > 0 || signals.blame.length > 0 || !passiveRevision(revisions, rules)
    // "Odile Fermat (divers gauche), a estimé": who speaks is read past a bracketed party label.
    const speakerTokens = withoutNameAsides(tokens)
    const draft = withSameSource(
      findAttribution(speakerTokens, sentence, source, rules, {
        subjectSpeaks: (claims && revisedBy) || revisesOnly,
        documentSpeaks: figures.some((figure) => figure.trigger),
      }),
      speakerTokens,
      rules,
    )
    // A quotation on its own goes on in the voice of the speaker just before: one quoted in the
    // sentence before, or one named in the sentence before in the same paragraph ("Marta Ilves
    // said sales had fallen. "We have lost 40 customers a day."").
    const continues = (last: typeof quoted): boolean =>
      last?.sentence === index - 1 && (last === quoted || last.paragraph === sentence.paragraph)
    // A sentence that points back (a revision that names nobody, "That compares with …") goes
    // on in the voice of the speaker of the sentence before, in the same paragraph.
    const goesOn =
      draft === null &&
      spoke?.sentence === index - 1 &&
      spoke.paragraph === sentence.paragraph &&
      pointsBack(tokens, figures, revisions, rules)
    const continued =
      draft === null && tokens[0]?.kind === 'quote'
        ? continues(quoted)
          ? quoted!.resolved
          : continues(spoke)
            ? spoke!.resolved
            : undefined
        : goesOn
          ? spoke!.resolved
          : undefined
    // "The report concluded", "Its survey shows": the document's owner speaks.
    const document = documentSubject(draft, speakerTokens, rules)
    const resolved = resolvedForm(
      company.resolve(
        continued ??
          (document === undefined
            ? discourse.resolve(draft, index)
            : resolveDocument(draft!, document, index, documents, discourse, rules)),
        before,
        sentence.paragraph,
        source,
        rules,
      ),
      speakerTokens,
      source,
      rules,
    )
    // Someone unnamed who speaks here is that speaker, not also someone introduced.
    const introduced =
      resolved.speaker?.who === UNNAMED_SPEAKER
        ? []
        : formsOf(introducedPeople(speakerTokens, sentence, source, rules), speakerTokens)
    const people: string[] = []
    const longNames: string[] = []
    const named = formsOf(namedEntities(tokens, source, rules, people, longNames), tokens, false)
    discourse.observe(index, resolved.speaker, named, introduced, people, longNames)
    documents.observe(index, speakerTokens, draft, resolved.speaker, rules, document, people)
    before = { tokens, paragraph: sentence.paragraph, speaker: resolved.speaker }
    const hasQuote = tokens.some((token) => token.kind === 'quote')
    const said = { sentence: index, paragraph: sentence.paragraph, resolved }
    if (hasQuote && resolved.speaker !== undefined) quoted = said
    if (resolved.speaker !== undefined && resolved.speaker.who !== UNKNOWN_SPEAKER) spoke = said

    const standing = draft?.ifNamedBefore === true && resolved.speaker === undefined ? null : draft
    const stated = standing !== null && !(revisesOnly && standing.cues.includes('subject'))
    const attributed = stated || continued !== undefined
    const time = timeWithin(tokens, 0, tokens.length, source, rules)
    const hasTime = time !== null
    const remark = quotedRemark(tokens, figures, signals, hasTime)
    const worth =
      (stated && !(remark && feelingOnly(tokens, rules))) ||
      (continued !== undefined && !remark) ||
      revisions.length > 0 ||
      figures.some((figure) => figure.trigger) ||
      (signals.event.length > 0 && hasTime) ||
      signals.outcome.length > 0 ||
      measureTaken(tokens, rules) ||
      reportedAtTime(tokens, rules) ||
      votedTo(tokens, rules) ||
      colouredWarning(tokens, rules)
    if (!worth) return
    // Sentences that state nothing of their own, whatever else would make them worth a claim.
    if (saysNothing(tokens, rules) || sectionHeading(tokens, rules) || releaseHeader(tokens, rules))
      return

    const kind = classify(signals, figures, attributed, hasTime, rules)
    const cues = distinct(resolved.cues, signals.denial, signals.blame)
    const attribution = resolved.attribution
    const common = { sentence: index, attribution }

    const inSentence = revisions.filter((revision) => revision.original !== undefined)
    if (inSentence.length > 0) {
      const at = drafts.length
      drafts.push(...revisionDrafts(sentence, figures, inSentence, common, cues, at, source))
      for (let draft = at; draft < drafts.length; draft += 1) toldAfter.revision(draft, true)
      return
    }
    const crossing = revisions[0]
    if (crossing !== undefined) {
      const qualifiers = countedQualifiers(tokens, crossing.revised.first, rules)
      const crossed = crossSentenceDraft(
        sentence,
        figures,
        crossing,
        common,
        cues,
        drafts,
        rules,
        qualifiers,
      )
      const placed = placedSentence(sentence, paragraphs)
      // "It has since revised that to five": the figure "that" stands for, just before.
      const referred =
        crossing.replaces === undefined
          ? referredRevision(placed, tokens, figures, index, drafts, rules, crossing.revised)
          : undefined
      // "had risen to £6.3 million" with no claim the revision names: one that counts the same.
      const replaced =
        referred ??
        (crossed.revisionOf === undefined && crossing.replaces === undefined
          ? replacedFigure(
              placed,
              attribution.who,
              tokens,
              figures,
              index,
              drafts,
              rules,
              crossing.revised,
            )
          : undefined)
      const revised = replaced === undefined ? crossed : { ...crossed, revisionOf: replaced }
      const clause = secondClause(tokens, figures, time, rules)
      const found = revised.revisionOf !== undefined || crossing.replaces !== undefined
      toldAfter.revision(drafts.length, found)
      drafts.push(...withSecondClause(revised, crossing, tokens, clause, rules))
      return
    }
    const restated = restatement(tokens, figures, index, attribution.who, drafts, rules)
    const listed = figures.filter((figure) => !figure.minor).map(toFigure)
    const { text, start, end } = sentence
    const figureClause = restated === null ? secondClause(tokens, figures, time, rules) : -1
    const clause =
      figureClause < 0 && restated === null
        ? reportedClause(tokens, figures, source, rules)
        : figureClause
    if (clause >= 0) {
      const whole = { sentence: index, attribution, text, start, end, kind, figures: listed }
      drafts.push(...clauseDrafts(whole, tokens, clause, figures, cues, source, rules, discourse))
      return
    }
    if (restated === null && order.stamped) {
      const figure = restatedFigure(tokens, figures, rules)
      if (figure !== null) unresolved.push({ draft: drafts.length, sentence: index, ...figure })
    }
    const again =
      restated === null
        ? (countedAgain(figures, index, drafts, rules) ??
          statedAsIt(tokens, figures, index, drafts, rules) ??
          planRestated(tokens, figures, index, drafts, rules) ??
          replacedFigure(
            placedSentence(sentence, paragraphs),
            attribution.who,
            tokens,
            figures,
            index,
            drafts,
            rules,
          ))
        : undefined
    // "The first count had given her a margin of 341 votes": the claim that revised it, before.
    const reviser =
      again === undefined && restated === null
        ? toldAfter.revisedBy(tokens, figures, index, drafts, rules)
        : undefined
    if (restated !== null || again !== undefined) toldAfter.revision(drafts.length, true)
    drafts.push(
      restated === null
        ? {
            sentence: index,
            attribution,
            text,
            start,
            end,
            kind,
            figures: listed,
            found: figures,
            ...(again === undefined ? {} : { revisionOf: again }),
            cues,
          }
        : {
            sentence: index,
            attribution,
            text,
            start,
            end,
            kind: 'figure',
            figures: listed,
            found: figures,
            revisionOf: restated.target,
            cues: [...cues, restated.cue],
          },
    )
    if (reviser !== undefined)
      drafts[reviser] = { ...drafts[reviser]!, revisionOf: drafts.length - 1 }
  })

  if (unresolved.length > 0 && order.newestFirst) {
    for (const [draft, target] of linkForward(drafts, unresolved, rules)) {
      const restated = drafts[draft]!
      drafts[draft] = { ...restated, kind: 'figure', revisionOf: target }
    }
  }
  // "The deficit is larger than the £1.9 million forecast": figures told after the newest.
  linkToldBackwards(drafts, source, rules)
  return drafts.map(candidateOf)
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

interface Common {
  readonly sentence: number
  readonly attribution: Attribution
}

/**
 * "31 (later revised to 27)": one candidate per figure in the chain, each revising the last. Each
 * quotes the source's own words: the first the whole sentence, each revision its own clause
 * ("later revised to 27"), never a sentence rewritten to state one figure.
 */
const revisionDrafts = (
  sentence: Sentence,
  figures: readonly FoundFigure[],
  revisions: readonly Revision[],
  common: Common,
  cues: readonly string[],
  firstIndex: number,
  source: string,
): Draft[] => {
  const first = revisions[0]!.original!
  const chain = [first, ...revisions.map((revision) => revision.revised)]
  const inChain = (figure: FoundFigure): boolean =>
    chain.some((link) => link.start === figure.start)
  const others = figures.filter((figure) => !inChain(figure) && !figure.minor)
  const kind: ClaimKind = 'figure'
  return chain.map((figure, position) => {
    const revision = position === 0 ? undefined : revisions[position - 1]!
    const start = revision === undefined ? sentence.start : revision.clauseStart
    const end = revision === undefined ? sentence.end : revision.clauseEnd
    const found = [figure, ...others]
    const draft = {
      sentence: common.sentence,
      attribution: common.attribution,
      text: source.slice(start, end),
      start,
      end,
      kind,
      figures: found.map(toFigure),
      found,
    }
    return revision === undefined
      ? { ...draft, cues: [...cues] }
      : { ...draft, revisionOf: firstIndex + position - 1, cues: [...cues, revision.cue] }
  })
}

/** Letters of a word that name it in any form: "kill" for "killed" and "killing". */
const STEM = 4

/** Stems by language and unit, worked out once: this runs for every revision in a story. */
const STEMS = new Map<string, readonly string[] | undefined>()

/** The stems of the kind of count a unit belongs to ("dead": kill, dead, died, deat, …). */
const familyStems = (unit: string, rules: LanguageRules): readonly string[] | undefined => {
  const key = `${rules.language} ${unit}`
  if (STEMS.has(key)) return STEMS.get(key)
  const family = rules.unitFamilies.find((members) => members.includes(unit))
  const stems = family?.map((member) => member.slice(0, STEM))
  STEMS.set(key, stems)
  return stems
}

/**
 * What a revision names as revised, when it is a noun of its own: "budget" in "raised the
 * arena's budget to", "cost" in "put up the cost to"; not "the figure", "the toll" or any other
 * word that takes its meaning from what it revises, and not a unit ("households"), which the
 * count look-ups read already. Plain letters only, so it can stand in a pattern.
 */
const revisedObject = (cue: string, rules: LanguageRules): string | undefined => {
  const words = cue.toLowerCase().split(/\s+/u)
  if (words[words.length - 1] !== rules.revision.to) return undefined
  const noun = words[words.length - 2]
  if (noun === undefined || !/^\p{Ll}{4,}$/u.test(noun)) return undefined
  if (rules.revision.nouns.has(noun) || rules.countNouns.has(noun)) return undefined
  if (rules.revision.verbs.has(noun) || rules.revision.directions.has(noun)) return undefined
  if (rules.revision.fillers.has(noun) || rules.determiners.has(noun)) return undefined
  return noun
}

/** "The toll later rose to 31": the candidate revises the latest matching earlier figure. */
const crossSentenceDraft = (
  sentence: Sentence,
  figures: readonly FoundFigure[],
  revision: Revision,
  common: Common,
  cues: readonly string[],
  earlier: readonly Draft[],
  rules: LanguageRules,
  /** Stems of what the count is of beyond "people": "missi" for "people still missing". */
  qualifiers: readonly string[] = [],
): Draft => {
  const ownUnit = figures.find((figure) => figure.start === revision.revised.start)?.unit
  const { replaces } = revision
  const moved = revision.revised.category === 'date'
  const counted = ownUnit ?? revision.revised.unit
  // A figure that says what it counts before one that does not: "5,800 households" revises the
  // household count, not the same speaker's "two of the five storage tanks" in between.
  let strict = counted !== undefined
  const matching = (draft: Draft): FoundFigure | undefined =>
    draft.found.find((figure) => {
      if (strict && figure.unit === undefined) return false
      // "78 percent, not 81 percent" revises the claim that said 81 percent.
      if (replaces !== undefined)
        return (
          figure.value === replaces.value &&
          figure.category === replaces.category &&
          compatibleUnits(figure.unit, replaces.unit, rules)
        )
      if (moved) return figure.category === 'date'
      return (
        (figure.category === 'count' || figure.category === 'measure') &&
        // "1 750 évacués" does not revise "2 650 hectares": a count revises a count.
        figure.category === revision.revised.category &&
        (compatibleUnits(figure.unit, counted, rules) ||
          // "1,200 families had been displaced" counts families too.
          (counted !== undefined && figure.raw.toLowerCase().includes(counted)))
      )
    })
  const speaker = common.attribution.who
  // Drafts are in sentence order: walk back from the newest, no further than the lookback.
  const latest = (lookback: number, fits: (draft: Draft) => boolean): number => {
    for (let index = earlier.length - 1; index >= 0; index -= 1) {
      const draft = earlier[index]!
      if (draft.sentence < common.sentence - lookback) return -1
      if (fits(draft)) return index
    }
    return -1
  }
  const stem =
    counted === undefined || rules.anyUnits.has(counted) || counted.length < 5
      ? undefined
      : counted.slice(0, 5).toLowerCase()
  const qualified = (draft: Draft): boolean => {
    const text = draft.text.toLowerCase()
    return qualifiers.some((stem) => text.includes(stem))
  }
  const find = (): number => {
    // "The number of people still missing" revises the claim that said who was missing: the
    // same speaker's first, then anyone's as far back as a claim naming what is counted.
    if (qualifiers.length > 0) {
      const said = latest(
        SAME_SPEAKER_LOOKBACK,
        (draft) =>
          sameSpeaker(draft.attribution.who, speaker) &&
          matching(draft) !== undefined &&
          qualified(draft),
      )
      const named =
        said >= 0
          ? said
          : latest(
              NAMED_COUNT_LOOKBACK,
              (draft) => matching(draft) !== undefined && qualified(draft),
            )
      if (named >= 0) return named
    }
    // A correction that names the figure it replaces ("six, not four") is specific enough to
    // find it anywhere in the story, whoever is named for it.
    let found =
      speaker === UNKNOWN_SPEAKER && replaces === undefined
        ? -1
        : latest(
            replaces === undefined ? SAME_SPEAKER_LOOKBACK : common.sentence,
            (draft) =>
              (replaces !== undefined || sameSpeaker(draft.attribution.who, speaker)) &&
              matching(draft) !== undefined,
          )
    // From anyone: first a claim that names what is counted ("the number of injured" revises
    // "injuring at least 43 people"), then any claim with a figure that fits.
    if (found < 0 && stem !== undefined) {
      found = latest(
        NAMED_COUNT_LOOKBACK,
        (draft) => matching(draft) !== undefined && draft.text.toLowerCase().includes(stem),
      )
    }
    // "raised the arena's budget to £24 million" revises the claim that named the budget, from
    // anyone as far back as a speaker's own: the thing revised, named, is specific enough.
    const object = found < 0 ? revisedObject(revision.cue, rules) : undefined
    if (object !== undefined) {
      const named = new RegExp(`\\b${object}\\b`, 'iu')
      found = latest(
        SAME_SPEAKER_LOOKBACK,
        (draft) => matching(draft) !== undefined && named.test(draft.text),
      )
    }
    // "had raised the toll to 23" revises "killing at least 14 people": a count of a kind (the
    // dead, the injured) finds a claim whose words name that kind, from anyone.
    const family = found < 0 && counted !== undefined ? familyStems(counted, rules) : undefined
    if (found < 0 && family !== undefined) {
      found = latest(NAMED_COUNT_LOOKBACK, (draft) => {
        if (matching(draft) === undefined) return false
        const text = draft.text.toLowerCase()
        return family.some((stem) => text.includes(stem))
      })
    }
    if (found < 0) found = latest(ANY_SPEAKER_LOOKBACK, (draft) => matching(draft) !== undefined)
    return found
  }
  // A figure revised before is no longer the current one: "brought the figure down to 21"
  // revises the 23 that replaced the 14, so the chain goes on from its newest link.
  const current = (index: number): number => {
    let at = index
    for (let later = index + 1; later < earlier.length; later += 1) {
      const draft = earlier[later]!
      if (draft.revisionOf === at && matching(draft) !== undefined) at = later
    }
    return at
  }
  let targetIndex = find()
  if (targetIndex < 0 && strict) {
    strict = false
    targetIndex = find()
  }
  if (targetIndex >= 0) targetIndex = current(targetIndex)
  const target = earlier[targetIndex]
  const targetUnit = target === undefined ? undefined : matching(target)?.unit
  // "the toll" (the dead) says more than the "people" of the figure it revises.
  const vaguer =
    targetUnit === undefined ||
    (revision.revised.unit !== undefined && rules.anyUnits.has(targetUnit))
  const revised =
    ownUnit === undefined && !vaguer ? { ...revision.revised, unit: targetUnit } : revision.revised
  const found = figures
    .map((figure) => (figure.start === revised.start ? revised : figure))
    .filter((figure) => !figure.minor || figure === revised)
  const draft = {
    sentence: common.sentence,
    attribution: common.attribution,
    text: sentence.text,
    start: sentence.start,
    end: sentence.end,
    kind: 'figure' as const,
    figures: found.map(toFigure),
    found,
  }
  const withCue = [...cues, revision.cue]
  return target === undefined
    ? { ...draft, cues: withCue }
    : { ...draft, revisionOf: targetIndex, cues: withCue }
}

/** A sentence with where its paragraph starts, where a reference looks back first. */
const placedSentence = (
  sentence: Sentence,
  paragraphs: readonly { readonly start: number }[],
): PlacedSentence => ({
  text: sentence.text,
  start: sentence.start,
  paragraphStart: paragraphs[sentence.paragraph]?.start ?? sentence.start,
})
