import { hexToBytes } from '@noble/hashes/utils.js'
import type { DeviceKeyFile } from '../../../shared/identity'
import { pairSecret } from '../lan'
import type { LanCandidate } from '../lan'
import type { SharingFile } from './sharing-store'

/** At most this many pair secrets are kept computed (members × shared dossiers, within reason). */
const PAIR_CACHE_SIZE = 4096

/**
 * Pair secrets (`pair-secret.ts`) by session secret and remote key. Each costs two key conversions
 * and one X25519; the listener needs every member's at every connection, so they are kept.
 */
export class PairSecrets {
  private readonly cache = new Map<string, Uint8Array | null>()

  constructor(private readonly deviceKey: Pick<DeviceKeyFile, 'publicKey' | 'secretKey'>) {}

  of(sessionSecret: string, remoteKey: string): Uint8Array | null {
    const key = `${sessionSecret} ${remoteKey}`
    const known = this.cache.get(key)
    if (known !== undefined) return known
    const secret = pairSecret(hexToBytes(sessionSecret), this.deviceKey, remoteKey)
    if (this.cache.size >= PAIR_CACHE_SIZE) this.cache.clear()
    this.cache.set(key, secret)
    return secret
  }
}

export interface CandidateSource {
  readonly sharing: SharingFile
  readonly now: number
  readonly localKey: string
  readonly pairs: PairSecrets
  isHeld(dossierId: string): boolean
  /** The keys of the dossier's current members (removed ones are not among them). */
  memberKeys(dossierId: string): readonly string[]
}

/**
 * What the listener accepts right now (docs/lan.md, "Member links"), asked at each connection: for
 * each shared dossier it holds, one pair secret per current member, and each open, unexpired
 * invite. A removal or an expiry takes effect at the next connection.
 */
export const sessionCandidates = (source: CandidateSource): LanCandidate[] => {
  const candidates: LanCandidate[] = []
  for (const [dossierId, entry] of Object.entries(source.sharing.dossiers)) {
    if (!source.isHeld(dossierId)) continue
    for (const key of source.memberKeys(dossierId)) {
      if (key === source.localKey) continue
      const secret = source.pairs.of(entry.sessionSecret, key)
      if (secret !== null) candidates.push({ dossierId, secret, grant: { kind: 'member', key } })
    }
    for (const invite of entry.invites) {
      if (invite.state !== 'open' || (invite.expiresAt !== null && invite.expiresAt <= source.now))
        continue
      candidates.push({
        dossierId,
        secret: hexToBytes(invite.secret),
        grant: { kind: 'invite', inviteId: invite.id, role: invite.role },
      })
    }
  }
  return candidates
}
