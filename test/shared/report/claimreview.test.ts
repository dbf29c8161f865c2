import type { ClaimReview, WithContext } from 'schema-dts'
import * as Y from 'yjs'
import { beforeAll, describe, expect, it } from 'vitest'
import { Dossier } from '../../../src/shared/dossier'
import type { Decision } from '../../../src/shared/dossier'
import { createDeviceKey, signerFromKey } from '../../../src/shared/identity'
import { toClaimReview } from '../../../src/shared/report/claimreview'
import { buildSampleDossier } from './sample-dossier'
import type { SampleDossier } from './sample-dossier'

const PUBLISHER = { name: 'Veyra Verify', url: 'https://verify.example' }

let sample: SampleDossier
let output: string
let reviews: WithContext<ClaimReview>[]

beforeAll(() => {
  sample = buildSampleDossier()
  output = toClaimReview(sample.dossier, {
    publisher: PUBLISHER,
    url: 'https://verify.example/kessel',
  })
  reviews = JSON.parse(output) as WithContext<ClaimReview>[]
})

/** The review of one sample claim, as a plain JSON object for the assertions. */
const reviewOf = (text: string): Record<string, unknown> => {
  const review = reviews.find((item) => item.claimReviewed === text)
  if (review === undefined) throw new Error(`no review of "${text}"`)
  return review as unknown as Record<string, unknown>
}

const headTime = (id: string): string => {
  const state = sample.dossier.claim(id)!.state
  return state.heads.at(-1)!.at
}

describe('toClaimReview', () => {
  it('reviews only settled, signed verdicts: no unverified, conflicting or tampered claims', () => {
    expect(Array.isArray(reviews)).toBe(true)
    const texts = reviews.map((review) => review.claimReviewed)
    const text = (name: keyof SampleDossier['ids']): string =>
      sample.dossier.claim(sample.ids[name])!.text
    // The hostile claim is reviewed on its signed decision; the tampered one never counts.
    expect(texts).toEqual([text('firstToll'), text('revisedToll'), text('denial'), text('hostile')])
    expect(sample.dossier.claim(sample.ids.blame)!.label).toBe('conflict')
    expect(sample.dossier.claim(sample.ids.hostile)!.label).toBe('disputed')
  })

  it('rates on a 1 to 5 scale with the desk verdict as the rating name', () => {
    const rating = (text: string): unknown => reviewOf(text).reviewRating
    expect(rating('The death toll rose to 31')).toEqual({
      '@type': 'Rating',
      ratingValue: 5,
      bestRating: 5,
      worstRating: 1,
      alternateName: 'Confirmed',
      ratingExplanation: 'Matches hospital list',
    })
    expect(rating('Northern Alliance units had left the district a week earlier')).toMatchObject({
      ratingValue: 3,
      alternateName: 'Disputed',
      ratingExplanation: 'Imagery shows units there </script>',
    })
    expect(rating('At least 23 people were killed in the shelling of Kessel market')).toMatchObject(
      {
        ratingValue: 1,
        alternateName: 'Retracted',
      },
    )
  })

  it('describes the claim, who made it and where it appeared', () => {
    const revised = reviewOf('The death toll rose to 31')
    expect(revised).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'ClaimReview',
      url: 'https://verify.example/kessel#claim-2',
      datePublished: headTime(sample.ids.revisedToll),
      inLanguage: 'en',
      author: { '@type': 'Organization', name: 'Veyra Verify', url: 'https://verify.example/' },
      itemReviewed: {
        '@type': 'Claim',
        author: {
          '@type': 'Person',
          name: 'Col. Mara Voss',
          jobTitle: 'interior ministry spokesperson',
        },
        appearance: {
          '@type': 'CreativeWork',
          name: 'state television',
          datePublished: '2025-03-01',
        },
      },
    })
    expect(
      reviewOf('Northern Alliance units had left the district a week earlier').itemReviewed,
    ).toEqual({
      '@type': 'Claim',
      author: { '@type': 'Organization', name: 'Northern Alliance' },
      appearance: { '@type': 'CreativeWork', url: 'https://alliance.example/statement' },
    })
    const first = reviewOf('At least 23 people were killed in the shelling of Kessel market')
    expect(first.itemReviewed).toEqual({
      '@type': 'Claim',
      author: { '@type': 'Organization', name: 'Interior Ministry' },
    })
    expect(first.datePublished).toBe(headTime(sample.ids.firstToll))
  })

  it('can be pasted into an HTML script block: no raw < > or &', () => {
    expect(output).not.toMatch(/[<>&]/)
    expect(output).toContain('\\u003c/script\\u003e')
  })

  it('leaves out a page url it was not given and a publisher url that is not a web address', () => {
    const bare = JSON.parse(
      toClaimReview(sample.dossier, { publisher: { name: 'Desk', url: 'javascript:alert(1)' } }),
    ) as Record<string, unknown>[]
    expect(bare).toHaveLength(4)
    for (const review of bare) {
      expect(review).not.toHaveProperty('url')
      expect(review.author).toEqual({ '@type': 'Organization', name: 'Desk' })
    }
  })

  it('reviews the signed verdict, never an unsigned decision that claims to replace it', () => {
    const ana = signerFromKey(createDeviceKey('Ana Ruiz'))
    const doc = new Y.Doc()
    const dossier = Dossier.create(doc, { title: 'Unsigned', sourceText: 'Some text.' })
    const signed = dossier.addClaim(
      { text: 'Signed verdict', attribution: { who: 'A' }, kind: 'other' },
      ana,
    )
    const unsigned = dossier.addClaim(
      { text: 'Unsigned verdict', attribution: { who: 'B' }, kind: 'other' },
      ana,
    )
    dossier.decide(signed, { status: 'confirmed', rationale: 'checked' }, ana)
    const { sig: _sig, ...bare } = dossier.decide(
      unsigned,
      { status: 'confirmed', rationale: 'x' },
      ana,
    )
    const copy: Decision = { ...bare, id: 'd_unsigned0001', supersedes: [bare.id] }
    doc.getArray('decisions').push([copy])
    expect(dossier.verification(dossier.claim(unsigned)!.state.heads[0]!)).toBe('signed')
    expect(dossier.claim(unsigned)!.ignoredDecisions).toBe(1)
    const texts = (
      JSON.parse(toClaimReview(dossier, { publisher: PUBLISHER })) as ClaimReview[]
    ).map((review) => review.claimReviewed)
    expect(texts).toEqual(['Signed verdict', 'Unsigned verdict'])
  })
})
