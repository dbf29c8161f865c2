import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { DossierInputError } from '../../../src/shared/dossier'
import type { ChangeSummary, Dossier, MemberEntry } from '../../../src/shared/dossier'
import { memberEntryId, signMemberEntry } from '../../../src/shared/dossier/membership-entry'
import type { MemberEntryBody } from '../../../src/shared/dossier/membership-entry'
import { createDeviceKey, signerFromKey } from '../../../src/shared/identity'
import type { Signer } from '../../../src/shared/identity'
import { fromJson, parseDossierJson, toJson } from '../../../src/shared/report/json'
import { alice, bob, carol, newDossier, replicaOf, syncBoth } from '../../support/dossier-fixtures'

const dave: Signer = signerFromKey(createDeviceKey('Dave Rossi'))
const AT = '2026-11-02T09:00:00.000Z'

/** Alice shares the dossier: she founds it and admits Bob and Carol as editors. */
const shared = (): Dossier => {
  const dossier = newDossier()
  dossier.admitMember({ key: bob.publicKey, name: 'Bob', role: 'editor' }, alice)
  dossier.admitMember({ key: carol.publicKey, name: 'Carol', role: 'editor' }, alice)
  return dossier
}

/** Writes an entry straight into the members array, as a hand-made update from a peer would. */
const inject = (dossier: Dossier, entry: unknown): void => {
  dossier.doc.getArray('members').insert(dossier.doc.getArray('members').length, [entry])
}

/** An entry signed by `signer` that names the dossier's current heads, bypassing the writer. */
const forged = (
  dossier: Dossier,
  signer: Signer,
  body: Omit<Extract<MemberEntryBody, { kind: 'admit' }>, 'by' | 'after' | 'at'>,
): MemberEntry => {
  const after = dossier.memberEntries().map((entry) => entry.id)
  const named = new Set(dossier.memberEntries().flatMap((entry) => entry.after))
  return signMemberEntry(
    { ...body, by: signer.publicKey, after: after.filter((id) => !named.has(id)), at: AT },
    signer,
  )
}

const roles = (dossier: Dossier) =>
  [alice, bob, carol, dave].map((signer) => dossier.memberRole(signer.publicKey))

describe('members', () => {
  it('a dossier nobody shared has no members', () => {
    const dossier = newDossier()
    expect(dossier.members()).toEqual([])
    expect(roles(dossier)).toEqual([null, null, null, null])
  })

  it('the first admission founds the membership with its signer as an editor', () => {
    const dossier = newDossier()
    const changes: ChangeSummary[] = []
    dossier.onChange((change) => changes.push(change))
    const written = dossier.admitMember(
      { key: bob.publicKey, name: 'Bob', role: 'viewer', invite: 'inv-1' },
      alice,
    )
    expect(
      written.map((entry) => [entry.kind, entry.key === entry.by, entry.after.length]),
    ).toEqual([
      ['admit', true, 0],
      ['admit', false, 1],
    ])
    expect(
      dossier
        .members()
        .map(({ name, role, admittedBy, removed }) => ({ name, role, admittedBy, removed })),
    ).toEqual([
      { name: 'Alice Moreau', role: 'editor', admittedBy: alice.publicKey, removed: false },
      { name: 'Bob', role: 'viewer', admittedBy: alice.publicKey, removed: false },
    ])
    expect(roles(dossier)).toEqual(['editor', 'viewer', null, null])
    expect(changes.some((change) => change.members)).toBe(true)
  })

  it('changes a role and removes a member, keeping the history', () => {
    const dossier = shared()
    dossier.changeRole(carol.publicKey, 'viewer', bob)
    expect(dossier.memberRole(carol.publicKey)).toBe('viewer')
    dossier.removeMember(carol.publicKey, alice, 'left the desk')
    expect(dossier.memberRole(carol.publicKey)).toBeNull()
    const record = dossier.members().find((member) => member.key === carol.publicKey)!
    expect(record.removed).toBe(true)
    expect(record.role).toBe('viewer')
    expect(record.history.map((entry) => entry.kind)).toEqual(['admit', 'role', 'remove'])
    // Admitted again, after the removal: a member again.
    dossier.admitMember({ key: carol.publicKey, name: 'Carol L.', role: 'editor' }, bob)
    expect(dossier.memberRole(carol.publicKey)).toBe('editor')
    expect(dossier.members().find((member) => member.key === carol.publicKey)!.name).toBe(
      'Carol L.',
    )
  })

  it('refuses writes the signer may not make, with a clear error, writing nothing', () => {
    const dossier = shared()
    dossier.changeRole(carol.publicKey, 'viewer', alice)
    const before = dossier.memberEntries().length
    const attempts: [() => unknown, RegExp][] = [
      [
        () => dossier.admitMember({ key: dave.publicKey, name: 'D', role: 'editor' }, carol),
        /Carol Lin .* is a viewer/,
      ],
      [
        () => dossier.admitMember({ key: dave.publicKey, name: 'D', role: 'editor' }, dave),
        /not a member/,
      ],
      [() => dossier.removeMember(bob.publicKey, dave), /not a member/],
      [
        () => dossier.admitMember({ key: bob.publicKey, name: 'B', role: 'viewer' }, alice),
        /already a member/,
      ],
      [() => dossier.changeRole(dave.publicKey, 'editor', alice), /not a member of this dossier/],
      [() => dossier.changeRole(bob.publicKey, 'editor', alice), /already a editor/],
      [() => dossier.admitMember({ key: 'abc', name: 'D', role: 'editor' }, alice), /64 hex/],
    ]
    for (const [attempt, message] of attempts) {
      expect(attempt).toThrow(DossierInputError)
      expect(attempt).toThrow(message)
    }
    dossier.removeMember(bob.publicKey, alice)
    expect(() => dossier.removeMember(alice.publicKey, alice)).toThrow(/last editor/)
    expect(() => dossier.changeRole(alice.publicKey, 'viewer', alice)).toThrow(/last editor/)
    expect(dossier.memberEntries()).toHaveLength(before + 1)
  })

  it('a founder must be an editor', () => {
    expect(() =>
      newDossier().admitMember({ key: alice.publicKey, name: 'A', role: 'viewer' }, alice),
    ).toThrow(/must be an editor/)
  })
})

