import type {
  Attribution,
  ClaimView,
  Decision,
  DossierView,
  DossierMeta,
  ResolvedQuote,
  Stance,
  Status,
  StatusLabel,
  Verification,
} from '../dossier'
import {
  ATTENTION_ORDER,
  SIGNATURE_WORDS,
  STATUS_WORDS,
  attributionPhrase,
  linkPhrase,
  safeWebUrl,
} from '../vocabulary'
import { authorLabel, claimNumber, formatTime } from './format'

/**
 * What a readable report says about a dossier, worked out once in plain text so the Markdown and
 * HTML renderers only lay it out (and escape it) and cannot drift apart in what they include.
 */
export interface ReportOptions {
  /** When the report was made, shown in its header; reports are pure, so the caller supplies it. */
  readonly generatedAt?: string
}

export interface ReportModel {
  readonly meta: DossierMeta
  readonly generatedAt: string | null
  readonly counts: readonly { label: StatusLabel; title: string; count: number }[]
  readonly total: number
  readonly integrity: Integrity
  readonly groups: readonly ReportGroup[]
}

export interface Integrity {
  readonly tampered: number
  readonly unsigned: number
  /** Entries from other replicas that failed validation; they are in no report. */
  readonly quarantined: number
}

export interface ReportGroup {
  readonly label: StatusLabel
  readonly title: string
  readonly claims: readonly ReportClaim[]
}

export interface ReportClaim {
  readonly id: string
  readonly number: number
  readonly text: string
  readonly label: StatusLabel
  readonly statusTitle: string
  readonly attribution: Attribution
  readonly speaker: string
  readonly kind: string
  readonly figures: readonly string[]
  readonly tags: readonly string[]
  readonly quote: ReportQuote
  /** The decisions the status rests on: one, several that agree, or the conflicting ones. */
  readonly current: readonly ReportDecision[]
  /** Set when the status rests on a decision whose signature is missing or does not match. */
  readonly currentUnproven: 'tampered' | 'unsigned' | null
  readonly evidence: readonly ReportEvidence[]
  readonly links: readonly ReportLink[]
  /** Every decision, oldest first. */
  readonly history: readonly ReportDecision[]
}

export interface ReportQuote {
  readonly state: ResolvedQuote['state']
  /** The passage as the source has it now, or as captured when it is lost or not yet here. */
  readonly text: string | null
  /** A warning for the reader when the quote is not exactly what the source says now. */
  readonly note: string | null
  /** The passage as first quoted, when it differs from `text`. */
  readonly original: string | null
}

export interface ReportDecision {
  readonly id: string
  readonly status: Status
  readonly statusTitle: string
  readonly author: string
  readonly at: string
  readonly rationale: string
  readonly verification: Verification
  readonly verificationText: string
  readonly isCurrent: boolean
  readonly cites: readonly string[]
}

export interface ReportEvidence {
  readonly number: number
  readonly title: string
  readonly url: string | null
  /** `url` when it is a web address safe to link; null for anything else. */
  readonly href: string | null
  readonly stance: Stance
  readonly note: string
  readonly fileHash: string | null
  readonly capturedAt: string | null
}

export interface ReportLink {
  /** "revises claim 3", "contradicted by claim 5 (removed)". */
  readonly phrase: string
  readonly verb: string
  /** The linked claim's number, when it is still in the dossier and can be linked to. */
  readonly target: number | null
  readonly note: string | null
}

export const buildReport = (dossier: DossierView, options: ReportOptions = {}): ReportModel => {
  const claims = dossier.activeClaims()
  const counts = dossier.counts()
  const reported = claims.map((claim) => reportClaim(dossier, claim))
  const history = reported.flatMap((claim) => claim.history)
  return {
    meta: dossier.meta(),
    generatedAt: options.generatedAt === undefined ? null : formatTime(options.generatedAt),
    counts: ATTENTION_ORDER.map((label) => ({
      label,
      title: STATUS_WORDS[label].groupHeading,
      count: counts[label],
    })),
    total: claims.length,
    integrity: {
      tampered: history.filter((decision) => decision.verification === 'tampered').length,
      unsigned: history.filter((decision) => decision.verification === 'unsigned').length,
      quarantined: dossier.quarantine().length,
    },
    groups: ATTENTION_ORDER.map((label) => ({
      label,
      title: STATUS_WORDS[label].groupHeading,
      claims: reported.filter((claim) => claim.label === label),
    })).filter((group) => group.claims.length > 0),
  }
}

