import { describe, expect, it } from 'vitest'
import { english, french } from './invented-sentences'

/**
 * A reaction that points back at what was said before ("The landlord disputes that.", "La mairie
 * conteste ce bilan.", "The inspectors say otherwise.") or declines to answer ("The council
 * declined to comment on the survey.") states nothing a desk could check: the claim is the
 * sentence it answers. A reaction that goes on to say something, names what it contests, or
 * denies stays a claim. Every sentence below is invented.
 */
const has = (claims: readonly { text: string }[], words: string): boolean =>
  claims.some((claim) => claim.text.includes(words))

describe('a reaction that only points back', () => {
  it('is not a claim when it disputes, rejects or contests "that" or "this account"', () => {
    const claims = english(
      'Tenants at Pellow Court said the lifts had been broken for 19 days.',
      'The landlord disputes that.',
      'Quarrington Homes rejects this account.',
    )
    expect(has(claims, '19 days')).toBe(true)
    expect(has(claims, 'disputes that')).toBe(false)
    expect(has(claims, 'rejects this account')).toBe(false)
  })

  it('is not a claim when someone says otherwise or tells a different story', () => {
    const claims = english(
      'The harbour board said dredging had cost £2.4 million.',
      'The inspectors say otherwise.',
      'Its former chair, Alun Frome, tells a different story.',
    )
    expect(has(claims, 'say otherwise')).toBe(false)
    expect(has(claims, 'different story')).toBe(false)
  })

  it('is not a claim in French either', () => {
    const claims = french(
      'Le collectif affirme que 120 familles attendent un relogement.',
      'La mairie conteste ce bilan.',
    )
    expect(has(claims, '120 familles')).toBe(true)
    expect(has(claims, 'conteste ce bilan')).toBe(false)
  })

  it('stays a claim when it says more, names what it contests, or denies', () => {
    const claims = english(
      'Tenants at Pellow Court said the lifts had been broken for 19 days.',
      'The landlord rejected that account, saying engineers had visited twice in March.',
      'The landlord denies this.',
    )
    expect(has(claims, 'engineers had visited')).toBe(true)
    expect(has(claims, 'denies this')).toBe(true)
    const contested = french(
      'Le collectif affirme que 120 familles attendent un relogement.',
      'Le bailleur, Habitat Sorval, conteste toute responsabilité.',
    )
    expect(has(contested, 'toute responsabilité')).toBe(true)
  })
})

describe('a refusal to answer', () => {
  it('is not a claim when someone declines to comment or says they could not', () => {
    const claims = english(
      'Tenants at Pellow Court said the lifts had been broken for 19 days.',
      'The council declined to comment on the tenants\u2019 survey.',
      'Quarrington Homes said it could not comment on individual flats.',
      'Its director, Petra Lusk, declined to discuss the repair contract.',
    )
    expect(has(claims, 'declined to comment')).toBe(false)
    expect(has(claims, 'could not comment')).toBe(false)
    expect(has(claims, 'declined to discuss')).toBe(false)
  })

  it('stays a claim after something the sentence did say', () => {
    const claims = english(
      'Tenants at Pellow Court said the lifts had been broken for 19 days.',
      'A spokesman said repairs were "under way" and declined to comment further.',
      'Petra Lusk said the contract would be reviewed, but declined to say when.',
    )
    expect(has(claims, 'under way')).toBe(true)
    expect(has(claims, 'would be reviewed')).toBe(true)
  })
})
