import { describe, expect, it } from 'vitest'
import { english, french, withText } from './invented-sentences'

/**
 * Speakers read in round 25 of the ingest corpus (docs/ingest.md): "the coastguard said" after
 * a comma whatever its noun, a statement as a document, who reported in a clause after a
 * revision, a company named "… Lines", an organisation that has done something, an estimate's
 * figure far after "put", and a month that is no speaker. Every name and number is invented.
 */
describe('a definite description after a comma', () => {
  it('gives "…, the coastguard said" after an opening place', () => {
    const claims = english('In Pellan, at least 9 people were killed, the coastguard said.')
    expect(withText(claims, '9 people').attribution.who).toBe('coastguard')
  })

  it('gives it after a dateline', () => {
    const claims = english(
      'OSTREL HARBOUR, May 3 (Northline Wire) - At least 9 people were killed when a ferry struck a pier, the regional coastguard said on Friday.',
    )
    expect(withText(claims, '9 people').attribution.who).toBe('regional coastguard')
  })

  it('leaves a French subject after an opening phrase to « selon »', () => {
    const claims = french(
      'Selon elle, les salariés avaient signalé à la direction, en septembre, 14 pannes de la ventilation.',
    )
    expect(withText(claims, '14 pannes').attribution.who).not.toBe('salariés')
  })
})

describe('a statement as the source', () => {
  it('gives "The coastguard\'s first statement listed" the coastguard named before', () => {
    const claims = english(
      'At least 9 people were killed, the regional coastguard said on Friday.',
      "The coastguard's first statement listed 27 injured.",
    )
    expect(withText(claims, '27 injured').attribution.who).toBe('regional coastguard')
  })
})

describe('who reported in a clause after a revision', () => {
  it('gives the revision to its subject, not to who reported "once"', () => {
    const claims = english(
      "The coastguard's first statement listed 27 injured.",
      'It later revised the number to 35 once Pellan General Hospital had reported its admissions.',
    )
    expect(withText(claims, 'to 35').attribution.who).not.toBe('Pellan General Hospital')
  })
})

describe('a company named "… Lines"', () => {
  it('is what "it" refers to in the next sentence', () => {
    const claims = english(
      'The regional coastguard said 9 people had died.',
      'Varrow Island Lines said in its first statement that 180 passengers were on board.',
      'At 2 p.m. it corrected the passenger figure to 196.',
    )
    expect(withText(claims, '196').attribution.who).toBe('Varrow Island Lines')
  })
})

describe('an organisation as the subject of what it has done', () => {
  it('gives "Pellan Police have closed the A40" the police', () => {
    const claims = english(
      'Pellan Police have closed the A40 between Ostrel and Varrow in both directions.',
    )
    expect(withText(claims, 'closed the A40').attribution.who).toBe('Pellan Police')
  })

  it('reads a company by its name: "Orlwell Water has today lifted"', () => {
    const claims = english('Orlwell Water has today lifted the boil-water notice in Stall.')
    expect(withText(claims, 'lifted the boil-water notice').attribution.who).toBe('Orlwell Water')
  })

  it('leaves an organisation that something was done to', () => {
    // Not a claim of its own: the police did not say or do it.
    const claims = english('Pellan Police have been criticised over the lost files.')
    expect(claims.some((claim) => claim.text.includes('criticised'))).toBe(false)
  })
})

describe('an estimate put at a figure', () => {
  it('reads "it put … at 64 per cent" with many words between', () => {
    const claims = english(
      'The Orlwell Public Health Unit publishes quarterly figures.',
      'In March it put second-dose coverage among five-year-olds in the two eastern wards at 64 per cent.',
    )
    expect(withText(claims, '64 per cent').attribution.who).toBe('Orlwell Public Health Unit')
  })

  it('does not make a month the speaker: "Our report in May put"', () => {
    const claims = english(
      'The Varrow Food Bank said demand had never been higher.',
      'Our interim report in May put the number of children we feed at 420.',
    )
    expect(withText(claims, 'at 420').attribution.who).not.toBe('May')
  })
})

