import type * as z from 'zod'
import {
  claimRecordSchema,
  commentSchema,
  decisionSchema,
  evidenceSchema,
  linkSchema,
} from './schema'

/**
 * A fast answer to "would the schema keep this entry as it is?": true only when zod would accept
 * `value` and its parse would drop nothing (`sameShape(value, parsed)`), so the index can keep
 * the entry Yjs holds without running zod at all. Loading a dossier spends most of its validation
 * time in zod's `safeParse` (a payload, an issue list and an output copy per field) and then in
 * `sameShape`; these predicates allocate nothing and make one pass.
 *
 * False means only "ask zod": the caller falls back to `safeParse`, which quarantines with a
 * message or keeps zod's copy. So every rule here may be stricter than zod's, never looser.
 *
 * The predicates are compiled once from the schemas themselves (their `_zod.def`, zod 4's
 * introspection surface) rather than copied by hand, so a limit, pattern or enum changed in
 * schema.ts cannot drift from this copy. A schema feature this file does not mirror (a refine, a
 * transform, a default, a catch-all, coercion) throws when the module loads instead of being
 * silently accepted.
 */

export type FastCollection = 'claims' | 'decisions' | 'evidence' | 'comments' | 'links'

type Check = (value: unknown) => boolean
type Schema = z.core.$ZodType

/** The parts of zod's schema and check definitions read here; anything else is refused. */
interface SchemaDef {
  readonly type: string
  readonly checks?: readonly { readonly _zod: { readonly def: CheckDef } }[]
  readonly coerce?: boolean
  readonly format?: string
  readonly pattern?: RegExp
  readonly innerType?: Schema
  readonly element?: Schema
  readonly shape?: Readonly<Record<string, Schema>>
  readonly catchall?: Schema
  readonly entries?: Readonly<Record<string, unknown>>
}
interface CheckDef {
  readonly check: string
  readonly maximum?: number
  readonly minimum?: number
  readonly format?: string
  readonly pattern?: RegExp
}

const defOf = (schema: Schema): SchemaDef => schema._zod.def as SchemaDef

const unsupported = (what: string): never => {
  throw new Error(
    `entry-check: the dossier schemas use ${what}, which the fast check does not mirror`,
  )
}

/** A pattern zod tests with `lastIndex = 0`: only flag-free of g and y is it stateless here too. */
const statelessPattern = (pattern: RegExp | undefined): RegExp => {
  if (pattern === undefined || pattern.global || pattern.sticky)
    return unsupported('a stateful regex')
  return pattern
}

/** Length bounds and the one pattern a string or array has. */
const limitsOf = (def: SchemaDef) => {
  let min = 0
  let max = Infinity
  let pattern: RegExp | null = null
  // `z.iso.datetime()` is itself the format check: its pattern sits on the schema's own def.
  if (def.format !== undefined)
    pattern = def.format === 'datetime' ? statelessPattern(def.pattern) : unsupported(def.format)
  for (const { _zod } of def.checks ?? []) {
    const check = _zod.def
    if (check.check === 'max_length') max = Math.min(max, check.maximum ?? Infinity)
    else if (check.check === 'min_length') min = Math.max(min, check.minimum ?? 0)
    else if (check.check === 'string_format' && check.format === 'regex' && pattern === null)
      pattern = statelessPattern(check.pattern)
    else unsupported(`the check ${check.check}/${check.format ?? ''}`)
  }
  return { min, max, pattern }
}

/**
 * Code points in `text`, a surrogate pair counting once and a lone surrogate as itself: how the
 * zod installed here measures `.min` and `.max` on strings (its `util.codePointLength`), not in
 * UTF-16 units. A loop rather than the string iterator, which allocates.
 */
const codePoints = (text: string): number => {
  let count = text.length
  for (let index = 0; index < text.length - 1; index++) {
    if (
      (text.charCodeAt(index) & 0xfc00) === 0xd800 &&
      (text.charCodeAt(index + 1) & 0xfc00) === 0xdc00
    ) {
      count--
      index++
    }
  }
  return count
}

/**
 * Units bound code points from both sides (a code point is one or two units), so only a string
 * whose unit count lies between the bounds' edges needs counting, as zod does too.
 */
const fitsLength = (text: string, min: number, max: number): boolean => {
  const units = text.length
  if (units < min) return false
  if (units <= max && units >= min * 2) return true
  const length = codePoints(text)
  return length >= min && length <= max
}

const compileString = (def: SchemaDef): Check => {
  const { min, max, pattern } = limitsOf(def)
  if (pattern === null) return (value) => typeof value === 'string' && fitsLength(value, min, max)
  // Entries come in runs that repeat a key or a claim id: a string equal to the last one this
  // pattern accepted is accepted again by comparing it, without running the pattern (~10 ms of
  // a 10,000-claim dossier's load). Equal strings match alike; a different one is tested.
  let lastAccepted: string | null = null
  return (value) => {
    if (value === lastAccepted) return true
    if (typeof value !== 'string' || !fitsLength(value, min, max) || !pattern.test(value))
      return false
    lastAccepted = value
    return true
  }
}

