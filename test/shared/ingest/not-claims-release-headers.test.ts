import { describe, expect, it } from 'vitest'
import { english } from './invented-sentences'

/**
 * The header of a press release, run on with its issuer or date ("Press release from the Port
 * Authority, issued 3 May 2025"), says who issued it and when: no claim. A sentence that
 * mentions an earlier release is read as any other. Every sentence below is invented.
 */
const has = (claims: readonly { text: string }[], words: string): boolean =>
  claims.some((claim) => claim.text.includes(words))

describe('a release header', () => {
  it('is not a claim', () => {
    const claims = english(
      'Press release from the Tolcarne Port Authority, issued 3 May 2025',
      'For immediate release, 3 May 2025.',
      'Issued by: Tolcarne Port Authority, Communications Team Date: Saturday 3 May 2025',
      'The authority said 46 berths would be dredged by August.',
    )
    expect(has(claims, 'Press release from')).toBe(false)
    expect(has(claims, 'For immediate release')).toBe(false)
    expect(has(claims, 'Issued by')).toBe(false)
    expect(has(claims, '46 berths')).toBe(true)
  })

  it('stays a claim when a sentence mentions an earlier release', () => {
    const claims = english(
      'An earlier press release issued on 1 May gave the number of berths as 40.',
    )
    expect(has(claims, 'earlier press release')).toBe(true)
  })
})
