import * as fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { Dossier, DossierInputError, MEMBER_ROLES } from '../../../src/shared/dossier'
import type { MemberEntry, MemberRole } from '../../../src/shared/dossier'
import { signMemberEntry } from '../../../src/shared/dossier/membership-entry'
import { createDeviceKey, signerFromKey } from '../../../src/shared/identity'
import { alice, bob, carol, newDossier, syncBoth } from '../../support/dossier-fixtures'
import { seededRandom } from '../../support/seeded-random'

/**
 * Replicas admit, re-role and remove members while partly out of touch, and some devices forge
 * entries they may not make. Once every entry has reached every replica they agree on the
 * membership, and so does a fresh replica that receives the same entries one by one in any order
 * (children before their parents included). Few entries per run: each costs a signature.
 */

const SIGNERS = [alice, bob, carol, signerFromKey(createDeviceKey('Dave Rossi'))]
const REPLICAS = 3

type Write = {
  kind: 'admit' | 'role' | 'remove' | 'forge'
  replica: number
  signer: number
  subject: number
  role: MemberRole
}
type Op = Write | { kind: 'sync'; from: number; to: number }

const opArb: fc.Arbitrary<Op> = fc.oneof(
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constantFrom('admit' as const, 'role' as const, 'remove' as const, 'forge' as const),
      replica: fc.nat(REPLICAS - 1),
      signer: fc.nat(SIGNERS.length - 1),
      subject: fc.nat(SIGNERS.length - 1),
      role: fc.constantFrom(...MEMBER_ROLES),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('sync' as const),
      from: fc.nat(REPLICAS - 1),
      to: fc.nat(REPLICAS - 1),
    }),
  },
)

const oneWay = (from: Dossier, to: Dossier): void => {
  Y.applyUpdate(to.doc, Y.encodeStateAsUpdate(from.doc, Y.encodeStateVector(to.doc)))
}

/** An entry the writer would refuse to make: signed, naming the heads, but not allowed. */
const forge = (dossier: Dossier, op: Write): MemberEntry => {
  const entries = dossier.memberEntries()
  const named = new Set(entries.flatMap((entry) => entry.after))
  const signer = SIGNERS[op.signer]!
  return signMemberEntry(
    {
      kind: 'admit',
      key: SIGNERS[op.subject]!.publicKey,
      by: signer.publicKey,
      after: entries.map((entry) => entry.id).filter((id) => !named.has(id)),
      at: '2026-11-02T09:00:00.000Z',
      name: 'forged',
      role: op.role,
    },
    signer,
  )
}

const apply = (replicas: Dossier[], op: Op): void => {
  if (op.kind === 'sync') return oneWay(replicas[op.from]!, replicas[op.to]!)
  const dossier = replicas[op.replica]!
  const signer = SIGNERS[op.signer]!
  const subject = SIGNERS[op.subject]!
  try {
    if (op.kind === 'admit')
      dossier.admitMember({ key: subject.publicKey, name: subject.name, role: op.role }, signer)
    else if (op.kind === 'role') dossier.changeRole(subject.publicKey, op.role, signer)
    else if (op.kind === 'remove') dossier.removeMember(subject.publicKey, signer)
    else {
      const members = dossier.doc.getArray('members')
      members.insert(members.length, [forge(dossier, op)])
    }
  } catch (error) {
    if (!(error instanceof DossierInputError)) throw error
  }
}

/** A deterministic shuffle from a seed, so a failing run replays. */
const shuffled = <T>(items: readonly T[], seed: number): T[] => {
  const out = [...items]
  const random = seededRandom(seed)
  for (let i = out.length - 1; i > 0; i--) {
    const j = random.int(0, i)
    ;[out[i], out[j]] = [out[j]!, out[i]!]
  }
  return out
}

const roles = (dossier: Dossier) => SIGNERS.map((signer) => dossier.memberRole(signer.publicKey))

describe('membership convergence', () => {
  it('every replica derives the same members whatever order the entries arrive in', () => {
    fc.assert(
      fc.property(
        fc.array(opArb, { minLength: 1, maxLength: 10 }),
        fc.array(fc.nat(), { minLength: 2, maxLength: 2 }),
        (ops, seeds) => {
          const base = newDossier()
          const blank = Y.encodeStateAsUpdate(base.doc)
          base.admitMember({ key: bob.publicKey, name: 'Bob', role: 'editor' }, alice)
          const replicas = [base]
          for (let i = 1; i < REPLICAS; i++) {
            const doc = new Y.Doc()
            Y.applyUpdate(doc, Y.encodeStateAsUpdate(base.doc))
            replicas.push(Dossier.open(doc))
          }
          for (const op of ops) apply(replicas, op)
          for (let round = 0; round < 2; round++)
            for (let i = 1; i < REPLICAS; i++) syncBoth(replicas[0]!, replicas[i]!)

          const reference = replicas[0]!
          for (const replica of replicas) {
            expect(replica.members()).toEqual(reference.members())
            expect(roles(replica)).toEqual(roles(reference))
          }
          for (const seed of seeds) {
            const doc = new Y.Doc()
            Y.applyUpdate(doc, blank)
            const late = Dossier.open(doc)
            const members = doc.getArray('members')
            for (const entry of shuffled(reference.memberEntries(), seed))
              members.insert(members.length, [entry])
            expect(late.memberEntries()).toEqual(reference.memberEntries())
            expect(late.members()).toEqual(reference.members())
            expect(roles(late)).toEqual(roles(reference))
          }
        },
      ),
      { numRuns: 30 },
    )
  }, 120_000)
})
