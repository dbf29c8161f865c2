import { describe, expect, it } from 'vitest'
import { english, french, withText } from './invented-sentences'

/**
 * A planned date ("due to open in May 2027", « devait ouvrir le ») and, later, another plan with
 * "now" before its date ("is now expected in March 2028") or put back ("no earlier than", "at
 * the earliest"), by whoever: the later plan replaces the earlier one, though nothing says
 * "postponed to". A date that only happened is no plan, and the same date again revises nothing.
 * Every name and number is invented.
 */
describe('a planned date restated as the plan now', () => {
  it('links each later plan to the one before it, whoever gives it', () => {
    const claims = english(
      'The Quillby footbridge was due to open to walkers in May 2027, the borough said when work began.',
      'Engineers found the river bed softer than the survey had shown.',
      'The contractor, Hebble Structures, said the bridge is now expected to open in March 2028.',
      'A borough engineer, Nia Carrow, wrote to residents that walkers should expect it "no earlier than September 2028".',
    )
    const first = claims.indexOf(withText(claims, 'May 2027'))
    const second = claims.indexOf(withText(claims, 'March 2028'))
    expect(claims[second]!.revisionOf).toBe(first)
    expect(withText(claims, 'September 2028').revisionOf).toBe(second)
  })

  it('links a meeting that will now take place on another day', () => {
    const claims = english(
      'The plan is due to be discussed by the governors at their public meeting on Tuesday 4 March, the academy said.',
      'Parents have asked for more time to read it.',
      'The academy later said the meeting would now take place on Tuesday 25 March.',
    )
    expect(withText(claims, '25 March').revisionOf).toBe(
      claims.indexOf(withText(claims, '4 March')),
    )
  })

  it('links a French plan restated with « désormais »', () => {
    const claims = french(
      'La piscine de Vaubrenne devait rouvrir le 2 juin, selon la mairie.',
      "L'adjoint aux sports, Hervé Lanoux, a indiqué que la réouverture est désormais prévue le 14 septembre.",
    )
    expect(withText(claims, '14 septembre').revisionOf).toBe(
      claims.indexOf(withText(claims, '2 juin')),
    )
  })

  it('links nothing to a date that was no plan, nor to the same date again', () => {
    const happened = english(
      'The contract for the Quillby footbridge was signed in May 2025, the borough said.',
      'The contractor said the bridge is now expected to open in March 2028.',
    )
    expect(withText(happened, 'March 2028').revisionOf).toBeUndefined()
    const same = english(
      'The Quillby footbridge was due to open in March 2028, the borough said.',
      'The contractor said the bridge is now expected to open in March 2028.',
    )
    expect(withText(same, 'contractor said').revisionOf).toBeUndefined()
  })
})
