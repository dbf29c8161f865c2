/**
 * Whatever a message event carried, as bytes, or null when it was not bytes: a Uint8Array (or a
 * Node Buffer), an ArrayBuffer (browsers with binaryType 'arraybuffer'), or the fragments `ws`
 * hands over with binaryType 'fragments'.
 */
export const asBytes = (data: unknown): Uint8Array | null => {
  if (data instanceof Uint8Array) return data
  if (data instanceof ArrayBuffer) return new Uint8Array(data)
  if (Array.isArray(data) && data.length > 0 && data.every(isBytes)) return concat(data)
  return null
}

const isBytes = (part: unknown): part is Uint8Array => part instanceof Uint8Array

const concat = (parts: readonly Uint8Array[]): Uint8Array => {
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0))
  let offset = 0
  for (const part of parts) {
    out.set(part, offset)
    offset += part.length
  }
  return out
}
