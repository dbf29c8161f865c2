import * as fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import {
  claimRecordSchema,
  commentSchema,
  decisionSchema,
  evidenceSchema,
  linkSchema,
} from '../../../src/shared/dossier/schema'
import { acceptEntryFast, checkEntryFast } from '../../../src/shared/dossier/entry-check'
import type { FastCollection } from '../../../src/shared/dossier/entry-check'
import { sameShape } from '../../../src/shared/dossier/same-shape'
import { ingestStory } from '../../../src/shared/ingest'
import { buildDossier, buildImportedDossier } from '../../bench/fixtures'
import { alice, bob, newDossier, replicaOf, SOURCE, span } from '../../support/dossier-fixtures'
import { FLOOD_TEXT } from '../ingest/stories'

/**
 * The fast check is sound when it says yes only where zod would accept the entry and drop
 * nothing. Fast-check builds entries around the valid shape and then breaks them in the ways a
 * replica could (wrong types, lengths at and past each limit, extra and missing keys, odd
 * prototypes, sparse arrays, bad ids and dates); zod with sameShape is the oracle.
 */

const SCHEMAS = {
  claims: claimRecordSchema,
  decisions: decisionSchema,
  evidence: evidenceSchema,
  comments: commentSchema,
  links: linkSchema,
} as const
const COLLECTIONS = Object.keys(SCHEMAS) as FastCollection[]

const zodKeeps = (collection: FastCollection, value: unknown): boolean => {
  const result = SCHEMAS[collection].safeParse(value)
  return result.success && sameShape(value, result.data)
}

/* ---- Values near each rule's edge ---- */

const text = (max: number, min = 0): fc.Arbitrary<string> =>
  fc.oneof(
    fc.string({ minLength: min, maxLength: 12 }),
    fc.string({ unit: 'grapheme', maxLength: 6 }),
    fc
      .constantFrom(max - 1, max, max + 1, min, Math.max(0, min - 1))
      .chain((length) =>
        fc.constantFrom('x'.repeat(length), `${'x'.repeat(Math.max(0, length - 2))}😀`),
      ),
  )
const hex = (length: number) =>
  fc.string({ unit: fc.constantFrom(...'0123456789abcdef'), minLength: length, maxLength: length })
const nearHex = (length: number) =>
  fc.oneof(
    { weight: 4, arbitrary: hex(length) },
    fc.string({
      unit: fc.constantFrom(...'0123456789abcdefABCDEFg'),
      minLength: length - 1,
      maxLength: length + 1,
    }),
    hex(length).map((key) => `${key}\n`),
  )
const id = fc.oneof(
  {
    weight: 4,
    arbitrary: fc
      .tuple(
        fc.constantFrom(...'cdelmx'),
        fc.string({
          unit: fc.constantFrom(...'0123456789abcdefghijklmnopqrstuvwxyz'),
          minLength: 8,
          maxLength: 32,
        }),
      )
      .map(([prefix, body]) => `${prefix}_${body}`),
  },
  fc
    .tuple(
      fc.constantFrom('c', 'C', '1', '', 'cc', '_'),
      fc.constantFrom('_', '-', ''),
      fc.string({ unit: fc.constantFrom(...'0123456789abzAZ_-é'), minLength: 6, maxLength: 34 }),
    )
    .map(([prefix, sep, body]) => `${prefix}${sep}${body}`),
)
const pad = (value: number, width: number) => String(value).padStart(width, '0')
/** Dates and times whose parts run just past their ranges: month 13, 31 April, 29 February… */
const isoTime = fc.oneof(
  {
    weight: 3,
    arbitrary: fc
      .date({ noInvalidDate: true, min: new Date(0), max: new Date(4e12) })
      .map((date) => date.toISOString()),
  },
  fc
    .record({
      year: fc.integer({ min: 0, max: 9999 }),
      month: fc.integer({ min: 0, max: 13 }),
      day: fc.integer({ min: 0, max: 32 }),
      hour: fc.integer({ min: 0, max: 24 }),
      minute: fc.integer({ min: 0, max: 60 }),
      second: fc.option(fc.integer({ min: 0, max: 60 })),
      fraction: fc.constantFrom('', '.5', '.123', '.123456789', '.', ',5'),
      zone: fc.oneof(
        fc.constantFrom('Z', 'z', '', '+00:00', '-00:00', '+0530', '+05', 'UTC'),
        fc
          .tuple(
            fc.constantFrom('+', '-'),
            fc.integer({ min: 0, max: 25 }),
            fc.integer({ min: 0, max: 61 }),
          )
          .map(([sign, h, m]) => `${sign}${pad(h, 2)}:${pad(m, 2)}`),
      ),
      separator: fc.constantFrom('T', 'T', 'T', 't', ' '),
    })
    .map(
      (p) =>
        `${pad(p.year, 4)}-${pad(p.month, 2)}-${pad(p.day, 2)}${p.separator}${pad(p.hour, 2)}:${pad(p.minute, 2)}` +
        `${p.second === null ? '' : `:${pad(p.second, 2)}${p.fraction}`}${p.zone}`,
    ),
)
const finite = fc.oneof(fc.double({ noNaN: true, noDefaultInfinity: true }), fc.integer())
const tuple = <T>(element: fc.Arbitrary<T>, max: number) =>
  fc.oneof(
    { weight: 4, arbitrary: fc.array(element, { maxLength: 4 }) },
    fc
      .tuple(element, fc.constantFrom(max, max + 1))
      .map(([item, length]) => Array.from({ length }, () => item)),
  )
