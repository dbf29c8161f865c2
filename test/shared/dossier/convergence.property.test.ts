import * as fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { Dossier, STATUSES } from '../../../src/shared/dossier'
import type { Status } from '../../../src/shared/dossier'
import { alice, bob, carol, tickingClock } from '../../support/dossier-fixtures'

/**
 * Replicas make random decisions and source edits, exchange their updates in random order, in
 * partitions that later heal, and must end with the same derived state, every decision present,
 * and a conflict exactly where the remaining heads were made without knowledge of each other.
 */

const SIGNERS = [alice, bob, carol]
const SOURCE = 'Officials said 12 died. Rescuers said 15 died. The company denied it. '

type Op =
  | { kind: 'decide'; replica: number; claim: number; status: Status }
  | { kind: 'edit'; replica: number; at: number; remove: number; insert: string }
  | { kind: 'deliver'; from: number; to: number; count: number; shuffle: number }
  | { kind: 'partition'; cut: number }
  | { kind: 'heal' }

const opArb = (replicas: number, claims: number): fc.Arbitrary<Op> =>
  fc.oneof(
    {
      weight: 4,
      arbitrary: fc.record({
        kind: fc.constant('decide' as const),
        replica: fc.nat(replicas - 1),
        claim: fc.nat(claims - 1),
        status: fc.constantFrom(...STATUSES),
      }),
    },
    {
      weight: 2,
      arbitrary: fc.record({
        kind: fc.constant('edit' as const),
        replica: fc.nat(replicas - 1),
        at: fc.nat(200),
        remove: fc.nat(8),
        insert: fc.string({ maxLength: 6 }),
      }),
    },
    {
      weight: 4,
      arbitrary: fc.record({
        kind: fc.constant('deliver' as const),
        from: fc.nat(replicas - 1),
        to: fc.nat(replicas - 1),
        count: fc.integer({ min: 1, max: 6 }),
        shuffle: fc.nat(),
      }),
    },
    {
      weight: 1,
      arbitrary: fc.record({
        kind: fc.constant('partition' as const),
        cut: fc.integer({ min: 1, max: replicas - 1 }),
      }),
    },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant('heal' as const) }) },
  )

const scenarioArb = fc
  .record({ replicas: fc.integer({ min: 3, max: 5 }), claims: fc.integer({ min: 1, max: 3 }) })
  .chain(({ replicas, claims }) =>
    fc.record({
      replicas: fc.constant(replicas),
      claims: fc.constant(claims),
      ops: fc.array(opArb(replicas, claims), { minLength: 5, maxLength: 60 }),
    }),
  )

interface Made {
  readonly id: string
  readonly claimId: string
  readonly status: Status
  /** Decisions of the same claim the deciding replica could see: what this one knew of. */
  readonly knew: ReadonlySet<string>
}

