import { randomBytes } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import {
  inviteDoor,
  openAnswer,
  openKnock,
  sealAnswer,
  sealKnock,
  sealSessionSecret,
} from '../../../src/main/host/relay/invite-door'
import { createDeviceKey } from '../../../src/shared/identity'
import type { DoorAnswer, DoorKnock } from '../../../src/shared/relay'

const secret = new Uint8Array(randomBytes(32))
const door = inviteDoor(secret)
const inviter = createDeviceKey('Inviter')
const joiner = createDeviceKey('Joiner')
const stranger = createDeviceKey('Stranger')
const sessionSecret = new Uint8Array(randomBytes(32))
const DOSSIER = 'm_door0000001'

const knock: DoorKnock = {
  kind: 'knock',
  dossierId: DOSSIER,
  key: joiner.publicKey,
  name: 'Joiner',
}
type Admitted = DoorAnswer & { admitted: true }
const admitted = (to = joiner.publicKey): Admitted => ({
  kind: 'answer',
  to,
  admitted: true,
  sealedSecret: sealSessionSecret(sessionSecret, to),
  members: [
    { key: inviter.publicKey, role: 'editor' },
    { key: to, role: 'viewer' },
  ],
})

describe("an invite's door on a relay", () => {
  it('names its room and key from the invite secret alone, revealing neither', () => {
    expect(door.room).toMatch(/^vd-door-[0-9a-f]{32}$/)
    expect(inviteDoor(secret)).toEqual(door)
    expect(inviteDoor(new Uint8Array(randomBytes(32))).room).not.toBe(door.room)
    expect(door.room).not.toContain(Buffer.from(secret).toString('hex').slice(0, 16))
  })

  it('opens a knock sealed under the door and signed by the device it names; nothing else', () => {
    expect(openKnock(door, sealKnock(door, knock, joiner))).toEqual(knock)
    // Another invite's door, a device claiming another's key, flipped bits, junk: not a knock.
    const elsewhere = inviteDoor(new Uint8Array(randomBytes(32)))
    expect(openKnock(door, sealKnock(elsewhere, knock, joiner))).toBeNull()
    expect(openKnock(door, sealKnock(door, knock, stranger))).toBeNull()
    const sealed = sealKnock(door, knock, joiner)
    for (const at of [0, 5, sealed.length - 1]) {
      const flipped = sealed.slice()
      flipped[at] = flipped[at]! ^ 1
      expect(openKnock(door, flipped)).toBeNull()
    }
    for (const junk of [null, 'knock', new Uint8Array(3), new Uint8Array(10_000_000)])
      expect(openKnock(door, junk)).toBeNull()
  })

  it('gives the joiner the session secret only when the inviter signed it, to this device', () => {
    const opened = openAnswer(
      door,
      sealAnswer(door, admitted(), inviter),
      inviter.publicKey,
      joiner,
    )
    expect(opened).toEqual({
      admitted: true,
      sessionSecret,
      members: admitted().members,
    })
    // Signed by someone else than the inviter the invite names: not an answer.
    expect(
      openAnswer(door, sealAnswer(door, admitted(), stranger), inviter.publicKey, joiner),
    ).toBeNull()
    // Addressed to another device: neither that answer nor its secret is this device's.
    const theirs = sealAnswer(door, admitted(stranger.publicKey), inviter)
    expect(openAnswer(door, theirs, inviter.publicKey, joiner)).toBeNull()
    const forged: Admitted = {
      ...admitted(),
      sealedSecret: admitted(stranger.publicKey).sealedSecret,
    }
    expect(
      openAnswer(door, sealAnswer(door, forged, inviter), inviter.publicKey, joiner),
    ).toBeNull()
    // A refusal carries its reason.
    const refusal: DoorAnswer = {
      kind: 'answer',
      to: joiner.publicKey,
      admitted: false,
      reason: 'the invite is no longer open',
    }
    expect(openAnswer(door, sealAnswer(door, refusal, inviter), inviter.publicKey, joiner)).toEqual(
      { admitted: false, reason: 'the invite is no longer open' },
    )
    // A knock is not an answer, even under the right door.
    expect(openAnswer(door, sealKnock(door, knock, inviter), inviter.publicKey, joiner)).toBeNull()
  })
})
