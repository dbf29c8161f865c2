import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { Dossier } from '../../../src/shared/dossier'
import { createDeviceKey, signerFromKey } from '../../../src/shared/identity'
import { CANDIDATE_TAG, IngestError, ingestStory, parseDocument } from '../../../src/shared/ingest'
import { ELECTION_MARKDOWN, FERRY_HTML, FLOOD_TEXT } from './stories'

const signer = signerFromKey(createDeviceKey('Ana Ruiz'))
const fixedNow = () => '2025-06-04T08:00:00.000Z'

describe('ingestStory', () => {
  const result = ingestStory(new Y.Doc(), { text: FLOOD_TEXT, filename: 'marren.txt' }, signer, {
    now: fixedNow,
  })
  const { dossier } = result

  it('creates the dossier with the story as source and its headline as title', () => {
    expect(result.title).toBe('Floods in Marren province: officials revise toll as blame flies')
    expect(dossier.meta()).toMatchObject({
      title: result.title,
      language: 'en',
      created: fixedNow(),
    })
    expect(dossier.sourceText()).toBe(parseDocument(FLOOD_TEXT).sourceText)
    expect(result.dateline).toEqual({ raw: 'Posted June 3, 2025', date: '2025-06-03' })
  })

  it('adds one claim per candidate, in order, with its attribution, kind, figures and tag', () => {
    const claims = dossier.claims()
    expect(claims.map((claim) => claim.id)).toEqual(result.claimIds)
    expect(claims).toHaveLength(result.candidates.length)
    claims.forEach((claim, index) => {
      const candidate = result.candidates[index]!
      expect(claim.text).toBe(candidate.text)
      expect(claim.kind).toBe(candidate.kind)
      expect(claim.attribution).toEqual(candidate.attribution)
      expect(claim.figures).toEqual(candidate.figures)
      expect(claim.tags).toEqual([CANDIDATE_TAG])
      expect(claim.createdBy).toBe(signer.publicKey)
      expect(claim.label).toBe('unverified')
    })
  })

  it('anchors every quote at its span, intact', () => {
    const source = dossier.sourceText()
    result.claimIds.forEach((id, index) => {
      const candidate = result.candidates[index]!
      const quote = dossier.quote(id)
      expect(quote).toMatchObject({ state: 'intact', start: candidate.start, end: candidate.end })
      expect(quote.state === 'intact' && quote.current).toBe(
        source.slice(candidate.start, candidate.end),
      )
    })
  })

  it('links each revised figure to the one it revises', () => {
    const revisions = result.candidates.flatMap((candidate, index) =>
      candidate.revisionOf === undefined ? [] : [[index, candidate.revisionOf] as const],
    )
    expect(revisions.length).toBe(3)
    for (const [revised, original] of revisions) {
      const links = dossier.links(result.claimIds[revised]!)
      expect(links).toContainEqual(
        expect.objectContaining({
          from: result.claimIds[revised],
          to: result.claimIds[original],
          type: 'revises',
        }),
      )
      const view = dossier.claim(result.claimIds[original]!)!
      expect(view.links).toContainEqual(
        expect.objectContaining({
          type: 'revises',
          direction: 'in',
          other: result.claimIds[revised],
        }),
      )
    }
    const pair = dossier.links(result.claimIds[revisions.at(-1)![0]]!)[0]
    expect(pair?.note).toBe('three injured → two')
  })

  it('notes a revision by the figures of one measure, not by each claim’s first figure', () => {
    // Invented: the newest figure comes after a date in its claim, the older one after it.
    const story = [
      'The Kestwick Sailing Club today published its accounts for the year ended 31 March 2025, showing a deficit of £412,000.',
      '',
      'The deficit is larger than the £350,000 forecast in the club’s unaudited interim statement.',
    ].join('\n')
    const {
      dossier: accounts,
      claimIds,
      candidates,
    } = ingestStory(new Y.Doc(), { text: story, filename: 'kestwick.txt' }, signer, {
      now: fixedNow,
    })
    const revised = candidates.findIndex((candidate) => candidate.revisionOf !== undefined)
    expect(revised).toBeGreaterThanOrEqual(0)
    const link = accounts.links(claimIds[revised]!)[0]
    expect(link?.note).toBe('£350,000 → £412,000')
  })

  it('notes a correction by the count it corrects, not by the span of time that count is of', () => {
    // Invented: "the correct figure" has no unit of its own; the claim it corrects opens with
    // a span of time.
    const story = [
      'Patients waited more than 12 hours on 1,380 occasions in May, the Fenby trust said.',
      '',
      'A spokeswoman later said the correct figure was 1,830.',
    ].join('\n')
    const { dossier: waits, claimIds } = ingestStory(
      new Y.Doc(),
      { text: story, filename: 'fenby.txt' },
      signer,
      { now: fixedNow },
    )
    expect(waits.links(claimIds[1]!)[0]?.note).toBe('1,380 occasions → 1,830')
  })

  it('survives a round trip to another replica unchanged', () => {
    const copy = new Y.Doc()
    Y.applyUpdate(copy, Y.encodeStateAsUpdate(dossier.doc))
    const replica = Dossier.open(copy)
    expect(
      replica.claims().map((claim) => [claim.text, claim.attribution, claim.links.length]),
    ).toEqual(dossier.claims().map((claim) => [claim.text, claim.attribution, claim.links.length]))
    expect(replica.quarantine()).toEqual([])
    replica.destroy()
  })

  it('reads HTML and Markdown by file name, and an explicit format over the name', () => {
    const html = ingestStory(new Y.Doc(), { text: FERRY_HTML, filename: 'ferry.html' }, signer)
    expect(html.title).toBe('Ferry capsizes off Kalo island')
    expect(html.dossier.sourceText()).not.toContain('<')
    const markdown = ingestStory(
      new Y.Doc(),
      { text: ELECTION_MARKDOWN, filename: 'x.txt', format: 'markdown' },
      signer,
    )
    expect(markdown.title).toBe('Recount ordered in Halden mayoral race')
    expect(markdown.dossier.sourceText()).not.toContain('**')
  })

  it('takes a given title, language and story name', () => {
    const given = ingestStory(
      new Y.Doc(),
      { text: FLOOD_TEXT, title: '  Marren floods  ', language: 'ar', story: 'Marren' },
      signer,
    )
    expect(given.dossier.meta()).toMatchObject({
      title: 'Marren floods',
      language: 'ar',
      direction: 'rtl',
      story: 'Marren',
    })
    // No rules for Arabic yet: English rules still find the English story's claims.
    expect(given.claimIds.length).toBe(result.claimIds.length)
  })

  it('names a story without a headline after its file, or after its first words', () => {
    const body = 'The council said 40 trees were felled, residents told reporters on Monday.'
    expect(
      ingestStory(new Y.Doc(), { text: body, filename: 'trees-story.txt' }, signer).title,
    ).toBe('trees-story')
    const long = `${'Officials said the storm damaged roofs across the region '.repeat(3)}today.`
    const named = ingestStory(new Y.Doc(), { text: long }, signer).title
    expect(named.endsWith('…')).toBe(true)
    expect(named.length).toBeLessThanOrEqual(81)
  })

  it('refuses empty input and input with nothing readable, saying which', () => {
    expect(() => ingestStory(new Y.Doc(), { text: ' \n\t ' }, signer)).toThrow(IngestError)
    expect(() => ingestStory(new Y.Doc(), { text: '' }, signer)).toThrow(/empty/)
    expect(() =>
      ingestStory(
        new Y.Doc(),
        { text: '<html><script>x()</script><nav>Home</nav></html>' },
        signer,
      ),
    ).toThrow(/no readable text in this HTML story/)
  })

  it('makes a dossier with no claims from a story that makes none', () => {
    const calm = ingestStory(new Y.Doc(), { text: 'A quiet day\n\nThe river was calm.' }, signer)
    expect(calm.claimIds).toEqual([])
    expect(calm.dossier.sourceText()).toBe('The river was calm.')
  })
})
