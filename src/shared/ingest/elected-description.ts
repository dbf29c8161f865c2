import { has } from './own'

/** Heads of roles someone holds by election: the mayor, a deputy mayor, a member of parliament. */
const ELECTED: ReadonlySet<string> = new Set([
  'maire',
  'adjoint',
  'adjointe',
  'député',
  'députée',
  'sénateur',
  'sénatrice',
  'conseiller',
  'conseillère',
])

/**
 * Nouns that describe a person by a kind of role rather than the role itself, and the role heads
 * they stand for: "l'élu" after "le maire de Brévanne, Claude Fauquembergue" is the mayor.
 */
const KINDS: Readonly<Record<string, ReadonlySet<string>>> = {
  élu: ELECTED,
  élue: ELECTED,
}

/**
 * Whether a person named only by `noun` may be the one whose role is `role`, with the head
 * `head`: the same noun, or a kind of role and the role's first word after its article ("Le
 * maire de Brévanne").
 */
export const describesRole = (noun: string, head: string, role: string): boolean => {
  if (noun === head) return true
  if (!has(KINDS, noun)) return false
  const first = role
    .toLowerCase()
    .replace(/^(?:le|la|les)\s+|^l['’]\s*/u, '')
    .split(/\s+/u)[0]
  return first !== undefined && KINDS[noun]!.has(first)
}

/** Whether `noun` describes a person by a kind of role ("l'élu"), whatever type it was read as. */
export const isRoleKind = (noun: string): boolean => has(KINDS, noun)
