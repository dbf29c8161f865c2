/**
 * IPv4 and IPv6 literals as the 4 or 16 bytes an invite carries, and back. Pure: the shared layer
 * has no node:net. Zone ids (`fe80::1%eth0`) name an interface of the inviter's machine, which
 * means nothing on the joiner's, so they are refused.
 */

const IPV4 = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/

export const parseIPv4 = (text: string): Uint8Array | null => {
  const match = IPV4.exec(text)
  if (match === null) return null
  const parts = match.slice(1).map(Number)
  if (parts.some((part, index) => part > 255 || String(part) !== match[index + 1])) return null
  return Uint8Array.from(parts)
}

const HEXTET = /^[0-9a-fA-F]{1,4}$/

const parseGroups = (text: string): number[] | null => {
  if (text === '') return []
  const groups: number[] = []
  const parts = text.split(':')
  for (const [index, part] of parts.entries()) {
    if (index === parts.length - 1 && part.includes('.')) {
      const v4 = parseIPv4(part)
      if (v4 === null) return null
      groups.push(((v4[0] ?? 0) << 8) | (v4[1] ?? 0), ((v4[2] ?? 0) << 8) | (v4[3] ?? 0))
    } else if (HEXTET.test(part)) groups.push(parseInt(part, 16))
    else return null
  }
  return groups
}

export const parseIPv6 = (text: string): Uint8Array | null => {
  const halves = text.split('::')
  if (halves.length > 2) return null
  const head = parseGroups(halves[0] ?? '')
  const tail = halves.length === 2 ? parseGroups(halves[1] ?? '') : []
  if (head === null || tail === null) return null
  const missing = 8 - head.length - tail.length
  if (halves.length === 2 ? missing < 1 : missing !== 0) return null
  const groups = [...head, ...new Array<number>(missing).fill(0), ...tail]
  const out = new Uint8Array(16)
  groups.forEach((group, index) => {
    out[2 * index] = group >> 8
    out[2 * index + 1] = group & 0xff
  })
  return out
}

export const formatIPv4 = (bytes: Uint8Array): string => [...bytes].join('.')

/** RFC 5952: lowercase, no leading zeros, the longest run (two or more) of zero groups as `::`. */
export const formatIPv6 = (bytes: Uint8Array): string => {
  const groups = Array.from(
    { length: 8 },
    (_, i) => ((bytes[2 * i] ?? 0) << 8) | (bytes[2 * i + 1] ?? 0),
  )
  let best = { start: -1, length: 1 }
  for (let start = 0; start < 8; start++) {
    let length = 0
    while (start + length < 8 && groups[start + length] === 0) length++
    if (length > best.length) best = { start, length }
  }
  const hex = groups.map((group) => group.toString(16))
  if (best.start < 0) return hex.join(':')
  const head = hex.slice(0, best.start).join(':')
  const tail = hex.slice(best.start + best.length).join(':')
  return `${head}::${tail}`
}

/** The canonical form of an IP literal, or null when `text` is not one. */
export const canonicalIp = (text: string): string | null => {
  const v4 = parseIPv4(text)
  if (v4 !== null) return formatIPv4(v4)
  const v6 = parseIPv6(text)
  return v6 === null ? null : formatIPv6(v6)
}
