import type { SpeechVerb } from './types'

/**
 * French speech verbs in the imperfect ("la préfecture indiquait que …", "précisaient"): how a
 * story gives what a source said earlier, before a newer figure. Each form is built from the
 * past participle the table already holds ("indiqué" → "indiquait", "indiquaient"; "annoncé" →
 * "annonçait"), so the imperfect is one rule of the language rather than a second word list.
 */
export const imperfectsOf = (
  table: Readonly<Record<string, SpeechVerb>>,
): Record<string, SpeechVerb> => {
  const imperfects: Record<string, SpeechVerb> = {}
  for (const [form, verb] of Object.entries(table)) {
    // Only first-group participles ("-é") make a regular imperfect; "dit", "écrit" do not.
    if (!form.endsWith('é') || verb.participle === true) continue
    const stem = form.slice(0, -1)
    // "annonc-" keeps its soft c before "a": "annonçait".
    const soft = stem.endsWith('c') ? `${stem.slice(0, -1)}ç` : stem
    // "rappel-": the imperfect keeps the participle's stem ("rappelait").
    for (const ending of ['ait', 'aient']) {
      const imperfect = `${soft}${ending}`
      if (table[imperfect] === undefined) imperfects[imperfect] = verb
    }
  }
  return imperfects
}