/** An optional key: absent, present, or present holding undefined. */
const optional = <T>(arbitrary: fc.Arbitrary<T>) =>
  fc.oneof(fc.constant(ABSENT), arbitrary, fc.constant(undefined))
const ABSENT = Symbol('absent')
const record = (fields: Record<string, fc.Arbitrary<unknown>>) =>
  fc.record(fields).map((entry) => {
    const out: Record<string, unknown> = {}
    for (const [key, value] of Object.entries(entry)) if (value !== ABSENT) out[key] = value
    return out
  })

const attribution = record({
  who: text(500),
  role: optional(text(500)),
  where: optional(text(500)),
  when: optional(text(500)),
})
const figure = record({ value: finite, unit: optional(text(500)), raw: text(500) })
const quote = fc.option(
  record({ text: text(20_000), start: fc.option(text(200)), end: fc.option(text(200)) }),
)
const author = nearHex(64)

const VALID: Record<FastCollection, fc.Arbitrary<Record<string, unknown>>> = {
  claims: record({
    id,
    text: text(20_000, 1),
    quote,
    attribution,
    kind: fc.constantFrom(
      'figure',
      'event',
      'blame',
      'denial',
      'quote',
      'statement',
      'other',
      'Figure',
    ),
    figures: tuple(figure, 50),
    tags: tuple(text(500), 50),
    createdBy: author,
    createdAt: isoTime,
  }),
  decisions: record({
    id,
    claimId: id,
    status: fc.constantFrom('unverified', 'confirmed', 'disputed', 'retracted', 'verified'),
    rationale: text(20_000),
    evidenceIds: tuple(id, 100),
    supersedes: tuple(id, 100),
    author,
    at: isoTime,
    sig: optional(nearHex(128)),
  }),
  evidence: record({
    id,
    claimId: id,
    url: optional(text(2_000)),
    title: text(500),
    capturedAt: optional(isoTime),
    fileHash: optional(nearHex(64).map((digest) => `sha256:${digest}`)),
    note: text(20_000),
    stance: fc.constantFrom('supports', 'refutes', 'context', 'neutral'),
    addedBy: author,
    addedAt: isoTime,
  }),
  comments: record({
    id,
    claimId: id,
    text: text(20_000, 1),
    author,
    at: isoTime,
    replyTo: optional(id),
  }),
  links: record({
    id,
    from: id,
    to: id,
    type: fc.constantFrom('revises', 'contradicts', 'supports', 'same-as', 'cites'),
    note: optional(text(500)),
    author,
    at: isoTime,
  }),
}

/* ---- Ways to break an entry ---- */

