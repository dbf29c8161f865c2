import { describe, expect, it } from 'vitest'
import type { ClaimCandidate } from '../../../src/shared/ingest'
import { english, french } from './invented-sentences'

/**
 * Revisions found by the shape of the sentence, whatever its words: what a revision counts
 * named in its subject ("the number of homes without power had risen to"), a new date after
 * its weekday ("moved to Friday 11 December"), a passive revision whose subject is what moved,
 * not who moved it, a figure restated with "still", "toujours" or "the correct rate" (linked to
 * the claim that names what it qualifies: "the corrected rate for Pellin"), and an
 * amount revised far later that names what it revises ("the bridge's budget"). Every name is
 * invented.
 */
const indexOf = (claims: readonly ClaimCandidate[], words: string): number => {
  const found = claims.flatMap((claim, index) => (claim.text.includes(words) ? [index] : []))
  expect(found, `one claim with "${words}"`).toHaveLength(1)
  return found[0]!
}

describe('what a revision counts, named in its subject', () => {
  it('links to the earlier count of that thing, not to another figure in the sentence', () => {
    const claims = english(
      'Harth Power said on Monday that 9,400 homes had lost power.',
      'By evening Harth Power said its crews had found damage on three more lines, and that the number of homes without power had risen to 12,100.',
    )
    expect(claims[indexOf(claims, '12,100')]!.revisionOf).toBe(indexOf(claims, '9,400'))
  })

  it('still revises within the sentence when nothing counted is named before the verb', () => {
    const claims = english(
      'The Ardmore clinic said it had recorded 31 cases of measles, later revised to 44 after two schools reported.',
    )
    const revised = claims.find((claim) => claim.text.startsWith('later revised to 44'))
    expect(revised?.revisionOf).toBe(indexOf(claims, '31 cases'))
  })
})

describe('a date moved after its weekday', () => {
  it('links the new date to the one first arranged, with no speaker taken from the subject', () => {
    const claims = english(
      'A public meeting for residents was originally arranged for Monday 7 December at the town hall.',
      'Because the hall is needed for a clinic, the meeting has been moved to Friday 11 December at 6pm.',
    )
    const moved = claims[indexOf(claims, 'Friday 11 December')]!
    expect(moved.revisionOf).toBe(indexOf(claims, 'Monday 7 December'))
    expect(moved.attribution.who).toBe('unknown')
  })

  it('keeps the subject of an active revision as its speaker', () => {
    const claims = english(
      'The Velm rescue service said 9 people had died.',
      'By late afternoon the regional governor, Aurelia Kossberg, had raised the toll to 14, after crews reached houses that had been cut off.',
    )
    const raised = claims[indexOf(claims, 'toll to 14')]!
    expect(raised.attribution.who).toBe('Aurelia Kossberg')
  })
})

describe('a figure restated with "still"', () => {
  it('revises the earlier count of the same thing', () => {
    const claims = english(
      'Harth Power said on Monday that 9,400 homes had lost power.',
      'On Tuesday Harth Power said power had been restored to most of the valley, and that 2,800 homes were still without electricity.',
    )
    expect(claims[indexOf(claims, '2,800')]!.revisionOf).toBe(indexOf(claims, '9,400'))
  })

  it('finds anyone’s count of a specific unit as far back as a speaker’s own', () => {
    const between = [
      'Engineers said 40 bolts had failed. Marta Oye said 12 staff left. The trust said 3 wards closed.',
      'Police said 20 cars were towed. Kai Renn said 9 shops shut. The union said 14 drivers struck.',
      'Dara Fell said 6 roads flooded. The board said 2 piers cracked. Ina Roe said 5 boats sank.',
    ]
    const claims = english(
      'Harth Power said on Monday that 9,400 homes had lost power.',
      ...between,
      'Tobias Lund, a spokesman for the company, said 2,800 homes were still without electricity.',
    )
    expect(claims[indexOf(claims, '2,800')]!.revisionOf).toBe(indexOf(claims, '9,400'))
  })

  it('does not look that far for a count of people', () => {
    const between = [
      'Engineers said 40 bolts had failed. Marta Oye said 12 staff left. The trust said 3 wards closed.',
      'Police said 20 cars were towed. Kai Renn said 9 shops shut. The union said 14 drivers struck.',
      'Dara Fell said 6 roads flooded. The board said 2 piers cracked. Ina Roe said 5 boats sank.',
    ]
    const claims = english(
      'The Velm trust said 90 people were evacuated.',
      ...between,
      'Tobias Lund said 30 people were still in shelters.',
    )
    expect(claims[indexOf(claims, '30 people')]!.revisionOf).toBeUndefined()
  })

  it('reads "toujours" in French', () => {
    const claims = french(
      'Selon Réseau Armor, 5 200 foyers étaient privés de courant lundi.',
      'Mardi soir, 1 900 foyers étaient toujours privés de courant, selon Réseau Armor.',
    )
    expect(claims[indexOf(claims, '1 900')]!.revisionOf).toBe(indexOf(claims, '5 200'))
  })

  it('does not revise a figure merely repeated', () => {
    const claims = english(
      'Harth Power said on Monday that 9,400 homes had lost power.',
      'Harth Power said 9,400 homes were still without electricity.',
    )
    expect(claims[1]!.revisionOf).toBeUndefined()
  })
})

