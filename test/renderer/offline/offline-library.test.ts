import { describe, expect, it } from 'vitest'
import { offlineLibrary } from '../../../src/renderer/offline/offline-library'
import type { LibrarySnapshot } from '../../../src/renderer/offline/library-snapshot'
import type { DossierSummaryWire } from '../../../src/shared/protocol'
import type { LinkState } from '../../../src/shared/session'

const summary = (id: string, title: string): DossierSummaryWire => ({
  id,
  title,
  story: '',
  claims: 1,
  counts: { unverified: 1, confirmed: 0, disputed: 0, retracted: 0, conflict: 0 },
  updated: '2026-11-28T03:00:00.000Z',
})

const KEPT: LibrarySnapshot = {
  dossiers: [summary('m_dam00001', 'Dam failure'), summary('m_harbour01', 'Harbour strike')],
  savedAt: '2026-11-28T02:00:00.000Z',
}
const COPIES = new Set(['m_dam00001'])
const NOW = new Date('2026-11-28T03:10:00Z')
const OFFLINE: LinkState = { kind: 'offline', reason: 'the host is not running', retryAt: 1 }

describe('the library while the host is away', () => {
  it('shows the kept list, and which dossiers this browser can open, once the host cannot be reached', () => {
    expect(offlineLibrary(OFFLINE, null, KEPT, COPIES, NOW)).toEqual({
      dossiers: KEPT.dossiers,
      savedAt: KEPT.savedAt,
      copies: COPIES,
    })
  })

  it('prefers the list this page had from the host, when the host left after sending it', () => {
    const fresh = [summary('m_dam00001', 'Dam failure (renamed)')]
    expect(offlineLibrary(OFFLINE, fresh, KEPT, COPIES, NOW)).toEqual({
      dossiers: fresh,
      savedAt: NOW.toISOString(),
      copies: COPIES,
    })
  })

  it('is the host’s own list while it is live or still being reached', () => {
    expect(offlineLibrary({ kind: 'live' }, KEPT.dossiers, KEPT, COPIES, NOW)).toBeNull()
    expect(offlineLibrary({ kind: 'connecting' }, null, KEPT, COPIES, NOW)).toBeNull()
  })

  it('does not stand in for a host that refuses this page', () => {
    const refused: LinkState = { kind: 'refused', reason: 'wrong token', retryAt: null }
    expect(offlineLibrary(refused, null, KEPT, COPIES, NOW)).toBeNull()
  })

  it('has nothing to show when this browser never saw the list', () => {
    expect(offlineLibrary(OFFLINE, null, null, new Set(), NOW)).toBeNull()
  })
})