const reportClaim = (dossier: DossierView, claim: ClaimView): ReportClaim => {
  const evidence = dossier.evidence(claim.id)
  const evidenceNumber = new Map(evidence.map((item, at) => [item.id, at + 1]))
  const heads = new Set(claim.state.heads.map((head) => head.id))
  const decision = (entry: Decision): ReportDecision => {
    const verification = dossier.verification(entry)
    return {
      id: entry.id,
      status: entry.status,
      statusTitle: STATUS_WORDS[entry.status].label,
      author: authorLabel(dossier, entry.author),
      at: formatTime(entry.at),
      rationale: entry.rationale,
      verification,
      verificationText: SIGNATURE_WORDS[verification].phrase,
      isCurrent: heads.has(entry.id),
      cites: entry.evidenceIds.map((id) => {
        const number = evidenceNumber.get(id)
        return number === undefined ? `evidence ${id}` : `E${number}`
      }),
    }
  }
  const current = claim.state.heads.map(decision)
  const proof = new Set(current.map((head) => head.verification))
  return {
    id: claim.id,
    number: claimNumber(claim),
    text: claim.text,
    label: claim.label,
    statusTitle: STATUS_WORDS[claim.label].label,
    attribution: claim.attribution,
    speaker: attributionPhrase(claim.attribution),
    kind: claim.kind,
    figures: claim.figures.map((figure) => figure.raw),
    tags: claim.tags,
    quote: reportQuote(dossier.quote(claim.id)),
    current,
    currentUnproven: proof.has('tampered') ? 'tampered' : proof.has('unsigned') ? 'unsigned' : null,
    evidence: evidence.map((item, at) => ({
      number: at + 1,
      title: item.title,
      url: item.url ?? null,
      href: safeWebUrl(item.url),
      stance: item.stance,
      note: item.note,
      fileHash: item.fileHash ?? null,
      capturedAt: item.capturedAt === undefined ? null : formatTime(item.capturedAt),
    })),
    links: claim.links.map((link) => reportLink(dossier, link)),
    history: dossier.decisions(claim.id).map(decision),
  }
}

const reportLink = (dossier: DossierView, link: ClaimView['links'][number]): ReportLink => {
  const other = dossier.claim(link.other)
  const target = other === undefined || other.removed ? null : claimNumber(other)
  const name =
    other === undefined
      ? 'a claim not in this copy of the dossier'
      : `claim ${claimNumber(other)}${other.removed ? ' (removed)' : ''}`
  const verb = linkPhrase(link.type, link.direction)
  return { phrase: `${verb} ${name}`, verb, target, note: link.note ?? null }
}

const reportQuote = (quote: ResolvedQuote): ReportQuote => {
  switch (quote.state) {
    case 'none':
      return { state: 'none', text: null, note: null, original: null }
    case 'intact':
      return { state: 'intact', text: quote.current, note: null, original: null }
    case 'edited':
      return {
        state: 'edited',
        text: quote.current,
        note: 'Quote edited: the source text changed inside this passage after it was quoted. It now reads:',
        original: quote.original,
      }
    case 'lost':
      return {
        state: 'lost',
        text: quote.original,
        note: 'Quote lost: the quoted passage has been deleted from the source text. It read:',
        original: null,
      }
    case 'pending':
      return {
        state: 'pending',
        text: quote.original,
        note: 'Quote not yet placed: this copy has not received the source edits it refers to. It read:',
        original: null,
      }
  }
}
