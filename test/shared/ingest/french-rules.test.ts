import { describe, expect, it } from 'vitest'
import { detectLanguage, extractClaims } from '../../../src/shared/ingest'
import type { ClaimCandidate } from '../../../src/shared/ingest'

const STORY = [
  'Les crues de la Sarne ont fait au moins 6 morts depuis dimanche, a annoncé mercredi la préfecture de la Haute-Sarne.',
  'Le bilan a ensuite été porté à 9 morts, a précisé la préfecture dans un communiqué.',
  "Le ministre de l'Intérieur, Paul Renaud, a affirmé que 1 200 secouristes avaient été mobilisés.",
  'Le maire de Lussac, Jean Fabre, a nié toute responsabilité. « Ces permis respectaient la loi », a-t-il déclaré.',
  "D'après un rapport de la Cour régionale des comptes, les digues n'avaient pas été entretenues depuis 2012.",
  "Selon l'Institut régional de la statistique, la fréquentation a baissé de 12 % depuis janvier.",
].join('\n\n')

const claims = extractClaims(STORY, { language: 'fr' })
const withText = (words: string): ClaimCandidate => {
  const found = claims.filter((claim) => claim.text.includes(words))
  expect(found, `one claim with "${words}"`).toHaveLength(1)
  return found[0]!
}

describe('the French rules', () => {
  it('are chosen for a story detected as French', () => {
    expect(detectLanguage(STORY).language).toBe('fr')
  })

  it('find speakers after the verb, before it, after "selon" and "d’après", and behind "il"', () => {
    expect(withText('6 morts').attribution).toEqual({
      who: 'préfecture de la Haute-Sarne',
      when: 'mercredi',
    })
    expect(withText('secouristes').attribution).toEqual({
      who: 'Paul Renaud',
      role: "Le ministre de l'Intérieur",
    })
    expect(withText('nié').kind).toBe('denial')
    expect(withText('Ces permis').attribution.who).toBe('Jean Fabre')
    expect(withText('digues').attribution.who).toBe('rapport de la Cour régionale des comptes')
    expect(withText('fréquentation').attribution.who).toBe('Institut régional de la statistique')
  })

  it('reads "1 200" and "12 %" as figures and links a toll "porté à" a new figure', () => {
    expect(withText('secouristes').figures).toEqual([
      { value: 1200, unit: 'secouristes', raw: '1 200 secouristes' },
    ])
    expect(withText('fréquentation').figures[0]).toMatchObject({ value: 12, unit: '%' })
    expect(withText('porté à 9').revisionOf).toBe(claims.indexOf(withText('6 morts')))
    expect(withText('porté à 9').figures[0]).toMatchObject({ value: 9, unit: 'morts' })
  })
})
