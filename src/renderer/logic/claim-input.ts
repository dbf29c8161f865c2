import type { ClaimView, NewEvidence, Stance } from '../../shared/dossier'
import { safeWebUrl } from '../../shared/vocabulary'
import { claimNumber } from './format'

/** What a form typed, checked: the value to write, or what is wrong with it in words. */
export type Checked<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: string }

const fail = (error: string): { ok: false; error: string } => ({ ok: false, error })

/** The schema's limits (src/shared/dossier/schema.ts), said before the dossier refuses. */
export const MAX_SHORT = 500
const MAX_LONG = 20_000
const MAX_URL = 2_000

export interface EvidenceFields {
  readonly title: string
  readonly url: string
  readonly fileHash: string
  /** A `datetime-local` value ("2024-05-01T14:30"), read in this device's time zone; may be empty. */
  readonly capturedAt: string
  readonly note: string
  readonly stance: Stance | null
}

/**
 * The evidence an editor typed, as the dossier takes it. A link must be a plain web address (the
 * one rule `safeWebUrl` applies before showing it as a link); a file hash is the SHA-256 in hex,
 * with or without its `sha256:` prefix, in either case.
 */
export const checkEvidence = (fields: EvidenceFields): Checked<NewEvidence> => {
  const title = fields.title.trim()
  if (title === '') return fail('Give the evidence a title: what it is, in a few words.')
  if (title.length > MAX_SHORT) return fail(`A title has at most ${MAX_SHORT} characters.`)
  const url = fields.url.trim()
  if (url !== '') {
    if (!/^https?:\/\//i.test(url))
      return fail('A link must be a web address starting with http:// or https://.')
    if (safeWebUrl(url) === null)
      return fail(
        'That link is not a plain web address: it needs a host, and no user name, password, space or hidden character.',
      )
    if (url.length > MAX_URL) return fail(`A link has at most ${MAX_URL} characters.`)
  }
  const hash = fields.fileHash
    .trim()
    .toLowerCase()
    .replace(/^sha256:/, '')
  if (hash !== '' && !/^[0-9a-f]{64}$/.test(hash))
    return fail('A file hash is the SHA-256 of the file: 64 hexadecimal characters (0-9, a-f).')
  let capturedAt: string | undefined
  if (fields.capturedAt !== '') {
    const time = new Date(fields.capturedAt)
    if (Number.isNaN(time.getTime())) return fail('The capture time is not a date and time.')
    capturedAt = time.toISOString()
  }
  if (fields.note.length > MAX_LONG) return fail(`A note has at most ${MAX_LONG} characters.`)
  if (fields.stance === null)
    return fail('Choose a stance: does the evidence support the claim, refute it, or give context?')
  return {
    ok: true,
    value: {
      title,
      ...(url === '' ? {} : { url }),
      ...(hash === '' ? {} : { fileHash: `sha256:${hash}` }),
      ...(capturedAt === undefined ? {} : { capturedAt }),
      note: fields.note.trim(),
      stance: fields.stance,
    },
  }
}

/**
 * The other claim of a link, as a person types its number: "#12", "12", " # 12 ". Says so when no
 * claim has that number, or when it is the claim itself.
 */
export const checkOtherClaim = (
  typed: string,
  self: ClaimView,
  claims: readonly ClaimView[],
): Checked<ClaimView> => {
  const match = /^#?\s*(\d+)$/.exec(typed.trim())
  if (match === null) return fail('Give the other claim’s number, like #12 or 12.')
  const number = Number(match[1])
  const other = claims.find((claim) => claim.index === number - 1)
  if (other === undefined)
    return fail(
      claims.length === 0
        ? `No claim has the number #${number}.`
        : `No claim has the number #${number}: this dossier’s claims are #1 to ${claimNumber(claims.length - 1)}.`,
    )
  if (other.id === self.id)
    return fail(`${claimNumber(self.index)} is this claim: a claim cannot be linked to itself.`)
  return { ok: true, value: other }
}

/** Tags typed comma-separated: trimmed, empty ones dropped, each once. */
export const parseTags = (typed: string): string[] => [
  ...new Set(
    typed
      .split(',')
      .map((tag) => tag.trim())
      .filter((tag) => tag !== ''),
  ),
]
