import { describe, expect, it } from 'vitest'
import { RPC_CONTRACT } from '../../src/shared/protocol'
import {
  EXPIRY_CHOICES,
  expiresInMsOf,
  isExpiryChoice,
} from '../../src/renderer/logic/invite-expiry'

describe('invite expiry choices', () => {
  it('turns each choice into the milliseconds `share` takes, or none for no expiry', () => {
    expect(expiresInMsOf('never')).toBeUndefined()
    expect(expiresInMsOf('1h')).toBe(60 * 60 * 1000)
    expect(expiresInMsOf('1d')).toBe(24 * 60 * 60 * 1000)
    expect(expiresInMsOf('7d')).toBe(7 * 24 * 60 * 60 * 1000)
  })

  it('offers only expiries the contract accepts', () => {
    for (const choice of EXPIRY_CHOICES) {
      const expiresInMs = expiresInMsOf(choice.value)
      const params = {
        id: 'm_abc123def456',
        ...(expiresInMs === undefined ? {} : { expiresInMs }),
      }
      expect(RPC_CONTRACT.share.params.safeParse(params).success, choice.label).toBe(true)
    }
  })

  it('knows its own choices from anything else a select could send', () => {
    expect(isExpiryChoice('1d')).toBe(true)
    expect(isExpiryChoice('30d')).toBe(false)
  })
})