/** An entry that is a class instance: zod reads its fields, sameShape refuses its prototype. */
class Entry {
  constructor(fields: object) {
    Object.assign(this, fields)
  }
  toString(): string {
    return 'Entry'
  }
}
/** `[, item]`: an array whose first slot is a hole. */
const sparse = (item: unknown): unknown[] => {
  const array: unknown[] = []
  array[1] = item
  return array
}
const weird = fc.oneof(
  fc.constantFrom(undefined, null, NaN, Infinity, -Infinity, -0, 0, 1.5, true, '', 'x', 1n),
  fc.constantFrom('x'.repeat(201), 'x'.repeat(501), 'x'.repeat(2_001), 'x'.repeat(20_001)),
  fc.constant(null).map(() => ({})),
  fc.constant(null).map(() => []),
  fc.constant(null).map(() => Object.create(null) as object),
  fc.constant(null).map(() => new Date(0)),
  fc.constant(null).map(() => ['c_aaaaaaaa', 'c_bbbbbbbb']),
  fc.constant(null).map(() => sparse('c_aaaaaaaa')),
  id,
  isoTime,
)
const ACTIONS = [
  'delete',
  'set',
  'extra',
  'hidden',
  'getter',
  'nullProto',
  'instance',
  'inherit',
  'asArray',
  'hole',
  'grow',
] as const
const mutation = fc.record({
  at: fc.nat(),
  action: fc.constantFrom(...ACTIONS),
  pick: fc.nat(),
  value: weird,
  extraKey: fc.constantFrom('extra', '__proto__', 'constructor', 'toString', '0'),
})
type Mutation = typeof mutation extends fc.Arbitrary<infer M> ? M : never

const clone = (value: unknown): unknown => {
  if (Array.isArray(value)) return value.map(clone)
  if (typeof value !== 'object' || value === null) return value
  return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, clone(inner)]))
}
type Slot = { holder: Record<string | number, unknown> | null; key: string | number; node: object }
const slotsOf = (root: object): Slot[] => {
  const slots: Slot[] = [{ holder: null, key: '', node: root }]
  for (let index = 0; index < slots.length; index++) {
    const { node } = slots[index]!
    for (const [key, inner] of Object.entries(node))
      if (typeof inner === 'object' && inner !== null)
        slots.push({
          holder: node as Record<string, unknown>,
          key: Array.isArray(node) ? Number(key) : key,
          node: inner,
        })
  }
  return slots
}

/** Applies `change` to one object or array inside `root`; returns the (possibly new) root. */
const mutate = (root: object, change: Mutation): object => {
  const slots = slotsOf(root)
  const { holder, key, node } = slots[change.at % slots.length]!
  const target = node as Record<string, unknown>
  const keys = Object.keys(target)
  const someKey = keys.length === 0 ? 'missing' : keys[change.pick % keys.length]!
  let replacement: object = node
  try {
    replacement = change1(node, target, someKey, change)
  } catch {
    // An earlier change made the key read-only: this one is skipped.
  }
  if (replacement === node) return root
  if (holder === null) return replacement
  Reflect.set(holder, key, replacement)
  return root
}

const change1 = (
  node: object,
  target: Record<string, unknown>,
  someKey: string,
  change: Mutation,
): object => {
  let replacement = node
  switch (change.action) {
    // Reflect answers false where an earlier change made the key read-only, instead of throwing.
    case 'delete':
      Reflect.deleteProperty(target, someKey)
      break
    case 'set':
      Reflect.set(target, someKey, change.value)
      break
    case 'extra':
      Reflect.defineProperty(target, change.extraKey, {
        value: change.value,
        enumerable: true,
        writable: true,
        configurable: true,
      })
      break
    case 'hidden':
      Reflect.defineProperty(target, someKey, {
        value: target[someKey],
        enumerable: false,
        configurable: true,
      })
      break
    case 'getter': {
      const held = target[someKey]
      Reflect.defineProperty(target, someKey, {
        get: () => held,
        enumerable: true,
        configurable: true,
      })
      break
    }
    case 'nullProto':
      replacement = Object.assign(Object.create(null) as object, node)
      break
    case 'instance':
      replacement = new Entry(node)
      break
    case 'inherit': {
      const own = { ...node } as Record<string, unknown>
      Reflect.deleteProperty(own, someKey)
      replacement = Object.assign(Object.create({ [someKey]: target[someKey] }) as object, own)
      break
    }
    case 'asArray':
      replacement = Array.isArray(node) ? Object.assign({}, node) : Object.values(node)
      break
    case 'hole':
      if (Array.isArray(node)) node.length += 1
      else Reflect.set(target, someKey, sparse(change.value))
      break
    case 'grow':
      if (Array.isArray(node)) while (node.length <= 100) node.push(node[0] ?? change.value)
      else
        Reflect.set(
          target,
          someKey,
          Array.from({ length: 51 }, () => target[someKey]),
        )
      break
  }
  return replacement
}