describe('someone unnamed, described in a few plain words', () => {
  it('gives "a teaching assistant said" an unnamed speaker with the role', () => {
    const claims = english('At the school, a teaching assistant said class sizes had reached 33.')
    expect(withText(claims, 'class sizes').attribution).toMatchObject({
      who: 'unnamed speaker',
      role: 'a teaching assistant',
    })
  })

  it('does not read "A flood barrier promised" as someone speaking', () => {
    const claims = english('A flood barrier promised after the 2019 floods has not been built.')
    expect(claims.every((claim) => claim.attribution.who !== 'unnamed speaker')).toBe(true)
  })
})

describe('a press release marked as one, its lede a few paragraphs down', () => {
  it('speaks for the company that "has today" done something', () => {
    const claims = english(
      '**PRESS RELEASE**',
      '**For immediate release: Friday 4 July**',
      '# Orlwell Water lifts boil water notice',
      '*Company confirms the number of properties affected*',
      'Orlwell Water has today lifted the boil water notice in Stall and Ferny.',
      'All 180 samples taken since Sunday have met drinking water standards.',
    )
    expect(withText(claims, '180 samples').attribution.who).toBe('Orlwell Water')
  })

  it('leaves a news story that is not marked as a release to its own voice', () => {
    const claims = english(
      '# Boil water notice lifted',
      'By our reporter',
      'Updated 4 July',
      'Residents in Stall had waited a week.',
      'Orlwell Water has today lifted the boil water notice in Stall and Ferny.',
      'All 180 samples taken since Sunday have met drinking water standards.',
    )
    expect(withText(claims, '180 samples').attribution.who).toBe('unknown')
  })
})

describe('a figure given', () => {
  it('gives "has now given the final turnout: 36.1 per cent" its speaker', () => {
    const claims = english(
      'Returning officer Maud Tennant has now given the final district-wide turnout: 36.1 per cent.',
    )
    expect(withText(claims, '36.1 per cent').attribution.who).toBe('Maud Tennant')
  })

  it('leaves what is given to someone: "gives the museum a grant of £500,000"', () => {
    const claims = english(
      'Varrow Town Council, which owns the building, gives the museum a grant of £500,000 a year.',
    )
    expect(withText(claims, '£500,000').attribution.who).toBe('unknown')
  })
})

describe('a finding reported by someone after a comma', () => {
  it('gives "The survey … found that …, the council said" the council', () => {
    const claims = english(
      'The survey, carried out by consulting engineers Hallam Brook, found that the bearings had lost up to 35 per cent of their thickness, the council said in a statement.',
    )
    expect(withText(claims, '35 per cent').attribution.who).toBe('council')
  })
})

describe('a figure after a colon, once someone revised it', () => {
  it('gives « elle a corrigé ce montant : … » the person « elle » is', () => {
    const claims = french(
      'Le chantier a coûté 3,2 millions d’euros, a indiqué l’adjointe aux finances, Lucie Varenne.',
      'En fin de séance, elle a corrigé ce montant : les derniers décomptes porteront la facture à 3,5 millions d’euros.',
    )
    expect(withText(claims, '3,5 millions').attribution.who).toBe('Lucie Varenne')
  })
})

describe('a reader who emails', () => {
  it('gives "Reader Ana Brook, from Marlpit, emails: …" to the reader, "Reader" the role', () => {
    const claims = english(
      '10:15 Reader Ana Brook, from Marlpit, emails: "Nobody has brought water to the 40 flats in our block."',
    )
    expect(withText(claims, '40 flats').attribution).toMatchObject({
      who: 'Ana Brook',
      role: 'Reader',
    })
  })
})

describe('a quotation after a sentence that names one person', () => {
  it("is that person's, though the sentence gave no words of theirs", () => {
    const claims = english(
      'When I ask how many people the airline carried last year, Marta Kell answers without hesitating. "Forty thousand passengers, our best year."',
    )
    expect(withText(claims, 'Forty thousand').attribution.who).toBe('Marta Kell')
  })

  it('stays unknown when the sentence before named two people', () => {
    const claims = english(
      'Marta Kell met Owen Tate at the terminal on Friday. "Forty thousand passengers, our best year."',
    )
    expect(withText(claims, 'Forty thousand').attribution.who).toBe('unknown')
  })
})
