import { describe, expect, it } from 'vitest'
import { french, withText } from './invented-sentences'

/**
 * A count of people revised later ("le bilan … revu à la hausse : 530 personnes") revises the
 * earlier count of people, not a time of day ("vers 6 heures") the same source gave in between.
 * Every name and figure below is invented.
 */
describe('a people count never revises hours', () => {
  it('links "530 personnes" to "310 personnes évacuées", past "vers 6 heures"', () => {
    const claims = french(
      'Mardi matin, la préfecture de Morlac a fait état de 310 personnes évacuées.',
      'Selon le même communiqué, le Doubrac avait atteint 4,10 mètres vers 6 heures du matin.',
      'En fin de journée, le bilan des évacuations a été revu à la hausse : 530 personnes ont dû quitter leur domicile, a indiqué la préfecture.',
    )
    const first = claims.indexOf(withText(claims, '310 personnes'))
    expect(withText(claims, '530 personnes').revisionOf).toBe(first)
  })
})
