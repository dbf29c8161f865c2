import { speakerOf, textOf } from '../noun-phrases'
import type { Speaker } from '../noun-phrases'
import type { Context } from '../subject'
import { UNNAMED_SPEAKER } from '../types'
import type { Found } from './found'

const withoutPossessive = (speaker: Speaker): Speaker => ({
  ...speaker,
  who: speaker.who.replace(/['’]s$/, ''),
})

/** The speaker the words found name; undefined when they are only a pronoun to resolve. */
export const speakerFound = (ctx: Context, found: Found): Speaker | undefined => {
  const { tokens, rules, source } = ctx
  if (found.unnamed !== undefined)
    return { who: UNNAMED_SPEAKER, role: found.unnamed, type: 'person', plural: false }
  if (found.range === undefined) return undefined
  if (found.group) return { who: textOf(tokens, found.range, source), type: 'group', plural: true }
  const base = withoutPossessive(speakerOf(tokens, found.range, source, rules))
  // An honorific ("Dr") gives way to the role an apposition states.
  return found.role === undefined ||
    (base.role !== undefined && !rules.honorifics.has(base.role.toLowerCase().replace(/\.$/u, '')))
    ? base
    : { ...base, role: found.role }
}
