import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { Dossier, openDossierView } from '../../../src/shared/dossier'
import type { ClaimView } from '../../../src/shared/dossier'
import { extractClaims, parseDocument } from '../../../src/shared/ingest'
import {
  SAMPLE_ARTICLE,
  SAMPLE_CLAIMS,
  SAMPLE_SOURCE,
  SAMPLE_TITLE,
  SAMPLE_VERSION_NAME,
  buildSample,
  createSampleDossier,
  sampleDeskSigners,
} from '../../../src/shared/sample'

const signers = sampleDeskSigners()
const { editor, colleague } = signers
const PARAPHRASE = 'Editor’s paraphrase: '

describe('SAMPLE_ARTICLE', () => {
  const parsed = parseDocument(SAMPLE_ARTICLE)

  it('is one local story of about a dozen paragraphs with a headline and a date line', () => {
    expect(parsed.title).toBe(SAMPLE_TITLE)
    expect(parsed.dateline?.date).toBe('2025-10-12')
    expect(parsed.sourceText).toBe(SAMPLE_SOURCE)
    const paragraphs = parsed.sourceText.split('\n\n')
    expect(paragraphs.length).toBeGreaterThanOrEqual(11)
    expect(paragraphs.length).toBeLessThanOrEqual(14)
  })

  it('gives, imported, the sentences the sample keeps as its claims, word for word', () => {
    const found = extractClaims(parsed.sourceText, { language: 'en' })
    expect(found.map((candidate) => candidate.text)).toEqual(
      Object.values(SAMPLE_CLAIMS).map((claim) => claim.text),
    )
    for (const candidate of found)
      expect(parsed.sourceText.slice(candidate.start, candidate.end)).toBe(candidate.text)
  })
})

