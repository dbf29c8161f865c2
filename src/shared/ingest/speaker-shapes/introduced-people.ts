import { forWhomName } from '../for-whom'
import { nameWithAge } from '../named-with-age'
import { isNameWord, phraseAfter, speakerOf, textOf } from '../noun-phrases'
import type { Speaker } from '../noun-phrases'
import type { LanguageRules } from '../rules'
import { subjectStart } from '../subject'
import type { Context, Tokens } from '../subject'
import { titledSubject } from '../titled-subject'
import { bare } from '../tokens'
import { UNNAMED_SPEAKER } from '../types'
import { allNames } from './all-names'
import { describedSubject } from './described-subject'
import { MAX_UNNAMED } from './indefinite-subject'
import { personByRelative } from './person-by-relative'

/**
 * People a sentence introduces, so a later "he" or "she" can refer to them: its subject when
 * that is a person's full name ("Greta Lind, 71, keeps a notebook"), and someone unnamed ("spoke
 * to a man who ..."), recorded as an unnamed speaker with the sentence that introduced them.
 */
export const introducedPeople = (
  tokens: Tokens,
  sentence: { readonly start: number; readonly end: number },
  source: string,
  rules: LanguageRules,
): Speaker[] => {
  const ctx: Context = { tokens, source, rules }
  const people: Speaker[] = []
  // "12:40 Superintendent Howard Ng … has given a briefing": past a live blog's bare time too.
  const start = subjectStart(ctx)
  const subject = start < 0 ? null : phraseAfter(tokens, start, rules)
  const described = subject !== null && allNames(ctx, subject) ? null : describedSubject(ctx, start)
  const named =
    described?.range ??
    (subject !== null && allNames(ctx, subject) ? subject : null) ??
    // "For Anna Dorn, who chairs the board, the plan is a relief": she is introduced.
    forWhomName(tokens, rules)
  // "Among them was Deborah Vell, 68, a retired teacher": the named person, not the teacher.
  const aged = named === null ? nameWithAge(tokens, rules) : null
  if (aged !== null) return [{ ...speakerOf(tokens, aged, source, rules), type: 'person' }]
  // "Festival director Caspar Lindqvist-Hale has spoken to reporters": a titled name.
  const titled =
    named === null && subject !== null ? titledSubject(tokens, subject, source, rules) : null
  if (titled !== null) people.push(titled)
  if (named !== null) {
    const speaker = speakerOf(tokens, named, source, rules)
    // "le préfet de la Haute-Sarne, Paul Morvandel, a reçu …": the description is the role a
    // later "le préfet" finds him by.
    const role = described === null ? speaker.role : textOf(tokens, described.role, source)
    if (speaker.type === 'person' || speaker.type === 'name')
      people.push(
        role === undefined ? { ...speaker, type: 'person' } : { ...speaker, role, type: 'person' },
      )
  } else if (
    subject !== null &&
    subject.to === subject.from + 1 &&
    isNameWord(tokens, subject.from, rules)
  ) {
    // "Pellow did not concede": a bare surname, for the discourse to find in full.
    const verb = tokens[subject.to]
    if (verb !== undefined && verb.kind === 'word' && !verb.capital && !verb.inQuote)
      people.push({ who: tokens[subject.from]!.text, type: 'name', plural: false })
  }
  for (let at = 0; at + 1 < tokens.length; at += 1) {
    const token = tokens[at]!
    if (token.inQuote || !rules.indefinites.has(token.lower)) continue
    const next = tokens[at + 1]!
    const noun = rules.personNouns.has(bare(next)) ? next : tokens[at + 2]
    const person =
      (noun !== undefined && rules.personNouns.has(bare(noun))) ||
      personByRelative(ctx, at, tokens.length)
    if (!person) continue
    people.push({
      who: UNNAMED_SPEAKER,
      role: source.slice(sentence.start, sentence.end).slice(0, MAX_UNNAMED * 2),
      type: 'person',
      plural: false,
    })
    break
  }
  return people
}
