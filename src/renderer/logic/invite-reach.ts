import { readInviteLink } from '../../shared/lan'

/**
 * How far an invite reaches, in the words under its link: the LAN addresses it names, and the
 * relay when the dossier was relayed as it was made (read from the link itself: what it says is
 * what the joiner's host will try).
 */
export const inviteReach = (link: string, listening: readonly string[]): string => {
  const lan = `It sends them to this computer at ${listening.length === 0 ? 'no address yet' : listening.join(', ')}`
  const read = readInviteLink(link, 0)
  const relay = read.ok ? read.invite.relay : undefined
  if (relay === undefined)
    return `${lan}, so both of you must be on the same network and this app must stay open until they have joined.`
  const host = new URL(relay.url).host
  return relay.mode === 'sealed'
    ? `${lan}, or from anywhere through the relay at ${host}: there, this app lets them in and hands them the key to the sealed room, so keep it open (on any network) until they have joined.`
    : `${lan}, or from anywhere through the relay at ${host}, which gives them the dossier even with this app closed. Like the relay’s token, the link lets whoever holds it read the dossier there.`
}
