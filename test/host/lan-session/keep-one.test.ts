import { describe, expect, it } from 'vitest'
import { keepIncoming } from '../../../src/main/host/lan-session/keep-one'

const LOW = '1'.repeat(64)
const HIGH = 'f'.repeat(64)

describe('one connection per pair of hosts', () => {
  it('both sides keep the connection dialled by the lower key, whichever arrived first', () => {
    // Seen from LOW: "dialled by local" means dialled by LOW.
    expect(keepIncoming(LOW, HIGH, false, true)).toBe(true)
    expect(keepIncoming(LOW, HIGH, true, false)).toBe(false)
    // Seen from HIGH: the one LOW dialled is the one HIGH did not dial.
    expect(keepIncoming(HIGH, LOW, true, false)).toBe(true)
    expect(keepIncoming(HIGH, LOW, false, true)).toBe(false)
  })

  it('a redial by the same side replaces the old connection', () => {
    expect(keepIncoming(LOW, HIGH, true, true)).toBe(true)
    expect(keepIncoming(LOW, HIGH, false, false)).toBe(true)
  })
})
