/**
 * Canonical JSON: object keys sorted, no whitespace, `undefined` members dropped. Two replicas that
 * hold the same entry produce the same bytes, so a signature made on one verifies on the other.
 */
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json | undefined }

export const canonicalJson = (value: unknown): string => {
  if (value === null || typeof value !== 'object') {
    if (typeof value === 'number' && !Number.isFinite(value)) {
      throw new TypeError('canonical JSON cannot hold a non-finite number')
    }
    return JSON.stringify(value)
  }
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`
  const record = value as Record<string, unknown>
  const members = Object.keys(record)
    .filter((key) => record[key] !== undefined)
    .sort()
    .map((key) => `${JSON.stringify(key)}:${canonicalJson(record[key])}`)
  return `{${members.join(',')}}`
}
