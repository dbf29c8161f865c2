import { hexToBytes } from '@noble/hashes/utils.js'
import * as Y from 'yjs'
import type { DeviceKeyFile } from '../../../shared/identity'
import type { DoorAnswer, DoorKnock, RelaySettings } from '../../../shared/relay'
import { MAX_DOOR_MEMBERS } from '../../../shared/relay'
import { syncRoom } from '../relay/room-sync'
import type { RoomSync } from '../relay/room-sync'
import { inviteDoor, openKnock, sealAnswer, sealSessionSecret } from '../relay/invite-door'
import type { InviteDoor } from '../relay/invite-door'
import { admitInvitee } from './session-door'
import type { DoorHost } from './session-door'
import type { InviteRecord } from './sharing-store'

/** How often the doors are matched to the open invites and the relays' settings. */
const RECONCILE_MS = 2000
/** After answering, a door stays a while, so the answer reaches the relay and a retry is heard. */
const LINGER_MS = 60_000
const RETRY_MIN_MS = 1000
const RETRY_MAX_MS = 30_000

export interface RelayDoorHost extends DoorHost {
  readonly deviceKey: Pick<DeviceKeyFile, 'publicKey' | 'secretKey'>
}

/**
 * The inviter's side of joining through a sealed relay (docs/relay.md, "Joining through a
 * relay"): while an invite of a dossier relayed sealed is open, this host watches the invite's
 * door room on that relay. A knock sealed with the invite's secret and signed by the device it
 * names is admitted as the LAN door admits (admitInvitee: the invite is spent), and answered with
 * the session secret sealed to that device alone; a knock on a spent invite is refused in words.
 */
export const keepRelayDoors = (
  host: RelayDoorHost,
  settingsOf: (dossierId: string) => RelaySettings | null,
): { close(): void } => {
  const doors = new Map<string, Door>()
  const reconcile = (): void => {
    const wanted = new Map<
      string,
      { dossierId: string; invite: InviteRecord; settings: RelaySettings }
    >()
    for (const [dossierId, entry] of Object.entries(host.sharing.dossiers)) {
      const settings = settingsOf(dossierId)
      if (settings?.mode !== 'sealed') continue
      for (const invite of entry.invites) wanted.set(invite.id, { dossierId, invite, settings })
    }
    for (const [id, door] of doors) {
      const want = wanted.get(id)
      if (want === undefined || !door.wanted(want.invite, want.settings, host.now)) {
        door.close()
        doors.delete(id)
      }
    }
    for (const [id, { dossierId, invite, settings }] of wanted)
      if (!doors.has(id) && isOpen(invite, host.now))
        doors.set(id, new Door(host, dossierId, invite, settings))
  }
  reconcile()
  const timer = setInterval(reconcile, RECONCILE_MS)
  timer.unref()
  return {
    close: () => {
      clearInterval(timer)
      for (const door of doors.values()) door.close()
      doors.clear()
    },
  }
}

const isOpen = (invite: InviteRecord, now: number): boolean =>
  invite.state === 'open' && (invite.expiresAt === null || invite.expiresAt > now)

/** One invite's door room on one relay, redialled with backoff while it is wanted. */
class Door {
  private readonly door: InviteDoor
  private readonly answered = new Set<string>()
  private room: RoomSync | null = null
  private doc: Y.Doc | null = null
  private retryMs = RETRY_MIN_MS
  private retry: ReturnType<typeof setTimeout> | undefined
  private lingerUntil = 0
  private closed = false
  private readonly settingsText: string

  constructor(
    private readonly host: RelayDoorHost,
    private readonly dossierId: string,
    private readonly invite: InviteRecord,
    settings: RelaySettings,
  ) {
    this.door = inviteDoor(hexToBytes(invite.secret))
    this.settingsText = JSON.stringify(settings)
    this.dial(settings)
  }

  wanted(invite: InviteRecord, settings: RelaySettings, now: number): boolean {
    if (JSON.stringify(settings) !== this.settingsText) return false
    return isOpen(invite, now) || now < this.lingerUntil
  }

  close(): void {
    this.closed = true
    clearTimeout(this.retry)
    this.room?.destroy()
    this.doc?.destroy()
  }

  private dial(settings: RelaySettings): void {
    if (this.closed) return
    const doc = new Y.Doc()
    const items = doc.getArray<Uint8Array>('door')
    items.observe((event) => {
      if (event.transaction.local) return
      const inserted = event.changes.delta.flatMap((part) => (part.insert as unknown[]) ?? [])
      for (const item of inserted) void this.hear(item, items)
    })
    this.doc = doc
    this.room = syncRoom(settings, this.door.room, doc, null, {
      onSynced: () => (this.retryMs = RETRY_MIN_MS),
      onEnd: (code, reason) => {
        doc.destroy()
        if (this.closed) return
        this.host.problem(`the invite's door on ${settings.url} closed (${code}: ${reason})`)
        this.retry = setTimeout(() => this.dial(settings), this.retryMs * (0.5 + Math.random()))
        this.retry.unref()
        this.retryMs = Math.min(RETRY_MAX_MS, this.retryMs * 2)
      },
    })
  }

  private async hear(item: unknown, items: Y.Array<Uint8Array>): Promise<void> {
    const knock = openKnock(this.door, item)
    if (knock === null || knock.dossierId !== this.dossierId || this.answered.has(knock.key)) return
    this.answered.add(knock.key)
    const answer = await this.answer(knock)
    if (this.closed) return
    this.lingerUntil = this.host.now + LINGER_MS
    items.push([sealAnswer(this.door, answer, this.host.deviceKey)])
  }

  private async answer(knock: DoorKnock): Promise<DoorAnswer> {
    const refuse = (reason: string): DoorAnswer => ({
      kind: 'answer',
      to: knock.key,
      admitted: false,
      reason,
    })
    const stored = this.host.sharing.dossiers[this.dossierId]?.invites.find(
      ({ id }) => id === this.invite.id,
    )
    const handle = this.host.heldDossier(this.dossierId)
    const member = handle?.dossier.members().find(({ key }) => key === knock.key)
    // A device this invite already admitted asks again (its first answer was lost): same answer.
    const again =
      member !== undefined &&
      !member.removed &&
      member.history.some((entry) => entry.kind === 'admit' && entry.invite === this.invite.id)
    if (!again) {
      if (stored === undefined || !isOpen(stored, this.host.now))
        return refuse('the invite is no longer open (used, revoked or expired): ask for a new one')
      if (this.host.invitesInFlight.has(this.invite.id)) {
        this.answered.delete(knock.key)
        return refuse('the invite is being used on the LAN right now: try again in a minute')
      }
      this.host.invitesInFlight.set(this.invite.id, this.host.now)
      try {
        const problem = await admitInvitee(
          this.host,
          this.dossierId,
          { inviteId: this.invite.id, role: this.invite.role },
          { key: knock.key, name: knock.name },
        )
        if (problem !== null) return refuse(problem)
      } finally {
        this.host.invitesInFlight.delete(this.invite.id)
      }
    }
    const entry = this.host.sharing.dossiers[this.dossierId]
    const dossier = this.host.heldDossier(this.dossierId)?.dossier
    if (entry === undefined || dossier === undefined)
      return refuse('the dossier is no longer shared')
    return {
      kind: 'answer',
      to: knock.key,
      admitted: true,
      sealedSecret: sealSessionSecret(hexToBytes(entry.sessionSecret), knock.key),
      members: dossier
        .members()
        .filter((candidate) => !candidate.removed)
        .slice(0, MAX_DOOR_MEMBERS)
        .map(({ key, role }) => ({ key, role })),
    }
  }
}
