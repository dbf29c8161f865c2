import { describe, expect, it } from 'vitest'
import { english, french, withText } from './invented-sentences'

/**
 * "The same report found …", "according to the same minutes", « Selon le même communiqué »: a
 * document the story has just cited speaks again, for the source that cited it. Every name and
 * figure below is invented.
 */
describe('the same document as the source cited just before', () => {
  it('gives "The same figures show" the agency whose figures came before', () => {
    const claims = english(
      'Data released on Monday by the Orrivale Transport Board show that 64 per cent of trains ran on time in May.',
      'The same figures show that 1,310 services were cancelled, up from 870 in April.',
    )
    expect(withText(claims, '1,310 services').attribution.who).toBe('Orrivale Transport Board')
  })

  it('reads "according to the same report" mid-sentence, past a sentence in between', () => {
    const claims = english(
      'A survey by the Kestrel Housing Trust, published in March, found that 2,400 tenants were waiting for repairs.',
      'Repairs have been a campaign issue for years.',
      'By June, according to the same report, the backlog had risen to 3,100 jobs.',
    )
    expect(withText(claims, '3,100 jobs').attribution.who).toBe(
      withText(claims, '2,400 tenants').attribution.who,
    )
    expect(withText(claims, '3,100 jobs').attribution.who).not.toBe('unknown')
  })

  it('reads « Selon le même communiqué » as the préfecture that issued it', () => {
    const claims = french(
      'Mardi matin, la préfecture de Morlac a fait état de 240 personnes évacuées.',
      'Selon le même communiqué, le niveau du Doubrac avait atteint 4,10 mètres vers midi.',
    )
    expect(withText(claims, '4,10 mètres').attribution.who).toBe('préfecture de Morlac')
  })

  it('never gives a person’s words as the document: nobody else cited, the phrase stays', () => {
    const claims = english(
      'Councillor Petra Wolde said the depot had lost 40 drivers.',
      'The same report found that 12 routes had been cut.',
    )
    expect(withText(claims, '12 routes').attribution.who).not.toBe('Petra Wolde')
  })
})
