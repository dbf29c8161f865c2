import type { LanguageRules } from '../rules'
import type { Revision } from './revision'

/**
 * "The meeting has been moved to Friday", "The toll was revised to 23": a revision in the passive
 * names what was revised as its subject, not who revised it, so the subject is no speaker. Read
 * in the revisions' own words (their cue), so "had raised the toll to 23, after … had been cut
 * off" stays active.
 */
export const passiveRevision = (revisions: readonly Revision[], rules: LanguageRules): boolean =>
  revisions.some((found) => {
    if (found.subjectRevised === true) return true
    const words = found.cue.toLowerCase().split(/\s+/u)
    for (let at = 1; at < words.length; at += 1) {
      if (!rules.passiveAuxiliaries.has(words[at - 1]!)) continue
      const verb = words[at]!
      if (rules.revision.verbs.has(verb) || rules.revision.dateVerbs.has(verb)) return true
    }
    return false
  })
