import { describe, expect, it } from 'vitest'
import type { ClaimCandidate } from '../../../src/shared/ingest'
import { english, french } from './invented-sentences'

/**
 * What is not a claim though it looks like one: a quoted remark with nothing to check, a
 * person's age, a figure in an aside that describes someone. Every name and noun below is
 * invented and in no table.
 */
const texts = (claims: readonly ClaimCandidate[]): string[] => claims.map((claim) => claim.text)

describe('a quotation standing alone after its speaker', () => {
  it('is no claim when it gives nothing to check', () => {
    const claims = english(
      '"The weir rose 2 metres overnight," said warden Ottilie Brasch. "Nobody here has ever felt anything like it."',
    )
    expect(texts(claims)).toEqual([
      '"The weir rose 2 metres overnight," said warden Ottilie Brasch.',
    ])
  })

  it('is a claim when it gives a figure, a time, or a denial', () => {
    const claims = english(
      'Ottilie Brasch, the warden, said the weir had held. "We lost 40 sheep on the lower field."',
      'Ottilie Brasch, the warden, said the weir had held. "The gates were opened on Tuesday."',
      'Ottilie Brasch, the warden, said the weir had held. "We deny that the sluice was left open."',
    )
    expect(texts(claims)).toContain('"We lost 40 sheep on the lower field."')
    expect(texts(claims)).toContain('"The gates were opened on Tuesday."')
    expect(texts(claims)).toContain('"We deny that the sluice was left open."')
  })

  it('stays a claim when it has its own verb of speech', () => {
    const claims = english('"Our sluices are inspected by the county itself," Ms Brasch said.')
    expect(claims).toHaveLength(1)
  })

  it('is no claim in French either', () => {
    const claims = french(
      '« Le barrage a cédé vers 3 heures », a déclaré Odile Ferrand. « Personne ici n’avait jamais vu une chose pareille. »',
    )
    expect(texts(claims).some((text) => text.includes('Personne ici'))).toBe(false)
  })
})

describe('background that only introduces someone', () => {
  it('does not take an age between commas for a figure', () => {
    const claims = english('Tobiah Wrenfield, 83, feeds the geese by the mill pond every morning.')
    expect(claims).toEqual([])
  })

  it('keeps the sentence when it claims a figure besides the age', () => {
    const claims = english('Tobiah Wrenfield, 83, said 14 geese had died in the pond.')
    expect(claims).toHaveLength(1)
    expect(claims[0]!.figures.map((figure) => figure.value)).toEqual([14])
  })

  it('does not take a figure in a "who" aside for what the sentence claims', () => {
    const claims = english(
      'Another boatman, a pilot based at Carrow who has steered barges for 31 years, described the locks at night.',
    )
    expect(claims).toEqual([])
  })

  it('does not take a time of day for a quantity', () => {
    expect(english('The knock came at 23.40 on a Friday in March.')).toEqual([])
    const claims = english('The pumps failed at 23.40 on Friday, the Kelder Water Board said.')
    expect(claims).toHaveLength(1)
  })

  it('keeps a figure in a plain apposition that is not a relative clause', () => {
    const claims = english('The lock, one of 12 on the canal, was closed for repairs.')
    expect(claims).toHaveLength(1)
  })
})
