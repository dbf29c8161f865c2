import { describe, expect, it } from 'vitest'
import { english, withText } from './invented-sentences'

/**
 * A title that runs straight into a name, without "of": the name speaks and the title is the
 * role, whether or not the tables know the title. Every name and noun below is invented and in
 * no table.
 */
describe('a title running into a name', () => {
  it('takes the last two of four capitalised words or more as the name', () => {
    const claim = withText(
      english('Deputy Harbour Warden Odile Brask said 31 moorings were lost.'),
      'moorings',
    )
    expect(claim.attribution.who).toBe('Odile Brask')
    expect(claim.attribution.role).toBe('Deputy Harbour Warden')
  })

  it('steps over the dots of an abbreviation inside the title', () => {
    const claim = withText(
      english(
        'Senior U.K. Quarry Assessor Talvi Renn told the hearing the pit was 18 metres deep.',
      ),
      'pit',
    )
    expect(claim.attribution.who).toBe('Talvi Renn')
    expect(claim.attribution.role).toBe('Senior U.K. Quarry Assessor')
  })

  it('records the name without its honorific', () => {
    const claim = withText(
      english('Dr Mirela Tosk said 12 of the 40 samples had failed.'),
      'samples',
    )
    expect(claim.attribution.who).toBe('Mirela Tosk')
  })

  it('leaves an organisation of three capitalised words whole', () => {
    const claim = withText(english('Brask Timber Holdings said it had felled 900 trees.'), 'felled')
    expect(claim.attribution.who).toBe('Brask Timber Holdings')
  })

  it('leaves a name ending in a possessive or an organisation word whole', () => {
    const cooperative = withText(
      english('The Ulvane Marsh Reedcutters’ Cooperative said 70 members voted.'),
      'voted',
    )
    expect(cooperative.attribution.who).toBe('Ulvane Marsh Reedcutters’ Cooperative')
    const board = withText(
      english('The Tollard Upper Fenland Drainage Board said 14 pumps had failed.'),
      'pumps',
    )
    expect(board.attribution.who).toBe('Tollard Upper Fenland Drainage Board')
  })
})

describe('an honorific before a name described by an apposition', () => {
  it('keeps the apposition as the role', () => {
    const claim = withText(
      english(
        'Dr Mirela Tosk, a soil chemist at the Ulvane field station, said 12 wells had failed.',
      ),
      'wells',
    )
    expect(claim.attribution.who).toBe('Mirela Tosk')
    expect(claim.attribution.role).toBe('soil chemist at the Ulvane field station')
  })
})