describe('buildSample', () => {
  let tick = 0
  const now = () => new Date(Date.UTC(2025, 9, 13, 8, 0, tick++)).toISOString()
  const { dossier, versions } = buildSample(new Y.Doc(), signers, { now })
  const claims = dossier.activeClaims()
  const who = claims.map((claim) => claim.attribution)
  const byText = (words: string): ClaimView => {
    const found = claims.find((claim) => claim.text.includes(words))
    if (found === undefined) throw new Error(`no sample claim with "${words}"`)
    return found
  }

  it('says in every claim only what its quote says, or marks the editor’s paraphrase', () => {
    expect(dossier.meta().title).toBe(SAMPLE_TITLE)
    expect(claims.length).toBeGreaterThanOrEqual(12)
    for (const claim of claims) {
      if (claim.text.startsWith(PARAPHRASE)) continue
      expect(claim.quote, claim.text).not.toBeNull()
      expect(claim.text).toBe(claim.quote!.text)
      // What ingest quoted is in the article as written, word for word.
      expect(SAMPLE_ARTICLE).toContain(claim.quote!.text)
    }
    const paraphrased = claims.filter((claim) => claim.text.startsWith(PARAPHRASE))
    expect(paraphrased).toHaveLength(1)
    expect(dossier.claimEdits(paraphrased[0]!.id).text).toBe(paraphrased[0]!.text)
    expect(dossier.quarantine()).toEqual([])
  })

  it('has quotes intact, one edited by a correction of the source and one lost to a deletion', () => {
    const states = claims.map((claim) => dossier.quote(claim.id).state)
    expect(states.filter((state) => state === 'edited')).toHaveLength(1)
    expect(states.filter((state) => state === 'lost')).toHaveLength(1)
    expect(states.filter((state) => state === 'intact').length).toBeGreaterThan(10)
    const corrected = dossier.quote(byText('started in Shed 4').id)
    expect(corrected).toMatchObject({ state: 'edited' })
    expect(corrected.state === 'edited' && corrected.current).toContain('Shed 6')
    expect(dossier.quote(byText('Pieter Lund').id).state).toBe('lost')
    expect(dossier.sourceText()).not.toContain('Pieter Lund')
  })

  it('has many parties: an agency, named speakers, a company, a union, a document, the police', () => {
    expect(who).toContainEqual(expect.objectContaining({ who: 'Harland Fire and Rescue' }))
    expect(who).toContainEqual(
      expect.objectContaining({ who: 'Ruth Okoye', role: 'Station commander' }),
    )
    expect(who).toContainEqual(
      expect.objectContaining({
        who: 'Harland County safety inspection report',
        role: 'document obtained by the Brennock Courier',
        where: 'Brennock fish market cold store',
        when: 'May 2023',
      }),
    )
    expect(who.map((attribution) => attribution.who)).toEqual(
      expect.arrayContaining([
        'Declan Moyes',
        'Brennock Harbour Company',
        'Quayside Workers Union',
        'Ilse Brandt',
        'Harland County Police',
      ]),
    )
  })

  it('chains the count revised twice, 11 → 19 → 17, and links claims in every way', () => {
    const [first, raised, last] = ['Eleven people', 'raised the number to 19', 'to 17'].map(byText)
    expect(raised!.links).toContainEqual(
      expect.objectContaining({ type: 'revises', direction: 'out', other: first!.id }),
    )
    expect(last!.links).toContainEqual(
      expect.objectContaining({ type: 'revises', direction: 'out', other: raised!.id }),
    )
    const types = new Set(claims.flatMap((claim) => claim.links.map((link) => link.type)))
    expect(types).toEqual(new Set(['revises', 'contradicts', 'supports', 'same-as']))
  })

  it('has exactly one conflict: the two editors decided apart, neither superseding the other', () => {
    expect(dossier.counts().conflict).toBe(1)
    const [conflict] = dossier.conflicts()
    expect(conflict!.text).toContain('sprinklers had been repaired')
    const heads = conflict!.state.heads
    expect(heads.map((head) => head.author).sort()).toEqual(
      [editor.publicKey, colleague.publicKey].sort(),
    )
    expect(new Set(heads.map((head) => head.status)).size).toBe(2)
    for (const head of heads) expect(head.supersedes).toEqual([])
  })

  it('has claims in every status, all decided by validly signed decisions of both editors', () => {
    const counts = dossier.counts()
    for (const label of ['unverified', 'confirmed', 'disputed', 'retracted'] as const)
      expect(counts[label], label).toBeGreaterThan(0)
    const decisions = claims.flatMap((claim) => dossier.decisions(claim.id))
    expect(new Set(decisions.map((decision) => decision.author))).toEqual(
      new Set([editor.publicKey, colleague.publicKey]),
    )
    for (const decision of decisions) expect(dossier.verification(decision)).toBe('signed')
    expect(claims.every((claim) => claim.ignoredDecisions === 0)).toBe(true)
    expect(dossier.authorName(editor.publicKey)).toBe('Ines Valdés')
    expect(dossier.authorName(colleague.publicKey)).toBe('Kwame Mensah')
  })

  it('has evidence of every stance, with links, notes and file hashes, comments with a reply', () => {
    const evidence = claims.flatMap((claim) => dossier.evidence(claim.id))
    expect(new Set(evidence.map((item) => item.stance))).toEqual(
      new Set(['supports', 'refutes', 'context']),
    )
    for (const item of evidence) {
      expect(new URL(item.url!).hostname).toMatch(/^example\.(org|com)$/)
      expect(item.note).not.toBe('')
    }
    expect(evidence.filter((item) => item.fileHash !== undefined).length).toBeGreaterThan(1)
    const comments = claims.flatMap((claim) => dossier.comments(claim.id))
    expect(comments.some((comment) => comment.replyTo !== undefined)).toBe(true)
    expect(new Set(claims.map((claim) => claim.assignee))).toEqual(
      new Set([null, 'Ines Valdés', 'Kwame Mensah']),
    )
    expect(new Set(claims.flatMap((claim) => claim.tags))).toEqual(
      new Set(['candidate', 'casualties', 'fire-doors', 'documents', 'sprinklers', 'traders']),
    )
  })

  it('keeps an earlier state to freeze, from which the counts and a claim’s wording changed', () => {
    expect(versions.map((version) => version.name)).toEqual([SAMPLE_VERSION_NAME])
    const doc = new Y.Doc()
    Y.applyUpdate(doc, versions[0]!.state)
    const earlier = openDossierView(doc)
    expect(earlier.conflicts()).toEqual([])
    expect(earlier.activeClaims().length).toBe(claims.length - 1)
    expect(earlier.activeClaims().some((claim) => claim.text.startsWith(PARAPHRASE))).toBe(false)
    expect(earlier.claim(byText('raised the number to 19').id)?.label).toBe('confirmed')
    expect(dossier.claim(byText('raised the number to 19').id)?.label).toBe('retracted')
    // The earlier state is contained in the final one: freezing it first loses nothing.
    const missing = Y.diffUpdate(versions[0]!.state, Y.encodeStateVector(dossier.doc))
    const probe = new Y.Doc()
    Y.applyUpdate(probe, Y.encodeStateAsUpdate(dossier.doc))
    const before = Y.encodeStateVector(probe)
    Y.applyUpdate(probe, missing)
    expect(Y.encodeStateVector(probe)).toEqual(before)
    earlier.destroy()
  })

  it('writes every entry with the given clock', () => {
    const times = claims.flatMap((claim) => dossier.timeline(claim.id).map((item) => item.at))
    for (const at of times) expect(at.startsWith('2025-10-13T08:')).toBe(true)
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
    const live = createSampleDossier(new Y.Doc(), signers)
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
