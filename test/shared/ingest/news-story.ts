/**
 * An invented wire story of any length, deterministic, shaped like real copy rather than one
 * claim per line: people introduced with a role and later quoted by surname or "he"/"she",
 * organisations and "the ministry", figures with units, revisions ("later revised to"), direct
 * quotations, and plain narrative that yields no claim. Used to measure import speed and to
 * prove the resolver's look-backs stay bounded on long stories.
 */
const PEOPLE = [
  ['Halvard Prieto', 'the regional governor', 'he'],
  ['Saoirse Lindgren', 'a hydrologist at the river authority', 'she'],
  ['Obinna Kestrel', 'the fire brigade commander', 'he'],
  ['Marisol Quint', 'a spokeswoman for the relief agency', 'she'],
  ['Teodor Vasko', 'the opposition leader', 'he'],
  ['Amara Delacroix', 'the hospital director', 'she'],
  ['Ruben Salcedo', 'a dock foreman', 'he'],
] as const
const ORGS = [
  ['Ministry of Water Affairs', 'ministry'],
  ['Coastal Relief Agency', 'agency'],
  ['Federation of Dock Workers', 'federation'],
  ['Northern Rail Company', 'company'],
] as const
const PLACES = ['Brenholm', 'Castro Vale', 'the lower quay', 'Idris Point', 'Sorrel Creek']
const DAYS = [
  'on Monday',
  'on Tuesday',
  'late on Wednesday',
  'before dawn on Thursday',
  'overnight',
]
const UNITS = ['people', 'households', 'kilometres of road', 'tonnes of grain', 'volunteers']

const pick = <T>(list: readonly T[], index: number): T => list[index % list.length]!

/** One sentence; `n` is its position, so consecutive sentences name related people. */
const sentenceAt = (n: number): string => {
  const [name, role, pronoun] = pick(PEOPLE, Math.floor(n / 6))
  const surname = name.split(' ')[1]!
  const [org, head] = pick(ORGS, Math.floor(n / 5) + 1)
  const place = pick(PLACES, n * 3 + 1)
  const day = pick(DAYS, n * 7)
  const unit = pick(UNITS, n * 5 + 2)
  const count = ((n * 7919) % 4800) + 20
  const He = pronoun === 'he' ? 'He' : 'She'
  switch (n % 16) {
    case 0:
      return `${name}, ${role}, said ${count} ${unit} had been affected in ${place} ${day}.`
    case 1:
      return `"We moved as fast as the water allowed," ${pronoun} told reporters at a briefing in ${place}.`
    case 2:
      return `The ${org} said it had sent ${(count % 90) + 4} pumps and ${(count % 40) + 3} crews to ${place}.`
    case 3:
      return `Rain kept falling through the afternoon, and the streets near the station emptied.`
    case 4:
      return `${surname} denied that warnings had reached ${place} too late, saying the sirens sounded ${day}.`
    case 5:
      return `The ${head} said the figure was later revised to ${count + 35} ${unit}.`
    case 6:
      return `According to the ${org}, ${(count % 70) + 5} per cent of the harvest near ${place} was lost.`
    case 7:
      return `${He} added that the bridge at ${place} would stay closed for at least ${(n % 11) + 3} days.`
    case 8:
      return `Shopkeepers along the lower quay stacked sandbags against their doors and waited.`
    case 9:
      return `Officials initially put the number of displaced at ${count}, but it rose to ${count + 120} by evening.`
    case 10:
      return `${surname} accused the ${head} of ignoring repeated requests for boats.`
    case 11:
      return `The death toll in ${place} later rose to ${(n % 30) + 2}, the ${org} said.`
    case 12:
      return `Volunteers handed out blankets and hot tea outside the school in ${place}.`
    case 13:
      return `"There is no shortage of drinking water," ${surname} said, adding that ${(count % 25) + 2} tankers were on the way.`
    case 14:
      return `It estimated the damage at $${(count % 300) + 10} million ${day}.`
    default:
      return `Residents said the river had not risen so high since ${1950 + (n % 60)}.`
  }
}

/** Paragraphs of three to five sentences, a headline first, until the text reaches `bytes`. */
export const newsStory = (bytes: number): string => {
  const parts: string[] = [
    'Floods cut off the coast as relief crews struggle to reach villages',
    '',
  ]
  let length = parts[0]!.length
  let n = 0
  while (length < bytes) {
    const size = 3 + (n % 3)
    const paragraph: string[] = []
    for (let i = 0; i < size; i += 1, n += 1) paragraph.push(sentenceAt(n))
    const text = paragraph.join(' ')
    parts.push(text, '')
    length += text.length + 2
  }
  return parts.join('\n')
}

/** The same story as HTML, each paragraph in a <p>, inside an article with page furniture. */
export const newsStoryHtml = (bytes: number): string => {
  const paragraphs = newsStory(bytes)
    .split('\n\n')
    .map((text, index) =>
      index === 0 ? `<h1>${text}</h1>` : `<p>${text.replaceAll('&', '&amp;')}</p>`,
    )
  return `<!doctype html><html><head><title>Floods</title><script>var x = 1</script></head><body><nav><a href="/">Home</a></nav><article>\n${paragraphs.join('\n')}\n</article><footer>Contact</footer></body></html>\n`
}
