import { describe, expect, it } from 'vitest'
import {
  CLOSE_DOSSIER_FULL,
  CLOSE_HOST_BUSY,
  CLOSE_REFUSED_UPDATE,
} from '../../../src/shared/protocol'
import { judgeClose } from '../../../src/shared/session/close-verdict'

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

describe('a host at one of its limits', () => {
  it('says a full dossier is an error that resending cannot fix', () => {
    const verdict = judgeClose({
      code: CLOSE_DOSSIER_FULL,
      reason: 'the dossier is at its size limit',
      opened: true,
      refused: false,
    })
    expect(verdict).toMatchObject({ kind: 'error', retry: false })
    expect(verdict.reason).toContain('size limit')
  })

  it('says a busy host is worth trying again later', () => {
    const verdict = judgeClose({
      code: CLOSE_HOST_BUSY,
      reason: 'busy',
      opened: true,
      refused: false,
    })
    expect(verdict).toMatchObject({ kind: 'error', retry: true })
  })
})
