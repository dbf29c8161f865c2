import { describe, expect, it } from 'vitest'
import { extractClaims, rulesFor } from '../../../src/shared/ingest'
import { withText } from './invented-sentences'
import { releaseIssuer } from '../../../src/shared/ingest/release-issuer'

/**
 * A press release speaks for the organisation that issued it: what it states without naming a
 * source is the issuer's claim, and a quotation introduced by "X said:" is X's to its last
 * sentence. Every name below is invented.
 */
const whoSaid = (text: string, language = 'en'): string[] =>
  extractClaims(text, { language }).map((candidate) => candidate.attribution.who)

const LEDE_RELEASE = [
  'Lindmoor, 3 March 2026 – Corvane Ferries today confirmed that its electric crossing to Skerrin will open on 18 October.',
  'The two vessels will carry up to 240 passengers each and replace a diesel ferry built in 1994.',
  '"We have waited a long time for this," said Ilona Varga, the operator\'s chief executive.',
].join('\n\n')

describe('the issuer of a press release', () => {
  const en = rulesFor('en')
  const fr = rulesFor('fr')

  it('is read from a header, in any case, or from a lede that does something "today"', () => {
    expect(
      releaseIssuer('Press release from Brenford City Council, issued 9 May 2025\n\nText.', en),
    ).toBe('Brenford City Council')
    expect(releaseIssuer('PRESS RELEASE FROM the Orrin Gardens Trust\n\nText.', en)).toBe(
      'Orrin Gardens Trust',
    )
    expect(releaseIssuer('Issued by: Eastmere Fire and Rescue Service, Communications', en)).toBe(
      'Eastmere Fire and Rescue Service',
    )
    expect(releaseIssuer(LEDE_RELEASE, en)).toBe('Corvane Ferries')
    expect(
      releaseIssuer(
        'Harwick - The Aldmoor Rowing Association (ARA) today published its accounts.',
        en,
      ),
    ).toBe('Aldmoor Rowing Association')
    expect(releaseIssuer('Communiqué de presse de la Mairie de Valmorange\n\nTexte.', fr)).toBe(
      'Mairie de Valmorange',
    )
    expect(
      releaseIssuer(
        "Valmorange, 3 mars 2026 – La Mairie de Valmorange a aujourd'hui annoncé la fermeture du pont.",
        fr,
      ),
    ).toBe('Mairie de Valmorange')
  })

  it('is the publisher an "About us" names, in a report or post an organisation publishes itself', () => {
    const report = [
      'Summary of our report on tenancy deposits.',
      'Between October and January we surveyed 1,240 tenants. Only 12 per cent of those who lost money took their case to adjudication.',
      'About us',
      'The Fair Keys Project is a Wenlow charity that helps tenants. Since 2019 we have advised more than 3,000 of them.',
    ].join('\n\n')
    expect(releaseIssuer(report, en)).toBe('Fair Keys Project')
    expect(whoSaid(report)).toContain('Fair Keys Project')
    expect(whoSaid(report)).not.toContain('unknown')
    expect(
      releaseIssuer('Text of a story.\n\nAbout the author\n\nJune Abara is a reporter.', en),
    ).toBeNull()
    expect(
      releaseIssuer(
        "Texte.\n\nQui sommes-nous ?\n\nL'Association Clos Vert est une association.",
        fr,
      ),
    ).toBe('Association Clos Vert')
  })

  it("owns the release's documents that name no owner, kept as where the claim was made", () => {
    const release = [
      'Lindenford, 25 November 2026 – The Northmere Housing Observatory today published a correction to its annual report.',
      'The report, as originally published, stated that 6,420 children were in temporary homes.',
      'The Ashcombe Council survey found that 310 families had moved twice.',
    ].join('\n\n')
    const claims = extractClaims(release, { language: 'en' })
    expect(withText(claims, '6,420').attribution).toEqual({
      who: 'Northmere Housing Observatory',
      where: 'report',
    })
    expect(withText(claims, '310 families').attribution.who).not.toBe(
      'Northmere Housing Observatory',
    )
  })

  it('is nobody in a story that is not a release', () => {
    // A wire story names its day; "today" only opens a release's lede.
    expect(
      releaseIssuer('Lindmoor, 3 March – Corvane Ferries said on Tuesday that it would open.', en),
    ).toBeNull()
    expect(releaseIssuer('The ferry will open today, the operator said.', en)).toBeNull()
    // A header that runs on into a sentence names no issuer.
    expect(
      releaseIssuer(
        'Press release from Alpha Beta Gamma Delta Epsilon Zeta Eta Theta Iota Kappa today',
        en,
      ),
    ).toBeNull()
  })

  it("gives the release's unattributed claims to the issuer and leaves named speakers theirs", () => {
    expect(whoSaid(LEDE_RELEASE)).toEqual(['Corvane Ferries', 'Corvane Ferries', 'Ilona Varga'])
    // The same sentences in a story that is no release: the reporter's facts have no speaker.
    const wire = LEDE_RELEASE.replace('today confirmed', 'confirmed on Tuesday')
    expect(whoSaid(wire)[1]).toBe('unknown')
  })
})

describe('a quotation introduced by "said:"', () => {
  const RELEASE = [
    'Press release from the Aldmoor Rowing Association',
    'Margaret Ellwood, chair of the association, said:',
    '"These are disappointing numbers. We have cut central costs by £650,000 a year since January, and 14 clubs have had their grants protected."',
    'Membership stood at 5,120 at the end of June.',
  ].join('\n\n')

  it("is the introducer's to its last sentence, and the paragraph after it is not", () => {
    const claims = extractClaims(RELEASE, { language: 'en' })
    const costs = claims.find((claim) => claim.text.includes('£650,000'))
    expect(costs?.attribution.who).toBe('Margaret Ellwood')
    const members = claims.find((claim) => claim.text.includes('5,120'))
    expect(members?.attribution.who).toBe('Aldmoor Rowing Association')
  })

  it('is no claim itself: "X, chair of Y, said:" states nothing to check', () => {
    const claims = extractClaims(RELEASE, { language: 'en' })
    expect(claims.map((claim) => claim.text)).not.toContain(
      'Margaret Ellwood, chair of the association, said:',
    )
    expect(claims).toHaveLength(2)
  })

  it('needs the quotation to open the paragraph right after the introducer', () => {
    const apart = RELEASE.replace(
      '"These are',
      'The figures were published on Monday.\n\n"These are',
    )
    const costs = extractClaims(apart, { language: 'en' }).find((claim) =>
      claim.text.includes('£650,000'),
    )
    expect(costs?.attribution.who).not.toBe('Margaret Ellwood')
  })
})
