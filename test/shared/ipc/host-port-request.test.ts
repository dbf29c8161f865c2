import { describe, expect, it } from 'vitest'
import { newId } from '../../../src/shared/dossier/ids'
import { readHostPortRequest } from '../../../src/shared/ipc/host-port-request'

describe('a page asking main for a port to the host', () => {
  it('is read when it names a request and a dossier (or null for the library)', () => {
    const id = newId('m')
    for (const request of [
      { requestId: 'r-1', dossierId: id },
      { requestId: '7f3e0c2a-9d1b-4c5e-8f6a-0b1c2d3e4f50', dossierId: null },
    ])
      expect(readHostPortRequest(request)).toEqual(request)
  })

  it('is refused when anything in it is off', () => {
    for (const value of [
      null,
      'r-1',
      { requestId: 'r-1' },
      { requestId: '', dossierId: null },
      { requestId: 'r 1', dossierId: null },
      { requestId: 'r'.repeat(65), dossierId: null },
      { requestId: 'r-1', dossierId: '../../etc/passwd' },
      { requestId: 'r-1', dossierId: 'm_short' },
      { requestId: 'r-1', dossierId: 7 },
      { requestId: 'r-1', dossierId: null, port: 1 },
    ])
      expect(readHostPortRequest(value), JSON.stringify(value)).toBeNull()
  })
})
