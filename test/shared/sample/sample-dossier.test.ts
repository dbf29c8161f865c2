import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { Dossier } from '../../../src/shared/dossier'
import { createDeviceKey, signerFromKey } from '../../../src/shared/identity'
import { parseDocument } from '../../../src/shared/ingest'
import { SAMPLE_ARTICLE, createSampleDossier } from '../../../src/shared/sample'

const editor = signerFromKey(createDeviceKey('Ines Valdés'))
const colleague = signerFromKey(createDeviceKey('Kwame Mensah'))

describe('SAMPLE_ARTICLE', () => {
  const parsed = parseDocument(SAMPLE_ARTICLE)

  it('is one story of about a dozen paragraphs with a headline and a date line', () => {
    expect(parsed.title).toMatch(/Tamsk dam/)
    expect(parsed.dateline?.date).toBe('2024-03-14')
    const paragraphs = parsed.sourceText.split('\n\n')
    expect(paragraphs.length).toBeGreaterThanOrEqual(11)
    expect(paragraphs.length).toBeLessThanOrEqual(14)
  })
})

describe('createSampleDossier', () => {
  let tick = 0
  const now = () => new Date(Date.UTC(2024, 2, 15, 8, 0, tick++)).toISOString()
  const dossier = createSampleDossier(new Y.Doc(), { editor, colleague }, { now })
  const claims = dossier.activeClaims()
  const who = claims.map((claim) => claim.attribution)

  it('ingests the article: its claims quote the source intact', () => {
    expect(dossier.meta().title).toBe(parseDocument(SAMPLE_ARTICLE).title)
    expect(claims.length).toBeGreaterThanOrEqual(12)
    for (const claim of claims) expect(dossier.quote(claim.id).state).toBe('intact')
    expect(dossier.quarantine()).toEqual([])
  })

  it('has many parties: agency, ministry spokesperson, armed group, foreign government, UN, NGO', () => {
    expect(who).toContainEqual(
      expect.objectContaining({ who: 'Norpress', role: 'state news agency' }),
    )
    expect(who).toContainEqual(
      expect.objectContaining({ who: 'Mira Castell', role: 'Interior Ministry spokeswoman' }),
    )
    expect(who.map((attribution) => attribution.who)).toEqual(
      expect.arrayContaining([
        'Free Highlands Movement',
        'government of neighbouring Sorvania',
        'UN Office for the Coordination of Humanitarian Affairs',
        'Riverwatch',
      ]),
    )
  })

  it('links the toll revised up and then down, and the governor’s lowered figure', () => {
    const revises = claims.flatMap((claim) =>
      claim.links.filter((link) => link.type === 'revises' && link.direction === 'out'),
    )
    expect(revises).toHaveLength(3)
    const byText = (words: string) => claims.find((claim) => claim.text.includes(words))!
    const chain = ['At least 23', 'raised the toll to 31', 'down to 27'].map((words) =>
      byText(words),
    )
    expect(chain[1]!.links).toContainEqual(
      expect.objectContaining({ type: 'revises', direction: 'out', other: chain[0]!.id }),
    )
    expect(chain[2]!.links).toContainEqual(
      expect.objectContaining({ type: 'revises', direction: 'out', other: chain[1]!.id }),
    )
  })

  it('has exactly one conflict: the two editors decided apart, neither superseding the other', () => {
    expect(dossier.counts().conflict).toBe(1)
    const [conflict] = dossier.conflicts()
    expect(conflict?.state.kind).toBe('conflict')
    const heads = conflict!.state.heads
    expect(heads.map((head) => head.author).sort()).toEqual(
      [editor.publicKey, colleague.publicKey].sort(),
    )
    expect(new Set(heads.map((head) => head.status)).size).toBe(2)
    for (const head of heads) expect(head.supersedes).toEqual([])
  })

  it('has decisions of every status by both editors, all signed', () => {
    const decisions = claims.flatMap((claim) => dossier.decisions(claim.id))
    expect(new Set(decisions.map((decision) => decision.status))).toEqual(
      new Set(['confirmed', 'disputed', 'retracted']),
    )
    expect(new Set(decisions.map((decision) => decision.author))).toEqual(
      new Set([editor.publicKey, colleague.publicKey]),
    )
    for (const decision of decisions) expect(dossier.verification(decision)).toBe('signed')
    const counts = dossier.counts()
    expect(counts.confirmed).toBeGreaterThan(0)
    expect(counts.disputed).toBeGreaterThan(0)
    expect(counts.retracted).toBeGreaterThan(0)
    expect(counts.unverified).toBeGreaterThan(0)
    expect(dossier.authorName(colleague.publicKey)).toBe('Kwame Mensah')
  })

  it('has evidence on several claims, only from example domains, and a comment thread', () => {
    const evidence = claims.flatMap((claim) => dossier.evidence(claim.id))
    expect(new Set(evidence.map((item) => item.claimId)).size).toBeGreaterThanOrEqual(4)
    for (const item of evidence) {
      expect(new URL(item.url!).hostname).toMatch(/^example\.(org|com)$/)
    }
    expect(new Set(evidence.map((item) => item.stance))).toEqual(
      new Set(['supports', 'refutes', 'context']),
    )
    const comments = claims.flatMap((claim) => dossier.comments(claim.id))
    expect(comments.length).toBeGreaterThanOrEqual(3)
    expect(comments.some((comment) => comment.replyTo !== undefined)).toBe(true)
    expect(claims.some((claim) => claim.assignee === 'Kwame Mensah')).toBe(true)
  })

  it('writes every entry with the given clock', () => {
    const times = claims.flatMap((claim) => dossier.timeline(claim.id).map((item) => item.at))
    for (const at of times) expect(at.startsWith('2024-03-15T08:')).toBe(true)
  })

  it('derives the same state on another replica', () => {
    const copy = new Y.Doc()
    Y.applyUpdate(copy, Y.encodeStateAsUpdate(dossier.doc))
    const replica = Dossier.open(copy)
    expect(replica.counts()).toEqual(dossier.counts())
    expect(replica.conflicts().map((claim) => claim.id)).toEqual(
      dossier.conflicts().map((claim) => claim.id),
    )
    replica.destroy()
  })

  it('without a clock, spreads the history over past hours and then tells the real time', () => {
    const before = Date.now()
    const live = createSampleDossier(new Y.Doc(), { editor, colleague })
    const [conflict] = live.conflicts()
    const history = live.activeClaims().flatMap((claim) => live.decisions(claim.id))
    const times = history.map((decision) => Date.parse(decision.at))
    expect(Math.max(...times)).toBeLessThan(before)
    expect(new Set(times).size).toBeGreaterThan(5)
    const settled = live.decide(
      conflict!.id,
      { status: 'disputed', rationale: 'Resolved.' },
      editor,
    )
    expect(Date.parse(settled.at)).toBeGreaterThanOrEqual(before)
    expect(live.conflicts()).toEqual([])
  })
})
