import { randomBytes } from '@noble/hashes/utils.js'

const ALPHABET = '0123456789abcdefghijklmnopqrstuvwxyz'

export type IdPrefix = 'c' | 'd' | 'e' | 'm' | 'l' | 'x'

/** A random id such as `c_k3v9q0x2mz5a`: 12 base-36 characters, about 62 bits of entropy. */
export const newId = (prefix: IdPrefix): string => {
  const bytes = randomBytes(12)
  let out = `${prefix}_`
  for (const byte of bytes) out += ALPHABET[byte % 36]
  return out
}
