import * as fs from 'node:fs/promises'
import * as path from 'node:path'
import { describe, expect, it } from 'vitest'
import { SharingStore } from '../../../src/main/host/lan-session/sharing-store'
import type { SharingFile } from '../../../src/main/host/lan-session/sharing-store'
import { tempDir } from '../../support/temp-dir'

const FILE: SharingFile = {
  version: 1,
  dossiers: {
    m_abcdefgh1234: {
      sessionSecret: 'a'.repeat(64),
      invites: [
        {
          id: '0123456789abcdef',
          secret: 'b'.repeat(64),
          role: 'viewer',
          created: '2026-11-27T12:00:00.000Z',
          expiresAt: null,
          state: 'open',
          link: 'verification-desk://join/x',
        },
      ],
      addresses: { ['c'.repeat(64)]: [{ host: '127.0.0.1', port: 4000 }] },
    },
  },
}

describe('the LAN sharing store', () => {
  it('reads back what it saved, readable by its owner only, with no temp file left', async () => {
    const store = new SharingStore(await tempDir())
    expect(await store.load()).toEqual({ file: { version: 1, dossiers: {} }, problem: null })
    await Promise.all([store.save(FILE), store.save(FILE)])
    expect(await store.load()).toEqual({ file: FILE, problem: null })
    expect((await fs.stat(store.path)).mode & 0o777).toBe(0o600)
    expect(await fs.readdir(path.dirname(store.path))).toEqual(['sharing.json'])
  })

  it('sets a damaged file aside, says where, and keeps its bytes', async () => {
    const store = new SharingStore(await tempDir())
    await store.save(FILE)
    await fs.writeFile(store.path, '{"version":1,"dossiers":{"m_x": 3}}')
    const { file, problem } = await store.load(1234)
    expect(file).toEqual({ version: 1, dossiers: {} })
    expect(problem).toBe(
      `the LAN sharing state ${store.path} was damaged and was moved to ${store.path}.damaged-1234; share the dossiers again`,
    )
    expect(await fs.readFile(`${store.path}.damaged-1234`, 'utf8')).toBe(
      '{"version":1,"dossiers":{"m_x": 3}}',
    )
  })

  it('refuses to save a state that does not read', async () => {
    const store = new SharingStore(await tempDir())
    const bad = { version: 1, dossiers: { '../x': FILE.dossiers.m_abcdefgh1234! } } as SharingFile
    await expect(store.save(bad)).rejects.toThrow()
  })
})
