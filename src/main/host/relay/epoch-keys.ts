import type { DeviceKeyFile } from '../../../shared/identity'
import { newEpochSecret, readEpochRecord, writeEpochRecord } from './epoch-record'
import type { EpochRecord } from './epoch-record'
import { epochKey } from './sealed-envelope'

/** What sealing a dossier's relay takes: its LAN session's secret, this device, its members. */
export interface SealingContext {
  readonly sessionSecret: Uint8Array
  readonly deviceKey: Pick<DeviceKeyFile, 'publicKey' | 'secretKey'>
  isMember(key: string): boolean
  isEditor(key: string): boolean
  /** The keys of the current members. */
  members(): readonly string[]
  /** The keys of devices that were members and were removed. */
  removed(): readonly string[]
}

/**
 * The key epochs of one sealed room (docs/relay.md, "Key epochs"). Epoch 0's key comes from the
 * session secret, which every member who ever joined holds. Once a member is removed, an editor
 * writes epoch n + 1: a fresh secret sealed to the current members only, so the removed device
 * cannot open what is sealed after; a member admitted later gets the current secret sealed to it.
 * Records are accepted from current editors only. Two editors may rotate at once: each epoch
 * keeps every secret it was given, envelopes open with any, and everyone seals with the secret of
 * the lowest author key, so they settle on one.
 */
export class EpochKeys {
  private readonly records = new Map<number, EpochRecord[]>()

  constructor(
    private readonly dossierId: string,
    private readonly sealing: SealingContext,
  ) {}

  keysOf(epoch: number): Uint8Array[] {
    if (epoch === 0) return [epochKey(this.sealing.sessionSecret, 0)]
    return (this.records.get(epoch) ?? [])
      .filter((record) => record.secret !== null)
      .map((record) => epochKey(record.secret!, epoch))
  }

  /** What to seal with now: the highest epoch this device holds a secret for. */
  current(): { readonly epoch: number; readonly key: Uint8Array; readonly secret: Uint8Array } {
    const held = [...this.records.entries()]
      .map(([epoch, records]) => ({
        epoch,
        chosen: records
          .filter((record) => record.secret !== null)
          .sort((a, b) => (a.author < b.author ? -1 : 1))[0],
      }))
      .filter(({ chosen }) => chosen !== undefined)
      .sort((a, b) => b.epoch - a.epoch)[0]
    if (held === undefined)
      return { epoch: 0, key: this.keysOf(0)[0]!, secret: this.sealing.sessionSecret }
    return {
      epoch: held.epoch,
      key: epochKey(held.chosen!.secret!, held.epoch),
      secret: held.chosen!.secret!,
    }
  }

  /** Reads records from the room; true when one brought a key this device did not hold. */
  take(items: readonly unknown[]): boolean {
    let gained = false
    for (const item of items) {
      const record = readEpochRecord(item, this.dossierId, this.sealing.deviceKey)
      if (record === null || record.epoch === 0 || !this.sealing.isEditor(record.author)) continue
      const records = this.records.get(record.epoch) ?? []
      this.records.set(record.epoch, [...records, record])
      if (record.secret !== null) gained = true
    }
    return gained
  }

  /**
   * The records this device should append now: a new epoch when a removed device could open the
   * current one; each epoch's secret for current members it was not sealed to (a member admitted
   * later, who joined through the relay, may have only the relay to read the history from). None
   * unless it is an editor.
   */
  due(): Uint8Array[] {
    const own = this.sealing.deviceKey
    if (!this.sealing.isEditor(own.publicKey)) return []
    const { epoch } = this.current()
    const removed = this.sealing.removed()
    const members = this.sealing.members()
    const exposed =
      epoch === 0 ? removed.length > 0 : removed.some((key) => this.recipientsOf(epoch).has(key))
    const due: Uint8Array[] = []
    for (const [held, secret] of this.heldSecrets()) {
      const recipients = this.recipientsOf(held)
      const missing = members.filter((key) => !recipients.has(key))
      if (missing.length > 0) due.push(this.write(held, secret, missing))
    }
    if (exposed) due.push(this.write(epoch + 1, newEpochSecret(), members))
    return due
  }

  private recipientsOf(epoch: number): Set<string> {
    return new Set((this.records.get(epoch) ?? []).flatMap((record) => record.recipients))
  }

  /** Each epoch above 0 this device holds a secret for, with the secret it seals with. */
  private heldSecrets(): [number, Uint8Array][] {
    return [...this.records.entries()].flatMap(([epoch, records]) => {
      const chosen = records
        .filter((record) => record.secret !== null)
        .sort((a, b) => (a.author < b.author ? -1 : 1))[0]
      return chosen === undefined ? [] : [[epoch, chosen.secret!] as [number, Uint8Array]]
    })
  }

  private write(epoch: number, secret: Uint8Array, recipients: readonly string[]): Uint8Array {
    const bytes = writeEpochRecord(
      this.dossierId,
      epoch,
      secret,
      recipients,
      this.sealing.deviceKey,
    )
    this.take([bytes])
    return bytes
  }
}
