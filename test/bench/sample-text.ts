import type { ClaimKind, NewClaim, NewEvidence, Status } from '../../src/shared/dossier'

/**
 * Invented material for benchmark dossiers: a source text of generated sentences and claims
 * quoting them. Deterministic, so every run and every size measures the same kind of data.
 */

const PARTIES = [
  { who: 'Provincial health office', role: 'official statement' },
  { who: 'Harbour workers union', role: 'spokesperson' },
  { who: 'Interior ministry', role: 'deputy minister' },
  { who: 'Relief coordination cell', role: 'field officer' },
  { who: 'Opposition alliance', role: 'press office' },
  { who: 'Regional broadcaster', role: 'correspondent' },
] as const

const PLACES = ['Vell', 'Ostra', 'Marin Bay', 'the northern ridge', 'Kessa', 'the old port']
const VERBS = ['reported', 'denied', 'confirmed', 'estimated', 'disputed', 'announced']
const KINDS: readonly ClaimKind[] = ['figure', 'event', 'blame', 'denial', 'quote', 'statement']
const STANCES = ['supports', 'refutes', 'context'] as const
/** Statuses the second decision ends on, so the counts spread over every label. */
const FINAL: readonly Status[] = ['confirmed', 'disputed', 'retracted', 'unverified']

const pick = <T>(list: readonly T[], index: number): T => list[index % list.length]!

export const SOURCE_SENTENCES = 240

const sentence = (index: number): string => {
  const party = pick(PARTIES, index)
  return `${party.who} ${pick(VERBS, index * 7 + 3)} that ${(index * 37) % 900} people were moved from ${pick(PLACES, index * 5 + 1)} on day ${(index % 28) + 1}.`
}

/** The source text and where each sentence starts and ends in it. */
export const sourceText = (): { text: string; spans: { start: number; end: number }[] } => {
  const spans: { start: number; end: number }[] = []
  let text = ''
  for (let index = 0; index < SOURCE_SENTENCES; index++) {
    if (index > 0) text += index % 6 === 0 ? '\n\n' : ' '
    const start = text.length
    text += sentence(index)
    spans.push({ start, end: text.length })
  }
  return { text, spans }
}

export const claimInput = (index: number, spans: readonly { start: number; end: number }[]) => {
  const kind = pick(KINDS, index)
  const party = pick(PARTIES, index * 3 + 1)
  const count = (index * 37) % 900
  const claim: NewClaim = {
    text: `Claim ${index + 1}: ${party.who} says ${count} people were moved from ${pick(PLACES, index)}.`,
    quote: pick(spans, index),
    attribution: { who: party.who, role: party.role, where: 'press briefing', when: 'morning' },
    kind,
    figures: kind === 'figure' ? [{ value: count, unit: 'people', raw: `${count} people` }] : [],
    tags: [pick(PLACES, index + 2), kind],
  }
  return claim
}

const HEX = '0123456789abcdef'
const fakeHash = (seed: number): string => {
  let out = 'sha256:'
  for (let index = 0; index < 64; index++) out += HEX[(seed * 31 + index * 7) % 16]
  return out
}

export const evidenceInput = (claim: number, which: number): NewEvidence => ({
  url: `https://news.example.org/wire/${claim + 1}/${which + 1}`,
  title: `Wire report ${which + 1} on claim ${claim + 1}`,
  ...(which === 0 ? { capturedAt: '2024-03-01T09:30:00.000Z' } : {}),
  ...(which === 2 ? { fileHash: fakeHash(claim) } : {}),
  note: which === 1 ? 'Local stringer confirmed the location by phone.' : '',
  stance: pick(STANCES, claim + which),
})

export const firstDecision = { status: 'disputed' as Status, rationale: 'Figures differ.' }
export const finalDecision = (claim: number) => ({
  status: pick(FINAL, claim),
  rationale: 'Checked against the wire reports and the ministry register.',
})

/** A clock that advances one second per call, so entries have distinct, ordered times. */
export const steppingClock = (startIso = '2024-03-01T08:00:00.000Z'): (() => string) => {
  let at = Date.parse(startIso)
  return () => {
    at += 1000
    return new Date(at).toISOString()
  }
}
