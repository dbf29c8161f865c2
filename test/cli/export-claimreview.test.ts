import * as fs from 'node:fs/promises'
import * as path from 'node:path'
import { describe, expect, it } from 'vitest'
import { Library } from '../../src/main/host/library/library'
import { Dossier } from '../../src/shared/dossier'
import { alice, tickingClock } from '../support/dossier-fixtures'
import { cli } from '../support/run-cli'
import { tempDir } from '../support/temp-dir'

const decidedLibrary = async (): Promise<{ data: string; id: string }> => {
  const data = path.join(await tempDir(), 'library')
  const stored = await Library.open(data)
  const id = await stored.add((doc) => {
    const dossier = Dossier.create(
      doc,
      { title: 'Dam', sourceText: 'Text.' },
      { now: tickingClock() },
    )
    const claim = dossier.addClaim(
      { text: '23 missing', attribution: { who: 'River Authority' }, kind: 'figure' },
      alice,
    )
    dossier.decide(claim, { status: 'confirmed', rationale: 'Two sources.' }, alice)
    return dossier
  })
  await stored.close()
  return { data, id }
}

describe('dossier export --format claimreview, with the publisher’s fields', () => {
  it('writes the review address, the publisher and the chosen author type', async () => {
    const { data, id } = await decidedLibrary()
    const out = path.join(await tempDir(), 'reviews.json')
    const run = await cli([
      'export',
      id,
      '--format',
      'claimreview',
      '--out',
      out,
      '--data',
      data,
      '--publisher',
      'Harbour News',
      '--publisher-url',
      'https://news.example',
      '--review-url',
      'https://news.example/checks/{number}',
      '--claim-author',
      'person',
    ])
    expect(run.code, run.stderr).toBe(0)
    const [review] = JSON.parse(await fs.readFile(out, 'utf8')) as Record<string, unknown>[]
    expect(review).toMatchObject({
      url: 'https://news.example/checks/1',
      author: { '@type': 'Organization', name: 'Harbour News', url: 'https://news.example/' },
      itemReviewed: { '@type': 'Claim', author: { '@type': 'Person', name: 'River Authority' } },
    })
  })

  it('refuses an address that is not http(s), and an unknown author type, saying why', async () => {
    const { data, id } = await decidedLibrary()
    const badUrl = await cli([
      'export',
      id,
      '--format',
      'claimreview',
      '--data',
      data,
      '--review-url',
      'javascript:alert(1)',
    ])
    expect(badUrl.code).not.toBe(0)
    expect(badUrl.stderr).toContain(
      'the review page must be a web address starting with http:// or https://',
    )
    const badType = await cli([
      'export',
      id,
      '--format',
      'claimreview',
      '--data',
      data,
      '--claim-author',
      'robot',
    ])
    expect(badType.code).not.toBe(0)
    expect(badType.stderr).toContain(
      'unknown --claim-author "robot"; use guess, person, organization',
    )
  })
})
