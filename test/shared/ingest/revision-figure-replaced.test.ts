import { describe, expect, it } from 'vitest'
import { english, french, withText } from './invented-sentences'

/**
 * A figure said to replace an earlier one ("now", "the correct figure", « en réalité »,
 * « finalement », "puts that number at") revises the latest earlier claim whose figure counts
 * the same thing, named by a word of its measure on both sides: the counted noun, or a word of
 * what is measured. A chain of three stays in order, and a figure of another measure, of
 * another size, or merely repeated links nothing. Every name and number is invented.
 */
describe('a figure that replaces an earlier one for the same measure', () => {
  it('links live-blog counts of the missing in order, "unaccounted for" and "missing" alike', () => {
    const claims = english(
      '06:10 The mountain rescue team says eleven walkers are unaccounted for on the Crannoch ridge.',
      '06:40 The county council says 140 people have spent the night in the Brisley leisure centre.',
      '08:05 Missing now 7.',
      '09:30 The rescue team now says five people are still missing, after two were found in a bothy.',
    )
    const first = claims.indexOf(withText(claims, 'eleven walkers'))
    const second = claims.indexOf(withText(claims, 'Missing now 7'))
    expect(claims[second]!.revisionOf).toBe(first)
    expect(withText(claims, 'five people').revisionOf).toBe(second)
    expect(withText(claims, '140 people').revisionOf).toBeUndefined()
  })

  it('links "the correct figure" to the claim that named what it counts, far back', () => {
    const claims = english(
      'Harnley District Council said 31 libraries would open late on Saturday.',
      'The council also said its bin collections would run a day behind.',
      'Waste crews worked through the night to clear 600 tonnes of fallen branches.',
      'The council has since said the correct figure is 26, because five libraries in the north of the district could not be heated.',
    )
    expect(withText(claims, 'correct figure is 26').revisionOf).toBe(
      claims.indexOf(withText(claims, '31 libraries')),
    )
  })

  it('links a figure a speaker puts "that number" at to the count it names', () => {
    const claims = english(
      'In March the trust said 52 nurses had been paid late because of a payroll fault.',
      'An internal review puts that number at 130, most of them agency nurses on night shifts.',
    )
    expect(withText(claims, 'puts that number at 130').revisionOf).toBe(
      claims.indexOf(withText(claims, '52 nurses')),
    )
  })

  it('links French counts stated « en réalité » and « finalement »', () => {
    const claims = french(
      "Le rectorat avait annoncé mardi que onze classes étaient fermées dans le département de l'Orvène.",
      "Selon le syndicat des enseignants, quatorze classes sont en réalité fermées à cause de l'absence de remplaçants.",
    )
    expect(withText(claims, 'quatorze classes').revisionOf).toBe(
      claims.indexOf(withText(claims, 'onze classes')),
    )
    const surfaces = french(
      'Les pompiers indiquaient jeudi matin que 2 000 mètres carrés de toiture avaient été endommagés.',
      'La mairie a loué une salle de 900 mètres carrés pour accueillir les exposants.',
      'Ce sont finalement 3 100 mètres carrés de toiture qui ont été endommagés, selon le dernier relevé des pompiers.',
    )
    expect(withText(surfaces, '3 100 mètres').revisionOf).toBe(
      surfaces.indexOf(withText(surfaces, '2 000 mètres')),
    )
  })

  it('links a revision that names no claim to the one whose measure it names', () => {
    const claims = english(
      'The first business plan put the one-off cost of resurfacing the market square at £900,000.',
      'Traders complained that the works would close 40 stalls for a month.',
      'The square was last repaved in 1987.',
      'Its cobbles came from a quarry near Ellerby.',
      'A petition against the scheme gathered 2,300 signatures.',
      'According to the planning report, an engineer told councillors that the cost of resurfacing had risen to £1.3 million because of drainage faults.',
    )
    expect(withText(claims, '£1.3 million').revisionOf).toBe(
      claims.indexOf(withText(claims, '£900,000')),
    )
  })

  it('links nothing for another measure, another size, a repeat or a first figure', () => {
    const other = english(
      'The operator said 48 trains were cancelled on Monday.',
      'It now says 45 drivers were off sick.',
    )
    expect(withText(other, '45 drivers').revisionOf).toBeUndefined()
    const size = english(
      'Hollin Water said 4,800 people were without water on Tuesday morning.',
      'Volunteers are now taking water to 12 people who cannot leave their homes.',
    )
    expect(withText(size, '12 people').revisionOf).toBeUndefined()
    const repeat = english(
      'The museum said 9,400 visitors came in August.',
      'The correct figure is 9,400 visitors, its director said.',
    )
    expect(withText(repeat, 'correct figure').revisionOf).toBeUndefined()
    const first = english(
      'The inspectors said the repairs would cost £2.1 million.',
      'At first the inspectors put the repairs at £1.6 million.',
    )
    expect(withText(first, '£1.6 million').revisionOf).toBeUndefined()
  })
})

describe('a figure said to differ from the one given first', () => {
  it('links "higher than first reported", and not the other way round', () => {
    const claims = english(
      'About 4,200 households in Fellby were told on Wednesday to boil their tap water.',
      'Engineers flushed the mains overnight.',
      'The company said the number of affected households was higher than first reported, at 6,800.',
    )
    const first = withText(claims, '4,200')
    expect(withText(claims, '6,800').revisionOf).toBe(claims.indexOf(first))
    expect(first.revisionOf).toBeUndefined()
  })

  it('links "lower than the figure he gave"', () => {
    const claims = english(
      'The hospital has 310 nursing vacancies, its chief executive said.',
      'A workforce paper puts nursing vacancies at 276, lower than the figure he gave.',
    )
    expect(withText(claims, '276').revisionOf).toBe(claims.indexOf(withText(claims, '310')))
  })

  it('links nothing for a comparison of two things', () => {
    const claims = english(
      'The jobless rate in Pellow was 21.3 per cent, the survey found.',
      'The same survey found that hourly pay in such work was 23 per cent lower than in the jobs people had left.',
    )
    expect(withText(claims, '23 per cent').revisionOf).toBeUndefined()
  })
})