const broken = (collection: FastCollection) =>
  fc
    .tuple(VALID[collection], fc.array(mutation, { maxLength: 3 }))
    .map(([entry, changes]) => changes.reduce<object>(mutate, clone(entry) as object))

/**
 * Whether every property in `value` is an enumerable data property, as in anything Yjs decodes.
 * A hidden or accessor property can fool sameShape, which compares key counts: a hidden required
 * key and an extra enumerable key balance out, so zod's copy (without the extra key) passes as
 * the same shape. The fast check refuses both, so it is stricter there, never looser.
 */
const isData = (value: unknown): boolean => {
  if (typeof value !== 'object' || value === null) return true
  return Object.entries(Object.getOwnPropertyDescriptors(value)).every(
    ([key, property]) =>
      (Array.isArray(value) && key === 'length') ||
      (property.enumerable === true && property.get === undefined && isData(property.value)),
  )
}

const PROPERTY = { seed: 20261128, numRuns: 3000 }

describe('checkEntryFast agrees with zod and sameShape', () => {
  for (const collection of COLLECTIONS) {
    it(`says yes to ${collection} only where zod keeps the entry as it is`, () => {
      let kept = 0
      fc.assert(
        fc.property(fc.oneof(VALID[collection], broken(collection)), (value) => {
          const fast = checkEntryFast(collection, value)
          if (fast) kept++
          expect(fast && !zodKeeps(collection, value)).toBe(false)
          // Not needed for soundness, but for data as Yjs decodes it the mirror is exact: nothing
          // zod keeps is sent the slow way.
          if (isData(value)) expect(fast).toBe(zodKeeps(collection, value))
          // The index's freezing twin answers alike (it runs last: it may freeze parts).
          expect(acceptEntryFast(collection, value)).toBe(fast)
        }),
        PROPERTY,
      )
      expect(kept).toBeGreaterThan(PROPERTY.numRuns / 20)
    })
  }

  it('freezes the parts of an entry it accepts for the index, and only then', () => {
    const decision = {
      id: 'd_abcdefgh',
      claimId: 'c_abcdefgh',
      status: 'confirmed',
      rationale: 'Log',
      evidenceIds: ['e_abcdefgh'],
      supersedes: [],
      author: alice.publicKey,
      at: '2026-01-01T00:00:00Z',
    }
    const checked = structuredClone(decision)
    expect(checkEntryFast('decisions', checked)).toBe(true)
    expect(Object.isFrozen(checked.evidenceIds)).toBe(false)
    const accepted = structuredClone(decision)
    expect(acceptEntryFast('decisions', accepted)).toBe(true)
    expect(Object.isFrozen(accepted.evidenceIds)).toBe(true)
    expect(Object.isFrozen(accepted.supersedes)).toBe(true)
    // The entry itself stays open: the index shares strings into it, then freezes it.
    expect(Object.isFrozen(accepted)).toBe(false)
    const refused = { ...structuredClone(decision), status: 'maybe' }
    expect(acceptEntryFast('decisions', refused)).toBe(false)
    expect(Object.isFrozen(refused)).toBe(false)
  })

  it('reads optional keys as zod 4 does: present with undefined is kept, hidden is not', () => {
    const dossier = newDossier()
    const claimId = dossier.addClaim(
      { text: '23 missing', attribution: { who: 'Authority' }, kind: 'figure' },
      alice,
    )
    const link = {
      id: 'l_abcdefgh',
      from: claimId,
      to: claimId,
      type: 'supports',
      author: alice.publicKey,
      at: '2026-01-01T00:00:00Z',
    }
    expect(checkEntryFast('links', { ...link, note: undefined })).toBe(true)
    expect(zodKeeps('links', { ...link, note: undefined })).toBe(true)
    const hidden = Object.defineProperty({ ...link }, 'note', { value: 'x', enumerable: false })
    expect(zodKeeps('links', hidden)).toBe(false)
    expect(checkEntryFast('links', hidden)).toBe(false)
    expect(checkEntryFast('links', { ...link, extra: undefined })).toBe(false)
    expect(checkEntryFast('links', { ...link, at: '2026-02-29T00:00:00Z' })).toBe(false)
    expect(checkEntryFast('links', { ...link, at: '2028-02-29T00:00:00+14:00' })).toBe(true)
  })
})

