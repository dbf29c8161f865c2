import { describe, expect, it } from 'vitest'
import { english, french, withText } from './invented-sentences'

/**
 * A story names an organisation in full once and then by the start or the end of its name
 * ("Tolvane Marine Works" … "Tolvane says"), the way most newspapers shorten companies.
 * The short form is the organisation, found in one lookup, unless it is someone's surname or
 * two organisations share it. Every name below is invented.
 */
describe('an organisation cut short', () => {
  it('is the organisation whose name it starts', () => {
    const claims = english(
      'Tolvane Marine Works won the dredging contract in 2023. Tolvane says the harbour board owes it £2.4 million.',
    )
    expect(withText(claims, '£2.4 million').attribution.who).toBe('Tolvane Marine Works')
  })

  it('is the organisation named in passing, three words or more, whatever its words', () => {
    const claims = english(
      'Divers were sent by Quillan Rope Partners in May. Quillan Rope said 14 of its staff were at the quay.',
    )
    expect(withText(claims, '14 of its staff').attribution.who).toBe('Quillan Rope Partners')
  })

  it('is the organisation whose name it ends', () => {
    const claims = english(
      'Savings were held at the Mutual Bank of Orrenvale until June. Orrenvale said 230 accounts had been closed.',
    )
    expect(withText(claims, '230 accounts').attribution.who).toBe('Mutual Bank of Orrenvale')
  })

  it('stays the short name when two organisations share it', () => {
    const claims = english(
      'The Pellmore Water Board and the Pellmore Rail Company met in May. Pellmore said 40 jobs would go.',
    )
    expect(withText(claims, '40 jobs').attribution.who).toBe('Pellmore')
  })

  it('is the person when the short form is a surname met before', () => {
    const claims = english(
      'Ines Tarvall spoke for the tenants. The Tarvall Street Housing Trust runs the block. Tarvall said 60 flats were damp.',
    )
    expect(withText(claims, '60 flats').attribution.who).toBe('Ines Tarvall')
  })

  it('is never what a person is called, when a capitalised run only began the sentence', () => {
    // "Weaver Anna Berg" is one run of capitals, but "Anna Berg" is a person, not its end.
    const claims = english(
      'Weaver Anna Berg visited the mill. On Friday Anna Berg said 30 workers had left.',
    )
    expect(withText(claims, '30 workers').attribution.who).toBe('Anna Berg')
  })
})

describe('a short name in brackets between a name and its verb', () => {
  it('leaves the name the speaker', () => {
    const claims = english('The Varnley Statistics Office (VSO) said 40,200 people found work.')
    expect(withText(claims, '40,200').attribution.who).toBe('Varnley Statistics Office')
  })

  it('leaves the name the speaker in French', () => {
    const claims = french(
      "La Banque du Val-d'Orsel (BVO) a confirmé mardi la fermeture de 17 agences.",
    )
    expect(withText(claims, '17 agences').attribution.who).toBe("Banque du Val-d'Orsel")
  })
})
