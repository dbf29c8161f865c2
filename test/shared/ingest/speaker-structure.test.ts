import { describe, expect, it } from 'vitest'
import { UNNAMED_SPEAKER, extractClaims, parseDocument } from '../../../src/shared/ingest'
import { english, french, withText } from './invented-sentences'

/**
 * Speakers read from the shape of the sentence rather than from words the tables list: every
 * name, organisation and noun below is invented and in no table, so a rule that only knew the
 * corpus's words would fail here.
 */
describe('a description, then the name it describes', () => {
  it('reads any opening description before a name set off by commas', () => {
    const claims = english(
      "The district's deputy officer for roads and bridges, Henrike Salo, said 17 culverts had collapsed.",
    )
    expect(withText(claims, '17 culverts').attribution).toEqual({
      who: 'Henrike Salo',
      role: "district's deputy officer for roads and bridges",
    })
  })

  it('reads it in French, where the description has no capital and no title', () => {
    const claims = french(
      "L'exploitant du barrage, Hydrelia Sud, indique que 4 vannes sur 6 sont bloquées.",
    )
    expect(withText(claims, '4 vannes').attribution).toMatchObject({ who: 'Hydrelia Sud' })
  })

  it('reads a description after the verb followed by the name', () => {
    const claims = french(
      '« La digue a tenu », a assuré le responsable technique de la société Veltra, Yann Kermel.',
    )
    expect(withText(claims, 'digue').attribution).toEqual({
      who: 'Yann Kermel',
      role: 'responsable technique de la société Veltra',
    })
    const english = extractClaims(
      '"We expect 90 trucks a day," said the quarry\'s site manager, Odile Frankel.',
    )
    expect(withText(english, '90 trucks').attribution.who).toBe('Odile Frankel')
  })

  it('keeps a person apart from the organisation they speak for', () => {
    const claims = english(
      '"The pier will be closed for 6 weeks," said Ruta Beck of the Lowmere Port Authority.',
    )
    expect(withText(claims, '6 weeks').attribution).toEqual({
      who: 'Ruta Beck',
      role: 'Lowmere Port Authority',
    })
    // "of" inside an organisation's name is not a person working for the rest.
    const named = english('The Royal Guild of Clockmakers said 40 members had signed the letter.')
    expect(withText(named, '40 members').attribution.who).toBe('Royal Guild of Clockmakers')
  })
})

describe('organisation names of any length', () => {
  it('reads a French organisation name that goes on in lowercase before the verb', () => {
    const claims = french(
      'La Coopérative des producteurs de lait de Varenne a annoncé que 210 fermes avaient cessé leurs livraisons.',
    )
    expect(withText(claims, '210 fermes').attribution.who).toBe(
      'Coopérative des producteurs de lait de Varenne',
    )
  })

  it('reads several plain words and "and" between "the" and a speaker noun', () => {
    const claims = english(
      'A spokeswoman for the coastal fire and rescue service said 26 people were rescued.',
    )
    expect(withText(claims, '26 people').attribution.who).toContain(
      'coastal fire and rescue service',
    )
  })
})

describe('speakers read from the clause around the verb', () => {
  it('gives "which said" to the phrase before the comma', () => {
    const claims = english(
      'The readings were checked by the Orrin Valley laboratory, which said 7 samples failed.',
    )
    expect(withText(claims, '7 samples').attribution.who).toBe('Orrin Valley laboratory')
  })

  it('takes people named by a plural noun and their place as a group', () => {
    const claims = english('Ferry crews at the northern pier said 11 sailings were cancelled.')
    expect(withText(claims, '11 sailings').attribution.who).toBe('Ferry crews at the northern pier')
  })

  it('reads a French organisation after the verb, with "et de" inside its name', () => {
    const claims = french(
      "Les secours sont intervenus 640 fois, a précisé le syndicat intercommunal d'eau et d'assainissement.",
    )
    expect(withText(claims, '640 fois').attribution.who).toBe(
      "syndicat intercommunal d'eau et d'assainissement",
    )
  })

  it('reads "auprès de" and typographic apostrophes as the tables’ words', () => {
    const claims = french(
      'La circulation reste coupée sur 4 routes, a-t-on appris auprès de la préfecture.',
      'D’après la Ligue côtière, 70 bénévoles sont mobilisés.',
    )
    expect(withText(claims, '4 routes').attribution.who).toBe('préfecture')
    expect(withText(claims, '70 bénévoles').attribution.who).toBe('Ligue côtière')
  })
})

describe('French wire shapes', () => {
  it('reads a document after the verb as its author, and "a fait savoir"', () => {
    const claims = french(
      'Au moins 17 personnes ont été évacuées, indique un communiqué de la mairie de Port-Kerel.',
      "L'exploitant a fait savoir que 60 salariés seraient placés en chômage partiel.",
    )
    expect(withText(claims, '17 personnes').attribution.who).toBe('mairie de Port-Kerel')
    expect(withText(claims, '60 salariés').attribution.who).toBe('exploitant')
  })

  it('steps over an opening participle to the description and the name', () => {
    const claims = french(
      'Interrogé par la radio locale, le gérant de la conserverie, Loïc Tanguy, a reconnu que 2 lots avaient été rappelés.',
    )
    expect(withText(claims, '2 lots').attribution).toEqual({
      who: 'Loïc Tanguy',
      role: 'gérant de la conserverie',
    })
    const english = extractClaims(
      'Asked about the closures, the Dunholt parks office said 9 playgrounds would reopen.',
    )
    expect(withText(english, '9 playgrounds').attribution.who).toBe('Dunholt parks office')
  })
})

