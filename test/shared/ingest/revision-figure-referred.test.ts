import { describe, expect, it } from 'vitest'
import { english, french, withText } from './invented-sentences'

/**
 * A figure said to replace an earlier one whose measure is only referred to — a pronoun ("it",
 * "that", « il ») or a general measure noun ("the figure", « ce chiffre ») — revises the one
 * figure of its kind stated just before in the same paragraph, or else the one such figure a
 * few sentences further back. Two such figures, or a measure the sentence names itself, link
 * nothing. Every name and number is invented.
 */
describe('a replacing figure whose measure is referred to', () => {
  it('links « il passe désormais à » to the count just stated', () => {
    const claims = french(
      "En avril, le nombre de lits fermés à l'hôpital de Brennac avait été fixé à 46 pour l'été. Il passe désormais à 58.",
    )
    expect(withText(claims, 'Il passe désormais à 58').revisionOf).toBe(
      claims.indexOf(withText(claims, 'fixé à 46')),
    )
  })

  it('links "puts the figure at", by anyone, to the newest figure of a chain', () => {
    const claims = english(
      'The Ostley housing agency said in May that 3,140 households had applied for the insulation grant. In June it raised that number to 3,390 after a batch of postal forms was found. A later audit by the regional office puts the figure at 3,720.',
    )
    expect(withText(claims, 'puts the figure at 3,720').revisionOf).toBe(
      claims.indexOf(withText(claims, 'raised that number to 3,390')),
    )
  })

  it('links "corrected that to" to the figure just before, not the same speaker’s earlier one', () => {
    const claims = english(
      'Across the Veldon region, 84 per cent of rail services ran on time last year, the transport board says.',
      'The coastal line is another matter. In its spring report the board put punctuality on the coastal line at 69 per cent. In July it corrected that to 64 per cent, saying cancelled trains had been left out.',
    )
    expect(withText(claims, 'corrected that to 64 per cent').revisionOf).toBe(
      claims.indexOf(withText(claims, 'at 69 per cent')),
    )
  })

  it('links a correction to the claim that first stated the figure it repeats', () => {
    const claims = english(
      'The inspectors logged 1,870 complaints about missed bin collections in the year to March.',
      'Residents of Harwick Vale say the problem has been worse since the depot moved.',
      'Correction: an earlier version of this article said the inspectors logged 1,870 complaints. The inspectors’ report gives the figure as 1,780.',
    )
    expect(withText(claims, 'gives the figure as 1,780').revisionOf).toBe(
      claims.indexOf(withText(claims, 'The inspectors logged 1,870')),
    )
  })

  it('looks back past other entries for "puts it at" when nothing of its kind is near', () => {
    const claims = english(
      '07:10 Brackwater Water says about 9,000 homes in Lindsey Cross have no supply.',
      '07:45 Two primary schools in Lindsey Cross will stay closed today.',
      '08:20 The number of homes affected has grown. The company now puts it at 13,500.',
    )
    expect(withText(claims, 'puts it at 13,500').revisionOf).toBe(
      claims.indexOf(withText(claims, 'about 9,000 homes')),
    )
  })

  it('links nothing when two figures of the kind are further back', () => {
    const claims = english(
      'The Fenmoor flood agency said 2,400 people had left their homes.',
      'Volunteers handed out 3,000 sandbags in the town centre.',
      'Pumps arrived from the coast on Thursday.',
      'By the evening it put it at 2,800.',
    )
    expect(withText(claims, 'put it at 2,800').revisionOf).toBeUndefined()
  })

  it('links nothing when two figures of the kind are in reach', () => {
    const claims = english(
      'The ministry said 120 doctors and 140 nurses had signed the letter. A later count puts the figure at 150.',
    )
    expect(withText(claims, 'puts the figure at 150').revisionOf).toBeUndefined()
  })

  it('links nothing for "the number of" a measure the sentence names itself', () => {
    const named = english(
      'Road crews cleared 12 culverts on Monday. The council now puts the number of closed schools at 15.',
    )
    expect(withText(named, 'closed schools at 15').revisionOf).toBeUndefined()
  })
})