export const runScenario = (scenario: { replicas: number; claims: number; ops: Op[] }): void => {
  const origin = Dossier.create(
    new Y.Doc(),
    { title: 'Fuzz', sourceText: SOURCE },
    { now: tickingClock() },
  )
  const claimIds = Array.from({ length: scenario.claims }, (_, i) =>
    origin.addClaim(
      {
        text: `claim ${i}`,
        quote: { start: i * 5, end: i * 5 + 10 },
        attribution: { who: 'someone' },
        kind: 'figure',
      },
      alice,
    ),
  )
  const initial = Y.encodeStateAsUpdate(origin.doc)
  const replicas = Array.from({ length: scenario.replicas }, (_, i) => {
    const doc = new Y.Doc()
    Y.applyUpdate(doc, initial)
    return Dossier.open(doc, { now: tickingClock(Date.UTC(2026, 10, 1) + i * 7) })
  })
  // Every update a replica produced, in order; `delivered[to][from]` is how many `to` has seen.
  const outbox: Uint8Array[][] = replicas.map(() => [])
  replicas.forEach((replica, i) =>
    replica.doc.on('update', (update: Uint8Array, origin: unknown) => {
      if (origin !== 'remote') outbox[i]!.push(update)
    }),
  )
  const delivered = replicas.map(() => replicas.map(() => 0))
  let group: number[] = replicas.map(() => 0)
  const made: Made[] = []

  const deliver = (from: number, to: number, count: number, shuffle: number): void => {
    if (from === to || group[from] !== group[to]) return
    const start = delivered[to]![from]!
    const batch = outbox[from]!.slice(start, start + count)
    delivered[to]![from] = start + batch.length
    // Out-of-order delivery within the batch: Yjs must hold back what it cannot yet integrate.
    const order = batch
      .map((_, i) => i)
      .sort((x, y) => ((x * 7919 + shuffle) % 13) - ((y * 7919 + shuffle) % 13))
    for (const i of order) Y.applyUpdate(replicas[to]!.doc, batch[i]!, 'remote')
    replicas[to]!.counts()
  }

  for (const op of scenario.ops) {
    if (op.kind === 'decide') {
      const replica = replicas[op.replica]!
      const claimId = claimIds[op.claim]!
      const knew = new Set(replica.decisions(claimId).map((d) => d.id))
      replica.counts()
      const decision = replica.decide(
        claimId,
        { status: op.status, rationale: `r${made.length}` },
        SIGNERS[op.replica % 3]!,
      )
      made.push({ id: decision.id, claimId, status: op.status, knew })
    } else if (op.kind === 'edit') {
      const replica = replicas[op.replica]!
      const length = replica.sourceText().length
      const at = op.at % (length + 1)
      replica.editSource(at, Math.min(op.remove, length - at), op.insert)
    } else if (op.kind === 'deliver') {
      deliver(op.from, op.to, op.count, op.shuffle)
    } else if (op.kind === 'partition') {
      group = replicas.map((_, i) => (i < op.cut ? 0 : 1))
    } else {
      group = replicas.map(() => 0)
    }
  }

  // Heal and exchange everything, in a scrambled order.
  group = replicas.map(() => 0)
  for (let round = 0; round < 2; round++) {
    for (let to = replicas.length - 1; to >= 0; to--) {
      for (let from = 0; from < replicas.length; from++)
        deliver(from, to, Number.MAX_SAFE_INTEGER, round + to)
    }
  }

  const derived = replicas.map((replica) => ({
    source: replica.sourceText(),
    counts: replica.counts(),
    claims: replica.claims().map((claim) => ({
      id: claim.id,
      label: claim.label,
      heads: claim.state.heads.map((head) => head.id),
      quote: replica.quote(claim.id),
    })),
    decisions: claimIds.map((id) => replica.decisions(id).map((d) => d.id)),
  }))
  for (const other of derived.slice(1)) expect(other).toEqual(derived[0])
  // Counts kept up to date change by change agree with a fresh derivation from the same document.
  for (const replica of replicas) {
    const fresh = new Y.Doc()
    Y.applyUpdate(fresh, Y.encodeStateAsUpdate(replica.doc))
    expect(replica.counts()).toEqual(Dossier.open(fresh).counts())
    // A listing's counts, derived without the claims' views, agree too.
    const listed = new Y.Doc()
    Y.applyUpdate(listed, Y.encodeStateAsUpdate(replica.doc))
    expect(Dossier.open(listed).countsWithoutViews()).toEqual(replica.counts())
  }

  const reference = replicas[0]!
  for (const claimId of claimIds) {
    const ours = made.filter((decision) => decision.claimId === claimId)
    // No lost verdicts: every decision anyone made is on every replica.
    expect(
      reference
        .decisions(claimId)
        .map((d) => d.id)
        .sort(),
    ).toEqual(ours.map((d) => d.id).sort())
    // The heads are exactly the decisions no later decision knew of.
    const expectedHeads = ours.filter((d) => !ours.some((other) => other.knew.has(d.id)))
    const claim = reference.claim(claimId)!
    expect(claim.state.heads.map((head) => head.id).sort()).toEqual(
      expectedHeads.map((d) => d.id).sort(),
    )
    const statuses = new Set(expectedHeads.map((d) => d.status))
    expect(claim.label).toBe(
      statuses.size > 1 ? 'conflict' : statuses.size === 1 ? [...statuses][0] : 'unverified',
    )
  }
}

describe('replicas converge', () => {
  it('to the same derived state with no lost decisions and conflicts only where decisions were concurrent', () => {
    fc.assert(
      fc.property(scenarioArb, (scenario) => runScenario(scenario)),
      { numRuns: 150 },
    )
    // 150 runs sign a few thousand decisions with pure-JS Ed25519: ~30 s on a busy 2-core machine.
  }, 180_000)
})

describe('named scenarios', () => {
  it('two replicas deciding before they hear of each other end in a conflict on all three', () => {
    runScenario({
      replicas: 3,
      claims: 1,
      ops: [
        { kind: 'decide', replica: 0, claim: 0, status: 'retracted' },
        { kind: 'decide', replica: 1, claim: 0, status: 'unverified' },
        { kind: 'deliver', from: 0, to: 2, count: 1, shuffle: 0 },
      ],
    })
  })

  it('a decision that arrives before the one it supersedes settles once both are there', () => {
    runScenario({
      replicas: 3,
      claims: 1,
      ops: [
        { kind: 'decide', replica: 0, claim: 0, status: 'confirmed' },
        { kind: 'deliver', from: 0, to: 1, count: 5, shuffle: 0 },
        { kind: 'decide', replica: 1, claim: 0, status: 'disputed' },
        { kind: 'deliver', from: 1, to: 2, count: 5, shuffle: 3 },
        { kind: 'deliver', from: 0, to: 2, count: 5, shuffle: 1 },
      ],
    })
  })
})
