import { describe, expect, it } from 'vitest'
import { english, french, withText } from './invented-sentences'

/**
 * Speakers found by what a sentence refers back to or puts after its verb: "the company" for the
 * company named in the sentence before, a pronoun after "according to", a title the tables do
 * not know between the verb and a name, and a sentence opening with "None" or "Aucune". Every
 * name and noun below is invented and in no table.
 */
describe('"the company" named in the sentence before', () => {
  it('is the company the sentence before named, though no apposition called it one', () => {
    const claims = english(
      'The quarry is run by Brasklund Aggregates, which dug 2.1 million tonnes there, according to the Ovel Port Authority. The company said 41 workers were on site.',
    )
    expect(withText(claims, '41 workers').attribution.who).toBe('Brasklund Aggregates')
  })

  it('reads "la société" the same way in French', () => {
    const claims = french(
      'Interrogé par notre journaliste, un porte-parole de Veltrassa assure que les alarmes ont sonné à 4 h 10. La société estime à 900 kilos la quantité de gaz perdue.',
    )
    expect(withText(claims, '900 kilos').attribution.who).toBe('Veltrassa')
  })

  it('does not take a place that ends an organisation’s name', () => {
    const claims = english(
      'The Tarnwick Dockers’ Union of Ovelby says checks were cut from six a year to two in 2024. The company denies this.',
    )
    expect(withText(claims, 'denies').attribution.who).not.toBe('Ovelby')
  })

  it('reads nothing further back than the sentence before', () => {
    const claims = english(
      'The quarry is run by Brasklund Aggregates.',
      'Heavy lorries use the road every day.',
      'The company said 41 workers were on site.',
    )
    expect(withText(claims, '41 workers').attribution.who).toBe('company')
  })
})

describe('a pronoun after "according to" or "selon"', () => {
  it('is whoever the pronoun refers to', () => {
    const claims = english(
      'Odile Brask said 31 moorings were lost. According to her, 12 boats sank in the harbour.',
    )
    expect(withText(claims, '12 boats').attribution.who).toBe('Odile Brask')
  })

  it('reads "selon lui" in French', () => {
    const claims = french(
      'Anatole Briffe a indiqué que 14 ouvriers étaient présents. Selon lui, la grue est tombée à 9 h 20.',
    )
    expect(withText(claims, 'la grue').attribution.who).toBe('Anatole Briffe')
  })
})

describe('a title the tables need not know, after the verb', () => {
  it('gives the name that ends the phrase, past plain words before the determiner', () => {
    const claim = withText(
      french(
        '« La digue a tenu jusqu’à 3 h 40 », a déclaré sur place le brigadier Odilon Vey, du centre de secours de Larnes.',
      ),
      'digue',
    )
    expect(claim.attribution.who).toBe('Odilon Vey')
    expect(claim.attribution.role).toBe('brigadier')
  })
})

describe('a sentence opening with "None" or "Aucune"', () => {
  it('is not a name: the pronoun after the claim goes back to the speaker before', () => {
    const claims = french(
      'Onze personnes ont été soignées, a indiqué une porte-parole de la Brelandaise. Aucune n’est dans un état grave, a-t-elle ajouté.',
    )
    expect(withText(claims, 'Aucune').attribution).toMatchObject({
      who: 'Brelandaise',
      role: 'porte-parole',
    })
  })
})

describe('a plural noun alone as the subject', () => {
  it('speaks after an opening phrase, though the tables do not know it', () => {
    const claim = withText(
      english(
        'In their closing speech on Friday, assessors told the panel that the mill had overcharged by 12 percent.',
      ),
      'overcharged',
    )
    expect(claim.attribution.who).toBe('assessors')
  })
})

describe('"the council" after a document about the council', () => {
  it('is the council named before, not "our analysis of the council"', () => {
    const claims = english(
      'Drivers lodged 2,960 claims for pothole damage, according to figures released by Tolverne Council.',
      "Only 12 per cent were paid in full, according to our analysis of the council's figures.",
      'In February the council put its backlog of potholes at 3,400.',
    )
    expect(withText(claims, '3,400').attribution.who).toBe('Tolverne Council')
  })
})

describe('"she" after someone the story called "he"', () => {
  it('is not him', () => {
    const claims = english(
      'Emlyn Garside has run the Brackenfold auction ring for 30 years.',
      '"People think a mart is just a place for selling animals," he says.',
      'The ledgers are kept in the office above the canteen.',
      'In 2024 the mart sold 38,000 sheep, she says.',
    )
    expect(withText(claims, '38,000 sheep').attribution.who).not.toBe('Emlyn Garside')
    expect(withText(claims, 'selling animals').attribution.who).toBe('Emlyn Garside')
  })
})
