import { describe, expect, it } from 'vitest'
import type { RelayStatusWire } from '../../src/shared/protocol'
import { relayStateText } from '../../src/renderer/logic/relay-words'

const status = (overrides: Partial<RelayStatusWire>): RelayStatusWire => ({
  url: 'wss://relay.example.org',
  protocol: 'y-websocket',
  mode: 'sealed',
  hasToken: false,
  state: 'connected',
  lastHeard: null,
  retryInMs: null,
  problem: null,
  ...overrides,
})

describe('the relay state, in words', () => {
  it('says each state, when the relay was last heard from, and when it tries again', () => {
    expect(relayStateText(status({ state: 'connecting' }))).toBe('Connecting to the relay…')
    expect(relayStateText(status({ lastHeard: '2026-11-27T12:00:00.000Z' }))).toMatch(
      /^Connected: changes go through the relay as they are made\. Last heard from .*2026/,
    )
    expect(relayStateText(status({ state: 'retrying', retryInMs: 1200 }))).toBe(
      'Not connected; trying again in 2 s. Changes made meanwhile go out when it is back.',
    )
    expect(relayStateText(status({ state: 'retrying' }))).toMatch(/trying again soon\./)
    expect(relayStateText(status({ state: 'stopped' }))).toBe('Stopped.')
  })
})
