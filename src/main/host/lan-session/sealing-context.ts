import { hexToBytes } from '@noble/hashes/utils.js'
import type { DeviceKeyFile } from '../../../shared/identity'
import type { SealingContext } from '../relay/epoch-keys'
import type { HeldDossiers } from './held-dossiers'
import type { SharingFile } from './sharing-store'

/**
 * What sealing the dossier's relay takes (docs/relay.md): its session secret, this device, and
 * who its members are now; null when this host does not share it on the LAN.
 */
export const sealingContextOf = (
  sharing: SharingFile,
  held: HeldDossiers,
  deviceKey: DeviceKeyFile,
  dossierId: string,
): SealingContext | null => {
  const entry = sharing.dossiers[dossierId]
  const dossier = held.handle(dossierId)?.dossier
  if (entry === undefined || dossier === undefined) return null
  return {
    sessionSecret: hexToBytes(entry.sessionSecret),
    deviceKey,
    isMember: (key) => held.roleOf(dossierId, key) !== null,
    isEditor: (key) => held.roleOf(dossierId, key) === 'editor',
    members: () => held.memberKeys(dossierId),
    removed: () =>
      dossier
        .members()
        .filter((member) => member.removed)
        .map(({ key }) => key),
  }
}