describe('someone unnamed', () => {
  it('is the subject introduced by "a" or "un" with a place after it, not the place', () => {
    const claims = french(
      'Un pêcheur du port de Kerlouan raconte avoir perdu 2 bateaux. Il dit ne rien comprendre.',
    )
    expect(withText(claims, '2 bateaux').attribution).toEqual({
      who: UNNAMED_SPEAKER,
      role: 'Un pêcheur du port de Kerlouan',
    })
    expect(withText(claims, 'ne rien comprendre').attribution.who).toBe(UNNAMED_SPEAKER)
  })

  it('does not take "a spokesman for the board" as an unnamed person', () => {
    const claims = english('A spokesman for the Tarrow Valley Board said 12 wells were dry.')
    expect(withText(claims, '12 wells').attribution.who).not.toBe(UNNAMED_SPEAKER)
    expect(withText(claims, '12 wells').attribution.who).toContain('Tarrow Valley Board')
  })
})

describe('sources that are data and documents', () => {
  it('gives published data to its author, whatever the verb between them', () => {
    const claims = english(
      'Figures from the Marsh Lane Observatory show that 41 nests failed this spring.',
      'Emissions rose by 6 percent, according to data submitted by the two regional bus companies.',
      'Some 300 volunteers took part, according to the latest update from the Greenfold Trust.',
    )
    expect(withText(claims, '41 nests').attribution.who).toBe('Marsh Lane Observatory')
    expect(withText(claims, '6 percent').attribution.who).toBe('two regional bus companies')
    expect(withText(claims, '300 volunteers').attribution.who).toBe('Greenfold Trust')
  })

  it('reads "d’après le dernier point de X" as X', () => {
    const claims = french(
      "Le trafic a repris sur 5 lignes, d'après le dernier point de la Régie des transports de Brémont.",
    )
    expect(withText(claims, '5 lignes').attribution.who).toBe('Régie des transports de Brémont')
  })

  it('takes a document that is the subject as the source, whatever its verb', () => {
    const claims = english(
      'The survey finds that 64 percent of tenants have reported mould.',
      'A letter from the Hallow Water Board to the school, dated June 2025, asks for 3 new filters.',
    )
    expect(withText(claims, '64 percent').attribution.who).toBe('survey')
    // Named with who sent it, the document speaks for them (round 30), kept as where.
    expect(withText(claims, '3 new filters').attribution).toMatchObject({
      who: 'Hallow Water Board',
      where: 'letter from the Hallow Water Board',
    })
  })
})

describe('a speaker carried on', () => {
  it('lends a quotation standing alone the voice of the speaker named just before it', () => {
    const claims = english(
      'Piet Varhol, who runs the ferry kiosk, said trade had halved. "I sold 12 tickets on Sunday. In August it was 200."',
    )
    expect(withText(claims, '12 tickets').attribution.who).toBe('Piet Varhol')
  })

  it('does not lend it across a paragraph to a speaker who was not quoted', () => {
    const claims = english(
      'Piet Varhol said trade had halved since the bridge closed in 2024.',
      '"I sold 12 tickets on Sunday."',
    )
    expect(withText(claims, '12 tickets').attribution.who).not.toBe('Piet Varhol')
  })

  it('finds the subject behind an opening time phrase without a comma, and "it" after one', () => {
    const claims = english(
      'The Kelso Gas Company said 900 homes had no heating on Monday.',
      'By Tuesday evening the company had raised the number of homes without heating to 1,400.',
      'Two days later it lowered its estimate to 1,100 homes.',
    )
    // "the company" is the company named before; "it" is the one who spoke last.
    expect(withText(claims, '1,400').attribution.who).toBe('Kelso Gas Company')
    expect(withText(claims, '1,100').attribution.who).toBe('Kelso Gas Company')
  })

  it('is "unnamed speaker" for a "he" with nobody before him', () => {
    const { sourceText } = parseDocument('Queues\n\nHe said he had waited 5 hours at the border.')
    expect(withText(extractClaims(sourceText), '5 hours').attribution.who).toBe(UNNAMED_SPEAKER)
  })
})

describe('"reckons" and "points out" as verbs of speech', () => {
  it('gives the claim to whoever reckons it', () => {
    const claims = english(
      'Tom Orrell farms near Kelby.',
      'He reckons the extra diesel will add about £1,500 a year to his costs.',
    )
    expect(withText(claims, '£1,500').attribution.who).toBe('Tom Orrell')
  })

  it('gives the claim to whoever points it out, "out" and all', () => {
    const claims = english(
      'Mairi Tolland chairs the harbour trust.',
      'She points out that the trust has not raised mooring fees since 2019.',
      'A sign points to 3 exits.',
    )
    expect(withText(claims, 'since 2019').attribution.who).toBe('Mairi Tolland')
    expect(withText(claims, '3 exits').attribution.who).toBe('unknown')
  })
})
