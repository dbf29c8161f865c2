/**
 * Whether `parsed` (what a schema made of `original`) is `original` with nothing taken away: the
 * same arrays, the same keys, the same values. The dossier's schemas transform nothing; they only
 * drop keys they do not know. When nothing was dropped the index keeps the entry Yjs already
 * holds instead of the schema's copy of it, which is most of what a loaded dossier held beyond
 * plain Yjs (docs/benchmarks.md, "Heap").
 */
export const sameShape = (original: unknown, parsed: unknown): boolean => {
  if (Object.is(original, parsed)) return true
  if (typeof original !== 'object' || typeof parsed !== 'object') return false
  if (original === null || parsed === null) return false
  if (Array.isArray(parsed)) {
    if (!Array.isArray(original) || original.length !== parsed.length) return false
    for (let index = 0; index < parsed.length; index++)
      if (!sameShape(original[index], parsed[index])) return false
    return true
  }
  if (Array.isArray(original) || Object.getPrototypeOf(original) !== Object.prototype) return false
  const keys = Object.keys(parsed)
  if (Object.keys(original).length !== keys.length) return false
  for (const key of keys)
    if (
      !sameShape(
        (original as Record<string, unknown>)[key],
        (parsed as Record<string, unknown>)[key],
      )
    )
      return false
  return true
}

/** Freezes `value` and everything in it: an entry Yjs holds is shared, and never to be changed. */
export const deepFreeze = <T>(value: T): T => {
  if (typeof value !== 'object' || value === null || Object.isFrozen(value)) return value
  for (const inner of Object.values(value)) deepFreeze(inner)
  return Object.freeze(value)
}
