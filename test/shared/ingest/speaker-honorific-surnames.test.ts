import { describe, expect, it } from 'vitest'
import { english, french, withText } from './invented-sentences'

/**
 * A person named in full once and then by an honorific and their surname ("Ms Penhallow",
 * "Mme Garrigue"), as most newspapers do, is one speaker: the later mentions, and a pronoun after
 * them, resolve to the full name met earlier. Every name below is invented and in no table.
 */
describe('an honorific and a surname', () => {
  it('resolves to the full name given earlier, with its role', () => {
    const claims = english(
      'Orla Penhallow, a spokeswoman for Brackwater Lines, said 40 roads were shut.',
      '"It was a long night," Ms Penhallow said. Ms Penhallow said 12 bridges had been checked.',
    )
    const checked = withText(claims, '12 bridges')
    expect(checked.attribution.who).toBe('Orla Penhallow')
    expect(checked.attribution.role).toBe('spokeswoman for Brackwater Lines')
    expect(withText(claims, 'long night').attribution.who).toBe('Orla Penhallow')
  })

  it('reads an honorific with a full stop and in French', () => {
    const english_ = withText(
      english(
        'Tamsin Kell, who chairs the Oxhey ferry board, said 9 crossings were cancelled.',
        'Mr. Kell said 3 more would go on Friday.',
      ),
      '3 more',
    )
    expect(english_.attribution.who).toBe('Tamsin Kell')
    const french_ = withText(
      french(
        'Odile Garrigue, porte-parole de la mairie, a déclaré que 40 routes étaient fermées.',
        'Selon Mme Garrigue, 12 ponts ont été vérifiés.',
      ),
      '12 ponts',
    )
    expect(french_.attribution.who).toBe('Odile Garrigue')
  })

  it('makes the person the referent of a later pronoun', () => {
    const claim = withText(
      english(
        'Idris Vantongeren, the harbour master, said 14 boats sank.',
        'Mr Vantongeren did not say when the quay would reopen. He said 6 crew were rescued.',
      ),
      '6 crew',
    )
    expect(claim.attribution.who).toBe('Idris Vantongeren')
  })

  it('keeps the honorific and surname when nobody had that surname', () => {
    const claim = withText(english('Ms Quarrendon said 18 stalls had closed.'), 'stalls')
    expect(claim.attribution.who).toBe('Ms Quarrendon')
  })
})
