import { describe, expect, it } from 'vitest'
import { TOKEN_STORAGE_KEY, takeHostToken } from '../../../src/renderer/sync/host-token'
import type { TokenPage } from '../../../src/renderer/sync/host-token'

const fakePage = (href: string, stored: Record<string, string> = {}) => {
  const storage = new Map(Object.entries(stored))
  const page = {
    location: { href },
    history: {
      state: null,
      replaceState: (_state: unknown, _unused: string, url?: string | URL | null) => {
        page.location = { href: String(url) }
      },
    },
    storage: {
      getItem: (key: string) => storage.get(key) ?? null,
      setItem: (key: string, value: string) => void storage.set(key, value),
    },
  } satisfies TokenPage & { location: { href: string } }
  return { page, storage }
}

describe('the host token', () => {
  it('is taken from the fragment, kept for the tab, and removed from the address', () => {
    const { page, storage } = fakePage('http://127.0.0.1:5180/#token=s3cr3t')
    expect(takeHostToken(page)).toBe('s3cr3t')
    expect(page.location.href).toBe('http://127.0.0.1:5180/')
    expect(storage.get(TOKEN_STORAGE_KEY)).toBe('s3cr3t')
    // A reload finds it in the tab's storage.
    expect(takeHostToken(page)).toBe('s3cr3t')
  })

  it('leaves the rest of the fragment alone', () => {
    const { page } = fakePage('http://127.0.0.1:5180/#token=abc&dossier=m_12345678')
    expect(takeHostToken(page)).toBe('abc')
    expect(page.location.href).toBe('http://127.0.0.1:5180/#dossier=m_12345678')
  })

  it('prefers a new token in the address over an old one kept for the tab', () => {
    const { page, storage } = fakePage('http://127.0.0.1:5180/#token=new', {
      [TOKEN_STORAGE_KEY]: 'old',
    })
    expect(takeHostToken(page)).toBe('new')
    expect(storage.get(TOKEN_STORAGE_KEY)).toBe('new')
  })

  it('is null without a host (the local desk), and when storage is refused it still works once', () => {
    expect(takeHostToken(fakePage('http://127.0.0.1:5180/').page)).toBeNull()
    const { page: refusing } = fakePage('http://127.0.0.1:5180/#token=t')
    Object.assign(refusing, {
      storage: {
        getItem: () => {
          throw new Error('SecurityError')
        },
        setItem: () => {
          throw new Error('SecurityError')
        },
      },
    })
    expect(takeHostToken(refusing)).toBe('t')
    expect(takeHostToken(refusing)).toBeNull()
  })
})
