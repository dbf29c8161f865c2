import { describe, expect, it } from 'vitest'
import { judgeClose } from '../../src/renderer/sync/close-reasons'
import { CLOSE_REFUSED_UPDATE } from '../../src/shared/protocol'

describe('a host that refused an update this copy sent', () => {
  it('is an error that reconnecting cannot fix, with the host’s reason', () => {
    const verdict = judgeClose({
      code: CLOSE_REFUSED_UPDATE,
      reason: 'update refused: deletes decisions entries, which are append-only',
      opened: true,
      refused: false,
    })
    expect(verdict).toEqual({
      kind: 'error',
      reason:
        'the host refused a change: update refused: deletes decisions entries, which are append-only',
      retry: false,
    })
  })
})