describe('regressions the property found (seed 20261128)', () => {
  const link = {
    id: 'l_abcdefgh',
    from: 'c_00000000',
    to: 'c_00000001',
    type: 'supports',
    author: '0'.repeat(64),
    at: '1970-01-01T00:00:00.000Z',
  }

  it('measures string limits in code points, as the installed zod does, not UTF-16 units', () => {
    const fits = `${'x'.repeat(498)}😀` // 500 units, 499 code points
    const over = `${'x'.repeat(499)}😀` // 501 units, 500 code points: zod still accepts it
    for (const note of [fits, over]) {
      expect(zodKeeps('links', { ...link, note })).toBe(true)
      expect(checkEntryFast('links', { ...link, note })).toBe(true)
    }
    const tooLong = `${'x'.repeat(500)}😀`
    expect(zodKeeps('links', { ...link, note: tooLong })).toBe(false)
    expect(checkEntryFast('links', { ...link, note: tooLong })).toBe(false)
  })

  it('refuses a hidden required key balanced by an extra key, which sameShape lets through', () => {
    const { id, ...rest } = link
    const value = Object.defineProperty({ ...rest, extra: 'x' }, 'id', { value: id })
    expect(zodKeeps('links', value)).toBe(true)
    expect(checkEntryFast('links', value)).toBe(false)
  })
})

describe('every entry the app writes takes the fast path', () => {
  const rawEntries = (doc: Y.Doc) =>
    COLLECTIONS.flatMap((collection) =>
      doc
        .getArray<unknown>(collection)
        .toArray()
        .map((value) => ({ collection, value })),
    )
  const expectAllFast = (doc: Y.Doc) => {
    const entries = rawEntries(doc)
    expect(entries.length).toBeGreaterThan(0)
    const slow = entries.filter(({ collection, value }) => !checkEntryFast(collection, value))
    expect(slow).toEqual([])
  }

  it('claims, decisions, evidence, comments and links from the writer, as a replica decodes them', () => {
    const dossier = newDossier()
    const first = dossier.addClaim(
      {
        text: '23 people missing',
        quote: span(SOURCE, '23 people were missing'),
        attribution: {
          who: 'River authority',
          role: 'operator',
          where: 'briefing',
          when: 'Tuesday',
        },
        kind: 'figure',
        figures: [{ value: 23, unit: 'people', raw: '23 people' }],
        tags: ['toll', 'مفقودون'],
      },
      alice,
    )
    const second = dossier.addClaim(
      { text: 'Raised to 31', attribution: { who: 'Official' }, kind: 'statement' },
      bob,
    )
    const evidence = dossier.addEvidence(
      first,
      {
        url: 'https://example.org/a',
        title: 'Wire',
        capturedAt: '2026-11-01T08:00:00.000+01:00',
        fileHash: `sha256:${'ab'.repeat(32)}`,
        note: 'n',
        stance: 'supports',
      },
      alice,
    )
    dossier.addEvidence(second, { title: 'Notes', stance: 'context' }, bob)
    dossier.decide(
      first,
      { status: 'confirmed', rationale: 'Matches', evidenceIds: [evidence] },
      alice,
    )
    dossier.decide(first, { status: 'disputed', rationale: '' }, bob)
    const comment = dossier.addComment(first, 'Check the register', alice)
    dossier.addComment(first, 'Done', bob, comment)
    dossier.link(second, first, 'revises', alice, '23 → 31')
    dossier.link(first, second, 'contradicts', bob)
    expectAllFast(dossier.doc)
    expectAllFast(replicaOf(dossier).doc)
  })

  it('the benchmark dossiers, worked and freshly imported', () => {
    expectAllFast(buildDossier(20, alice).doc)
    expectAllFast(replicaOf(buildImportedDossier(200, alice)).doc)
  })

  it('claims and links an ingested story made', () => {
    const { dossier } = ingestStory(
      new Y.Doc(),
      { text: FLOOD_TEXT, filename: 'marren.txt' },
      alice,
    )
    expectAllFast(replicaOf(dossier).doc)
  })
})
