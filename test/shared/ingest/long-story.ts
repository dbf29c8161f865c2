/**
 * A long invented news story, `sentences` sentences, deterministic: named speakers, their
 * surnames and pronouns later on, organisations and "the group", figures and revisions, so that
 * every stage of ingest (attribution, discourse, figures, revisions) does real work at any size,
 * including the look-backs that once made ingest quadratic.
 */
const PEOPLE = [
  ['Mira Castell', 'the mayor'],
  ['Tomas Okafor', 'a harbour engineer'],
  ['Lena Duarte', 'the health minister'],
  ['Yusuf Brandt', 'a union spokesman'],
  ['Ines Varga', 'the police chief'],
] as const
const ORGS = ['Harbour Workers Union', 'Provincial Health Office', 'Relief Coordination Cell']
const PLACES = ['Vell', 'Ostra', 'Marin Bay', 'Kessa', 'the old port']
/** Surnames no one introduced by full name: each sends the resolver looking back for one. */
const STRANGERS = ['Okonkwo', 'Haddad', 'Lindqvist', 'Moreau', 'Achterberg']

const pick = <T>(list: readonly T[], index: number): T => list[index % list.length]!

const sentenceAt = (index: number): string => {
  const [name, role] = pick(PEOPLE, index)
  const surname = name.split(' ')[1]!
  const org = pick(ORGS, index * 3 + 1)
  const place = pick(PLACES, index * 7 + 2)
  const count = ((index * 37) % 900) + 10
  switch (index % 9) {
    case 0:
      return `${name}, ${role}, said ${count} people were moved from ${place} on Tuesday.`
    case 1:
      return `"We have opened ${(count % 12) + 2} shelters," she said.`
    case 2:
      return `The ${org} said it had counted ${count + 7} families in ${place}.`
    case 3:
      return `${surname} denied that the bridge at ${place} had been closed.`
    case 4:
      return `The group said the figure was later revised to ${count + 40} people.`
    case 5:
      return `According to ${org}, ${(count % 60) + 1} per cent of homes lost power.`
    case 6:
      return `He added that the road to ${place} would reopen within ${(index % 9) + 2} days.`
    case 7:
      return `${pick(STRANGERS, index)} said the water reached ${place} at ${(index % 12) + 1} o'clock.`
    default:
      return `Residents of ${place} gathered near the market in the afternoon.`
  }
}

export const longStory = (sentences: number): string => {
  let text = 'Floods force evacuations along the coast\n\n'
  for (let index = 0; index < sentences; index++) {
    if (index > 0) text += index % 5 === 0 ? '\n\n' : ' '
    text += sentenceAt(index)
  }
  return `${text}\n`
}

/**
 * `sentences` sentences in which every other one quotes a surname never introduced in full,
 * while people keep being named: the worst case for a resolver that scans every earlier mention.
 */
export const strangersStory = (sentences: number): string => {
  let text = 'Flood update\n\n'
  for (let index = 0; index < sentences; index += 2) {
    const place = pick(PLACES, index)
    text += `Minister Ana Lopez, Judge Rui Costa, Mayor Eva Sand and Colonel Ivo Marsh visited ${place}. `
    text += `${pick(STRANGERS, index)} said ${index + 3} people left ${place}.`
    text += index % 10 === 8 ? '\n\n' : ' '
  }
  return `${text}\n`
}
