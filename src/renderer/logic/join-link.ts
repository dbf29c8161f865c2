import { INVITE_LINK_PREFIX, readInviteLink } from '../../shared/lan'
import { capitalise } from '../../shared/vocabulary'

export type JoinLinkCheck =
  | {
      readonly ok: true
      readonly link: string
      /** What the form says while the host joins: where it looks for the inviter. */
      readonly progress: string
    }
  | { readonly ok: false; readonly message: string }

const progressOf = (relay: { readonly url: string; readonly mode: string } | undefined): string => {
  if (relay === undefined) return 'Joining: reaching the computer that invited you…'
  const host = new URL(relay.url).host
  return relay.mode === 'sealed'
    ? `Joining: reaching the computer that invited you, on this network or through the relay at ${host}. Through the relay, the inviter’s app must be open to let you in; this can take a minute…`
    : `Joining: reaching the computer that invited you, on this network or through the relay at ${host}…`
}

/**
 * What the Join form sends, or why it sends nothing: a pasted link loses the spaces and line
 * breaks mail and chat add around (and inside) it, then is read as the host will read it, so a
 * cut or expired link is explained at once. The host checks again; only its answer counts.
 */
export const checkJoinLink = (pasted: string, now = Date.now()): JoinLinkCheck => {
  const link = pasted.replace(/\s+/g, '')
  if (link === '') return { ok: false, message: 'Paste the invite link you were sent.' }
  const read = readInviteLink(link, now)
  if (!read.ok) return { ok: false, message: `${capitalise(read.message)}.` }
  return {
    ok: true,
    link: link.toLowerCase().startsWith(INVITE_LINK_PREFIX) ? link : INVITE_LINK_PREFIX + link,
    progress: progressOf(read.invite.relay),
  }
}
