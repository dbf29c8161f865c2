import { fromBase64Url, toBase64Url } from './base64url'
import type { Invite } from './invite'
import { decodeInviteBytes, encodeInviteBytes } from './invite-bytes'

/** The app registers this scheme, so a click on an invite link opens the join screen. */
export const INVITE_LINK_PREFIX = 'verification-desk://join/'
/** Far above any real invite (about 200 characters); anything longer is refused before decoding. */
export const MAX_INVITE_LINK_CHARS = 1536

export type InviteProblem = 'not-an-invite' | 'damaged' | 'newer-version' | 'expired'

export type InviteLinkResult =
  | { readonly ok: true; readonly invite: Invite }
  | {
      readonly ok: false
      readonly problem: InviteProblem
      /** What to tell the person who pasted it. */
      readonly message: string
      /** For logs and tests: what exactly was wrong. */
      readonly detail: string
    }

export const encodeInviteLink = (invite: Invite): string =>
  INVITE_LINK_PREFIX + toBase64Url(encodeInviteBytes(invite))

const MESSAGES: Record<Exclude<InviteProblem, 'expired'>, string> = {
  'not-an-invite': 'this is not a Verification Desk invite link',
  damaged: 'this invite link is damaged',
  'newer-version': 'this invite is for a newer version of Verification Desk',
}

const failure = (problem: Exclude<InviteProblem, 'expired'>, detail: string): InviteLinkResult => ({
  ok: false,
  problem,
  message: MESSAGES[problem],
  detail,
})

const payloadOf = (text: string): string | null => {
  if (text.toLowerCase().startsWith(INVITE_LINK_PREFIX))
    return text.slice(INVITE_LINK_PREFIX.length)
  if (text.includes(':') || text.includes('/')) return null
  return text
}

/**
 * Reads an invite link, or its payload pasted alone, from anyone: never throws, and says what is
 * wrong in words a person can act on. An expired invite is refused here, and again by the inviter.
 */
export const readInviteLink = (input: unknown, now = Date.now()): InviteLinkResult => {
  if (typeof input !== 'string') return failure('not-an-invite', 'not text')
  const text = input.trim()
  if (text.length > MAX_INVITE_LINK_CHARS) return failure('damaged', `${text.length} characters`)
  const payload = payloadOf(text)
  if (payload === null) return failure('not-an-invite', 'another kind of link')
  const bytes = fromBase64Url(payload)
  if (bytes === null || bytes.length === 0) return failure('damaged', 'not base64url')
  const decoded = decodeInviteBytes(bytes)
  if (!decoded.ok) return failure(decoded.problem, decoded.detail)
  const { expiresAt } = decoded.invite
  if (expiresAt !== undefined && expiresAt <= now) {
    const at = new Date(expiresAt).toISOString()
    return { ok: false, problem: 'expired', message: `this invite expired at ${at}`, detail: at }
  }
  return decoded
}