describe('what counts', () => {
  it('quarantines unsigned and tampered entries, which never count', () => {
    const dossier = shared()
    const good = forged(dossier, alice, {
      kind: 'admit',
      key: dave.publicKey,
      name: 'Dave',
      role: 'editor',
    })
    const { sig: _sig, ...unsigned } = good
    const renamed = { ...good, role: 'viewer' }
    const { id: _id, sig: _sig2, ...renamedBody } = renamed
    const reId = { ...renamed, id: memberEntryId(renamedBody) }
    for (const entry of [unsigned, renamed, reId]) inject(dossier, entry)
    expect(dossier.memberRole(dave.publicKey)).toBeNull()
    expect(
      dossier
        .quarantine()
        .filter((item) => item.collection === 'members')
        .map((item) => item.reason),
    ).toEqual([
      expect.stringMatching(/sig/),
      expect.stringMatching(/id does not match its content/),
      expect.stringMatching(/not signed by its author/),
    ])
    inject(dossier, good)
    expect(dossier.memberRole(dave.publicKey)).toBe('editor')
  })

  it("a non-member's or a viewer's admission does not count", () => {
    const dossier = shared()
    const demotion = dossier.changeRole(carol.publicKey, 'viewer', alice)
    inject(
      dossier,
      forged(dossier, dave, { kind: 'admit', key: dave.publicKey, name: 'Dave', role: 'editor' }),
    )
    inject(
      dossier,
      forged(dossier, carol, { kind: 'admit', key: dave.publicKey, name: 'Dave', role: 'editor' }),
    )
    expect(dossier.memberRole(dave.publicKey)).toBeNull()
    expect(dossier.memberEntries()).toHaveLength(6)
    // A new entry names only entries that count: the forged ones add nothing to a past.
    const [admission] = dossier.admitMember(
      { key: dave.publicKey, name: 'Dave', role: 'viewer' },
      alice,
    )
    expect(admission!.after).toEqual([demotion.id])
  })

  it("a removed editor's later entries do not count", () => {
    const dossier = shared()
    dossier.removeMember(carol.publicKey, alice)
    inject(
      dossier,
      forged(dossier, carol, { kind: 'admit', key: dave.publicKey, name: 'Dave', role: 'editor' }),
    )
    expect(dossier.memberRole(dave.publicKey)).toBeNull()
  })

  it("an entry counts once its past has arrived, and a removed key's fresh genesis loses to its removal", () => {
    const dossier = shared()
    dossier.removeMember(carol.publicKey, alice)
    const genesis = signMemberEntry(
      {
        kind: 'admit',
        key: carol.publicKey,
        by: carol.publicKey,
        after: [],
        at: AT,
        name: 'C',
        role: 'editor',
      },
      carol,
    )
    inject(dossier, genesis)
    expect(dossier.memberRole(carol.publicKey)).toBeNull()
    const admission = forged(dossier, bob, {
      kind: 'admit',
      key: dave.publicKey,
      name: 'Dave',
      role: 'viewer',
    })
    const fresh = newDossier()
    inject(fresh, admission)
    expect(fresh.memberRole(dave.publicKey)).toBeNull() // its past has not arrived yet
    for (const entry of dossier.memberEntries()) inject(fresh, entry)
    expect(fresh.memberRole(dave.publicKey)).toBe('viewer')
    inject(dossier, admission)
    expect(fresh.members()).toEqual(dossier.members())
  })
  it('an entry waits for all of its past, even when part of it would already let it count', () => {
    const a = shared()
    const b = replicaOf(a)
    const [unrelated] = a.admitMember({ key: dave.publicKey, name: 'Dave', role: 'viewer' }, alice)
    b.changeRole(carol.publicKey, 'viewer', bob)
    syncBoth(a, b)
    const settling = a.changeRole(carol.publicKey, 'editor', alice)
    expect(settling.after).toContain(unrelated!.id)
    const late = newDossier()
    for (const entry of a.memberEntries()) if (entry.id !== unrelated!.id) inject(late, entry)
    expect(late.memberRole(carol.publicKey)).toBe('viewer')
    inject(late, unrelated)
    expect(roles(late)).toEqual(['editor', 'editor', 'editor', 'viewer'])
  })
})