describe('a figure restated as the correct one', () => {
  it('revises the earlier figure of the same unit', () => {
    const claims = english(
      'The Orme trust told patients the infection rate had been 3.2 per cent.',
      'Dr Ines Kolar said staff had left out 300 operations. The correct rate, she said, was 5.1 per cent.',
    )
    expect(claims[indexOf(claims, '5.1 per cent')]!.revisionOf).toBe(
      indexOf(claims, '3.2 per cent'),
    )
  })

  it('revises the claim that names what the correction qualifies, past later ones in the unit', () => {
    const claims = english(
      'Vacancies in Tarrow fell to 3.9 per cent in the spring, the Tarrow statistics office said.',
      'The rate for the coastal district of Pellin was 5.6 per cent, it said.',
      'The response rate for the spring survey was 61 per cent, the office said.',
      'The corrected vacancy rate for the spring is 4.3 per cent, the office said on Friday.',
      'The corrected rate for Pellin is 5.2 per cent, it said.',
    )
    expect(claims[indexOf(claims, '4.3 per cent')]!.revisionOf).toBe(
      indexOf(claims, '3.9 per cent'),
    )
    expect(claims[indexOf(claims, '5.2 per cent')]!.revisionOf).toBe(
      indexOf(claims, '5.6 per cent'),
    )
  })

  it('names a thing by its stem, and takes the latest of the claims that name it alike', () => {
    const claims = english(
      'An earlier notice gave the pass rate as 71 per cent.',
      'Seventy-one per cent of the Orlin trainees passed the first test, the academy said.',
      'The corrected pass rate is 68 per cent, the academy said.',
    )
    expect(claims[indexOf(claims, '68 per cent')]!.revisionOf).toBe(
      indexOf(claims, 'Seventy-one per cent'),
    )
  })

  it('keeps the latest count of the unit when the cue names nothing', () => {
    const claims = english(
      'The Orme trust said the infection rate was 3.2 per cent.',
      'The Orme trust said the readmission rate was 7.5 per cent.',
      'The corrected rate is 6.9 per cent, the trust said.',
    )
    expect(claims[indexOf(claims, '6.9 per cent')]!.revisionOf).toBe(
      indexOf(claims, '7.5 per cent'),
    )
  })
})

describe('an amount revised far later that names what it revises', () => {
  it('links to the claim that named it, from another speaker, past other claims', () => {
    const between = [
      'Engineers said 40 bolts had failed. Marta Oye said 12 staff left. The trust said 3 wards closed.',
      'Police said 20 cars were towed. Kai Renn said 9 shops shut. The union said 14 drivers struck.',
      'Dara Fell said 6 roads flooded. The board said 2 piers cracked. Ina Roe said 5 boats sank.',
    ]
    const claims = english(
      "The county's capital budget put the cost of the bridge at £9.5 million.",
      ...between,
      "The revised capital programme published in May raised the bridge's budget to £12 million.",
    )
    expect(claims[indexOf(claims, '£12 million')]!.revisionOf).toBe(indexOf(claims, '£9.5 million'))
  })

  it('does not link a revision of "the figure" that far', () => {
    const claims = english(
      'The Velm trust said 90 beds were open.',
      'Engineers said 40 bolts had failed. Marta Oye said 12 staff left. The union said 3 wards closed.',
      'Police said 20 cars were towed. Kai Renn said 9 shops shut. The board said 14 drivers struck.',
      'Dara Fell said 6 roads flooded. Ina Roe said 5 boats sank. Ola Dunn said 7 piers cracked.',
      'Tam Rae later raised the figure to 120.',
    )
    expect(claims[indexOf(claims, 'to 120')]!.revisionOf).not.toBe(indexOf(claims, '90 beds'))
  })
})
