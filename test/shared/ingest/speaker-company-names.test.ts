import { describe, expect, it } from 'vitest'
import { english, withText } from './invented-sentences'

/**
 * "The company" after a sentence whose speaker is a bare name of three capitalised words or
 * more, with no role ("Horvath Cold Stores has denied …"), is that name: a person is mostly
 * named by two words, or with a role, and stays no company. Every name below is invented.
 */
describe('"the company" after a company that spoke', () => {
  it('is the three-word name that spoke in the sentence before', () => {
    const claims = english(
      'Fire crews inspected the depot in May. Horvath Cold Stores has denied that it stored 40 gas bottles there. In a statement on Friday, the company said all 12 repairs had been completed in June. The company also said it had never been told of the 3 later visits.',
    )
    expect(withText(claims, '12 repairs').attribution.who).toBe('Horvath Cold Stores')
    expect(withText(claims, '3 later visits').attribution.who).toBe('Horvath Cold Stores')
  })

  it('is never a person of two words, nor one named with a role', () => {
    const claims = english(
      'Buses were cut in May. Mira Castell said 40 routes had closed. The company said 12 would reopen.',
      'Buses were cut in June. Tomas del Pardo, a driver, said 30 routes had closed. The company said 9 would reopen.',
    )
    expect(withText(claims, '12 would reopen').attribution.who).not.toBe('Mira Castell')
    expect(withText(claims, '9 would reopen').attribution.who).not.toBe('Tomas del Pardo')
  })
})

describe('a name with a Portuguese particle', () => {
  it('keeps "do" inside the name: "Vinhos do Tâmega said"', () => {
    const claims = english('In a statement, Vinhos do Tâmega said it had cut 40 jobs.')
    expect(withText(claims, '40 jobs').attribution.who).toBe('Vinhos do Tâmega')
  })
})
