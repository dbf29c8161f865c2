import { describe, expect, it } from 'vitest'
import { describeConnection } from '../../src/renderer/logic/connection-text'
import { judgeClose } from '../../src/shared/session'

const closed = (code: number, reason = '', opened = true, refused = false) => ({
  code,
  reason,
  opened,
  refused,
})

describe('what a closed connection means', () => {
  it('tells a refused page from a host that is down, and an unknown dossier from both', () => {
    expect(judgeClose(closed(1006, '', false, true))).toMatchObject({
      kind: 'refused',
      retry: true,
    })
    expect(judgeClose(closed(1006, '', false))).toEqual({
      kind: 'offline',
      reason: 'the host is not answering',
      retry: true,
    })
    expect(judgeClose(closed(1001, 'host shutting down'))).toMatchObject({
      kind: 'offline',
      reason: 'host shutting down',
    })
    expect(judgeClose(closed(4404, 'unknown dossier'))).toMatchObject({
      kind: 'error',
      retry: false,
    })
    expect(judgeClose(closed(1008, 'rate limit exceeded'))).toMatchObject({
      kind: 'error',
      reason: 'the host closed the connection: rate limit exceeded',
      retry: true,
    })
  })
})

describe('the connection indicator’s words', () => {
  const now = 1_000_000
  const offline = { kind: 'offline', reason: 'x', retryAt: now + 3200 } as const

  it('says whether the editor’s work is safe while the host is away', () => {
    expect(describeConnection(offline, 'saved', now).detail).toContain('copy saved on this device')
    expect(describeConnection(offline, 'memory', now).detail).toContain(
      'lost if you close this page',
    )
    expect(describeConnection(offline, 'none', now).detail).toBe(
      'The host is not reachable. Trying again in 4 s.',
    )
  })

  it('counts down to the next attempt, then says it is reconnecting', () => {
    expect(describeConnection({ ...offline, retryAt: 'now' }, 'none', now).detail).toContain(
      'Reconnecting…',
    )
    expect(describeConnection({ ...offline, retryAt: now - 5 }, 'none', now).detail).toContain(
      'Reconnecting…',
    )
    expect(describeConnection({ ...offline, retryAt: null }, 'none', now).detail).toBe(
      'The host is not reachable.',
    )
  })

  it('puts errors in a sentence, and a refusal in words an editor can act on', () => {
    const error = { kind: 'error', reason: 'the host has no such dossier', retryAt: null } as const
    expect(describeConnection(error, 'none', now)).toMatchObject({
      label: 'Error',
      detail: 'The host has no such dossier.',
      tone: 'danger',
    })
    const refused = { kind: 'refused', reason: 'token', retryAt: null } as const
    expect(describeConnection(refused, 'none', now).detail).toMatch(/access token is wrong/)
  })
})
