import type { Signer } from '../../../shared/identity'
import type { LanAddress, LanWelcome } from '../../../shared/lan'
import type { SharingFile } from './sharing-store'

/** What a welcome is made of, from the host's sessions. */
export interface WelcomeSource {
  readonly sharing: SharingFile
  readonly localKey: string
  readonly signer: Signer
  isMember(dossierId: string, key: string): boolean
  advertised(): LanAddress[]
}

/** The welcome this host sends a peer of `dossierId`. */
export const welcomeFor = (
  host: WelcomeSource,
  dossierId: string,
  remoteKey: string | null,
  withSecret: boolean,
): LanWelcome => {
  const entry = host.sharing.dossiers[dossierId]
  const members = Object.entries(entry?.addresses ?? {})
    .filter(
      ([key, addresses]) =>
        key !== remoteKey &&
        key !== host.localKey &&
        addresses.length > 0 &&
        host.isMember(dossierId, key),
    )
    .slice(0, 64)
    .map(([key, addresses]) => ({ key, addresses: addresses.slice(0, 6) }))
  return {
    version: 1,
    ...(host.signer.name.trim() === '' ? {} : { name: host.signer.name.trim().slice(0, 200) }),
    ...(withSecret && entry !== undefined ? { sessionSecret: entry.sessionSecret } : {}),
    listening: host.advertised(),
    members,
  }
}

/**
 * Writes into `file` where a peer and the members it knows listen, from its welcome; a member
 * whose addresses are known already keeps them.
 */
export const learnAddresses = (
  file: SharingFile,
  dossierId: string,
  remoteKey: string,
  welcome: LanWelcome,
  localKey: string,
): void => {
  const addresses = file.dossiers[dossierId]!.addresses
  if (welcome.listening.length > 0) addresses[remoteKey] = [...welcome.listening]
  for (const member of welcome.members) {
    if (
      member.key !== localKey &&
      member.addresses.length > 0 &&
      addresses[member.key] === undefined
    )
      addresses[member.key] = [...member.addresses]
  }
}
