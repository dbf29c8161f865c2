import type { ClaimReview, WithContext } from 'schema-dts'
import { describe, expect, it } from 'vitest'
import { claimReviewOptionsFrom, toClaimReview } from '../../../src/shared/report/claimreview'
import {
  readClaimReviewSettings,
  reviewUrlFor,
} from '../../../src/shared/report/claimreview-settings'
import { buildSampleDossier } from './sample-dossier'

const NOTHING = { reviewUrl: '', publisherName: '', publisherUrl: '', claimAuthor: '' }

describe('ClaimReview settings', () => {
  it('gives each claim its address: the page with #claim-N, or a pattern with {number}', () => {
    expect(reviewUrlFor('https://news.example/ferry', 3)).toBe('https://news.example/ferry#claim-3')
    expect(reviewUrlFor('https://news.example/ferry#top', 3)).toBe(
      'https://news.example/ferry#claim-3',
    )
    expect(reviewUrlFor('https://news.example/checks/{number}', 12)).toBe(
      'https://news.example/checks/12',
    )
    expect(reviewUrlFor('javascript:alert(1)', 1)).toBeNull()
  })

  it('takes empty fields as not given, and refuses what is no http(s) address, in words', () => {
    expect(readClaimReviewSettings(NOTHING)).toEqual({ ok: true, settings: {} })
    expect(
      readClaimReviewSettings({
        reviewUrl: ' https://news.example/checks/{number} ',
        publisherName: 'Harbour News',
        publisherUrl: 'https://news.example',
        claimAuthor: 'person',
      }),
    ).toEqual({
      ok: true,
      settings: {
        reviewUrl: 'https://news.example/checks/{number}',
        publisherName: 'Harbour News',
        publisherUrl: 'https://news.example',
        claimAuthor: 'person',
      },
    })
    const bad = readClaimReviewSettings({
      ...NOTHING,
      reviewUrl: 'ftp://news.example/x',
      publisherUrl: 'news.example',
    })
    expect(bad).toEqual({
      ok: false,
      problems: [
        'the review page must be a web address starting with http:// or https://, with no spaces',
        'the publisher’s address must be a web address starting with http:// or https://, with no spaces',
      ],
    })
  })

  it('puts the fields in the markup, and types every claim author as chosen', () => {
    const { dossier } = buildSampleDossier()
    const render = (claimAuthor: 'guess' | 'person' | 'organization') =>
      JSON.parse(
        toClaimReview(
          dossier,
          claimReviewOptionsFrom({
            reviewUrl: 'https://news.example/checks/{number}',
            publisherName: 'Harbour News',
            publisherUrl: 'https://news.example',
            claimAuthor,
          }),
        ),
      ) as WithContext<ClaimReview>[]
    const guessed = render('guess')
    expect(guessed.length).toBeGreaterThan(1)
    for (const review of guessed) {
      expect(review.url).toMatch(/^https:\/\/news\.example\/checks\/\d+$/)
      expect(review.author).toEqual({
        '@type': 'Organization',
        name: 'Harbour News',
        url: 'https://news.example/',
      })
    }
    const types = (reviews: WithContext<ClaimReview>[]) =>
      new Set(
        reviews.map(
          (review) =>
            ((review.itemReviewed as { author?: { '@type': string } }).author ?? {})['@type'],
        ),
      )
    expect(types(guessed)).toEqual(new Set(['Person', 'Organization']))
    expect(types(render('person'))).toEqual(new Set(['Person']))
    expect(types(render('organization'))).toEqual(new Set(['Organization']))
  })
})
