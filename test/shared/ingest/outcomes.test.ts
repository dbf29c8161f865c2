import { describe, expect, it } from 'vitest'
import { english, french } from './invented-sentences'

/**
 * Claims without a figure that a desk lists: verdicts, acquittals, pleas and an inquiry opened;
 * and a second report after a speaker's aside when the first gives only a time. Every name and
 * noun below is invented and in no table.
 */
describe('outcomes without a figure', () => {
  it('lists a conviction, an acquittal and a plea', () => {
    const claims = english(
      'A jury in Tarnwick convicted the former harbour clerk Odran Vell of embezzlement.',
      'Vell was acquitted on two counts of forgery.',
      'His cousin, Brisk Amlow, pleaded guilty to fraud.',
    )
    expect(claims).toHaveLength(3)
    expect(claims.every((claim) => claim.kind === 'event')).toBe(true)
  })

  it('lists an inquiry opened, in English and in French', () => {
    expect(
      english('The Ovel prosecutor has opened a criminal investigation into the collapse.'),
    ).toHaveLength(1)
    expect(
      french('Le parquet de Larnes a ouvert une enquête pour homicide involontaire.'),
    ).toHaveLength(1)
  })

  it('leaves a bridge opened, with no inquiry, alone', () => {
    expect(english('The Ovel council opened the new footbridge with a brass band.')).toHaveLength(0)
  })
})

describe('a second report after the speaker’s aside', () => {
  it('quotes the clause with the figure when the first side gives only a time', () => {
    const claims = english(
      'Crews had the fire out shortly after 6 p.m., he said, and 27 of the injured had gone home.',
    )
    expect(claims).toHaveLength(2)
    expect(claims[1]!.text).toBe('27 of the injured had gone home.')
  })

  it('keeps a scene-setting time and its event as one claim', () => {
    expect(
      english(
        'Rain swamped the Ovel valley on Sunday night, and at least 9 people died in Larnes.',
      ),
    ).toHaveLength(1)
  })
})

describe('French round numbers in "-aine"', () => {
  it('reads "une soixantaine de" and "une quinzaine d’" as counts', () => {
    const claims = french(
      'Une soixantaine de sauveteurs sont mobilisés à Larnes.',
      'Selon la mairie, une quinzaine d’habitants ont été relogés.',
    )
    expect(claims.map((claim) => claim.figures[0]?.value)).toEqual([60, 15])
  })
})