/**
 * Whether a compiled check freezes each array and object inside the entry once it has passed (the
 * entry itself is left to the caller): the index freezes what Yjs holds, and doing it here, while
 * the parts are in the cache, costs a fraction of a second pass over 60,000 entries.
 */
type Freezing = boolean

const compileArray = (def: SchemaDef, freezing: Freezing): Check => {
  const { min, max, pattern } = limitsOf(def)
  if (pattern !== null || def.element === undefined) return unsupported('an array pattern')
  const element = compile(def.element, freezing)
  // Holes read as undefined, as they do for zod; an array subclass or extra array properties
  // pass both zod and sameShape, which compare only length and elements.
  return (value) => {
    if (!Array.isArray(value) || value.length < min || value.length > max) return false
    for (let index = 0; index < value.length; index++)
      if (!element((value as unknown[])[index])) return false
    if (freezing) Object.freeze(value)
    return true
  }
}

/**
 * zod reads every shape key with `input[key]`, so for sameShape to hold the shape's keys must be
 * exactly the value's enumerable keys: every present key enumerable, no other key, and no
 * optional key reachable any other way (`key in input` makes zod copy it). The prototype must be
 * Object.prototype: sameShape refuses class instances and prototype-less objects. (An enumerable
 * key on Object.prototype itself, which only a polluted process has, would read as present, as it
 * does for zod.)
 */
const compileObject = (def: SchemaDef, freezing: Freezing, nested: boolean): Check => {
  if (def.shape === undefined || def.catchall !== undefined) return unsupported('a catch-all')
  const shape = def.shape
  const keys = Object.keys(shape)
  const checks = keys.map((key) => compile(shape[key]!, freezing))
  const freezeSelf = freezing && nested
  const known = new Set(keys)
  return (value) => {
    if (typeof value !== 'object' || value === null) return false
    if (Object.getPrototypeOf(value) !== Object.prototype) return false
    const record = value as Record<string, unknown>
    let present = 0
    for (let index = 0; index < keys.length; index++) {
      const key = keys[index]!
      const field = record[key]
      if (!checks[index]!(field)) return false
      if (field !== undefined || key in record) present++
    }
    // for-in yields enumerable keys only: each must be the shape's, and as many as are present,
    // so no present key is hidden (non-enumerable) and no key is extra. Counting this way costs
    // a set lookup per key where asking each key whether it is enumerable cost a call per key.
    let count = 0
    for (const key in record) {
      if (!known.has(key)) return false
      count++
    }
    if (count !== present) return false
    if (freezeSelf) Object.freeze(record)
    return true
  }
}

/** The predicate for one schema; only the kinds the dossier's entry schemas use are known. */
const compile = (schema: Schema, freezing: Freezing, nested = true): Check => {
  const def = defOf(schema)
  if (def.coerce === true) return unsupported('coercion')
  switch (def.type) {
    case 'string':
      return compileString(def)
    case 'number':
      if ((def.checks ?? []).length > 0) return unsupported('a number check')
      // z.number() refuses NaN and ±Infinity in zod 4; .finite() adds nothing.
      return (value) => typeof value === 'number' && Number.isFinite(value)
    case 'enum': {
      const values = new Set(Object.values(def.entries ?? {}))
      return (value) => values.has(value)
    }
    case 'array':
      return compileArray(def, freezing)
    case 'object':
      return compileObject(def, freezing, nested)
    case 'nullable': {
      const inner = compile(def.innerType!, freezing)
      return (value) => value === null || inner(value)
    }
    case 'optional': {
      // Present with undefined: zod keeps the key with undefined, which sameShape accepts.
      const inner = compile(def.innerType!, freezing)
      return (value) => value === undefined || inner(value)
    }
    default:
      return unsupported(`a ${def.type} schema`)
  }
}

const SCHEMAS = {
  claims: claimRecordSchema,
  decisions: decisionSchema,
  evidence: evidenceSchema,
  comments: commentSchema,
  links: linkSchema,
} as const

const compileAll = (freezing: Freezing): Readonly<Record<FastCollection, Check>> => ({
  claims: compile(SCHEMAS.claims, freezing, false),
  decisions: compile(SCHEMAS.decisions, freezing, false),
  evidence: compile(SCHEMAS.evidence, freezing, false),
  comments: compile(SCHEMAS.comments, freezing, false),
  links: compile(SCHEMAS.links, freezing, false),
})

const CHECKS = compileAll(false)
const FREEZING_CHECKS = compileAll(true)

/**
 * True only if `schema.safeParse(value)` succeeds and `sameShape(value, parsed)` holds for the
 * collection's schema. False for anything else, including values zod accepts but copies.
 * Assumes plain data (what Yjs decodes): a getter returning different values on each read, or a
 * Proxy, is outside what either check can promise.
 */
export const checkEntryFast = (collection: FastCollection, value: unknown): boolean =>
  CHECKS[collection](value)

/**
 * `checkEntryFast` that also freezes every array and object inside an entry it accepts, for the
 * index, which then freezes the entry itself. On false some inner parts may already be frozen:
 * only for values nobody may change anyway (what Yjs holds).
 */
export const acceptEntryFast = (collection: FastCollection, value: unknown): boolean =>
  FREEZING_CHECKS[collection](value)
