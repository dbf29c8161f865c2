import { describe, expect, it } from 'vitest'
import {
  firstScreenOf,
  type FirstScreenRecord,
} from '../../../src/renderer/first-screen/first-screen-record'
import {
  firstScreenKey,
  readFirstScreen,
  saveFirstScreen,
  type FirstScreenStorage,
} from '../../../src/renderer/first-screen/first-screen-store'
import { newDossier } from '../../support/dossier-fixtures'

const memoryStorage = (
  quota = Infinity,
): FirstScreenStorage & { readonly items: Map<string, string> } => {
  const items = new Map<string, string>()
  return {
    items,
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => {
      if (value.length > quota) throw new DOMException('full', 'QuotaExceededError')
      items.set(key, value)
    },
    removeItem: (key) => void items.delete(key),
  }
}

const HOST_A = 'http://127.0.0.1:5180'
const HOST_B = 'http://127.0.0.1:5181'

const recordFor = (title = 'Dam failure'): FirstScreenRecord => {
  const dossier = newDossier()
  return firstScreenOf({
    dossierId: dossier.meta().id,
    meta: { ...dossier.meta(), title },
    counts: dossier.counts(),
    claims: dossier.claims(),
    shown: dossier.claims(),
    filterKey: '',
    now: new Date('2026-11-28T04:00:00Z'),
  })
}

describe('the first screen records kept in this browser', () => {
  it('keeps one record per host address and dossier', () => {
    const storage = memoryStorage()
    const dam = recordFor('Dam failure')
    const flood = recordFor('Flood')
    saveFirstScreen(HOST_A, dam, storage)
    saveFirstScreen(HOST_A, flood, storage)
    expect(readFirstScreen(HOST_A, dam.dossierId, storage)).toEqual(dam)
    expect(readFirstScreen(HOST_A, flood.dossierId, storage)).toEqual(flood)
    expect(readFirstScreen(HOST_B, dam.dossierId, storage)).toBeNull()
    expect(storage.items.has(firstScreenKey(HOST_A, dam.dossierId))).toBe(true)
  })

  it('ignores a corrupt or foreign record rather than trusting it', () => {
    const storage = memoryStorage()
    const dam = recordFor()
    const key = firstScreenKey(HOST_A, dam.dossierId)
    const wrong = [
      '{not json',
      JSON.stringify({ ...dam, counts: 'all confirmed' }),
      JSON.stringify({ ...dam, rows: [{ number: 1, label: 'approved', text: '', speaker: '' }] }),
      // Another dossier's record under this dossier's key.
      JSON.stringify({ ...dam, dossierId: 'm_someoneelse' }),
    ]
    for (const text of wrong) {
      storage.items.set(key, text)
      expect(readFirstScreen(HOST_A, dam.dossierId, storage)).toBeNull()
    }
  })

  it('reads nothing and fails nowhere when the browser refuses storage', () => {
    const refusing: FirstScreenStorage = {
      getItem: () => {
        throw new DOMException('denied', 'SecurityError')
      },
      setItem: () => {
        throw new DOMException('denied', 'SecurityError')
      },
      removeItem: () => {
        throw new DOMException('denied', 'SecurityError')
      },
    }
    expect(readFirstScreen(HOST_A, 'm_abc', refusing)).toBeNull()
    expect(() => saveFirstScreen(HOST_A, recordFor(), refusing)).not.toThrow()
    expect(readFirstScreen(HOST_A, 'm_abc', null)).toBeNull()
  })

  it('drops the older record when a new one does not fit, so no stale rows are shown', () => {
    const dam = recordFor('Dam failure')
    const storage = memoryStorage(JSON.stringify(dam).length + 50)
    saveFirstScreen(HOST_A, dam, storage)
    expect(readFirstScreen(HOST_A, dam.dossierId, storage)).toEqual(dam)
    saveFirstScreen(HOST_A, { ...dam, title: 'x'.repeat(150), story: 'y'.repeat(300) }, storage)
    // Over the quota: nothing kept for this dossier, and nothing else touched.
    storage.items.set('other', 'kept')
    expect(readFirstScreen(HOST_A, dam.dossierId, storage)).toBeNull()
    expect(storage.items.get('other')).toBe('kept')
  })
})