describe('concurrent changes', () => {
  it('two copies shared while apart keep both founders', () => {
    const a = newDossier()
    const b = replicaOf(a)
    a.admitMember({ key: carol.publicKey, name: 'Carol', role: 'viewer' }, alice)
    b.admitMember({ key: dave.publicKey, name: 'Dave', role: 'viewer' }, bob)
    syncBoth(a, b)
    expect(roles(a)).toEqual(['editor', 'editor', 'viewer', 'viewer'])
    expect(a.members()).toEqual(b.members())
  })

  it("a viewer's own genesis leaves it a viewer", () => {
    const dossier = shared()
    dossier.changeRole(carol.publicKey, 'viewer', alice)
    inject(
      dossier,
      signMemberEntry(
        {
          kind: 'admit',
          key: carol.publicKey,
          by: carol.publicKey,
          after: [],
          at: AT,
          name: 'C',
          role: 'editor',
        },
        carol,
      ),
    )
    expect(dossier.memberRole(carol.publicKey)).toBe('viewer')
  })

  it('a removal wins over a concurrent role change of the same key', () => {
    const a = shared()
    const b = replicaOf(a)
    a.removeMember(carol.publicKey, alice)
    b.changeRole(carol.publicKey, 'viewer', bob)
    syncBoth(a, b)
    for (const replica of [a, b]) expect(replica.memberRole(carol.publicKey)).toBeNull()
    expect(a.members()).toEqual(b.members())
  })

  it('concurrent roles resolve to the lesser one; a later change settles them', () => {
    const a = shared()
    const b = replicaOf(a)
    a.changeRole(carol.publicKey, 'viewer', alice)
    b.changeRole(carol.publicKey, 'viewer', bob)
    b.changeRole(carol.publicKey, 'editor', bob)
    syncBoth(a, b)
    for (const replica of [a, b]) expect(replica.memberRole(carol.publicKey)).toBe('viewer')
    a.changeRole(carol.publicKey, 'editor', alice)
    syncBoth(a, b)
    expect(b.memberRole(carol.publicKey)).toBe('editor')
  })

  it('two editors removing each other at once are both removed', () => {
    const a = shared()
    const b = replicaOf(a)
    a.removeMember(bob.publicKey, alice)
    b.removeMember(alice.publicKey, bob)
    syncBoth(a, b)
    expect(roles(a)).toEqual([null, null, 'editor', null])
    expect(roles(b)).toEqual(roles(a))
  })

  it("an admission made concurrently with its author's removal still counts (the hosts stop the device)", () => {
    const a = shared()
    const b = replicaOf(a)
    a.removeMember(carol.publicKey, alice)
    b.admitMember({ key: dave.publicKey, name: 'Dave', role: 'viewer' }, carol)
    syncBoth(a, b)
    expect(roles(a)).toEqual(['editor', 'editor', null, 'viewer'])
  })
})

describe('JSON export', () => {
  it('keeps the members log, so the copy derives the same members', () => {
    const dossier = shared()
    dossier.changeRole(bob.publicKey, 'viewer', alice)
    dossier.removeMember(carol.publicKey, alice)
    const copy = fromJson(new Y.Doc(), parseDossierJson(toJson(dossier)))
    expect(copy.memberEntries()).toEqual(dossier.memberEntries())
    expect(copy.members()).toEqual(dossier.members())
    expect(roles(copy)).toEqual(['editor', 'viewer', null, null])
  })

  it('imports an export from before members as a dossier nobody shared', () => {
    const { members: _members, ...old } = JSON.parse(toJson(shared())) as Record<string, unknown>
    const copy = fromJson(new Y.Doc(), parseDossierJson(JSON.stringify(old)))
    expect(copy.members()).toEqual([])
  })
})
