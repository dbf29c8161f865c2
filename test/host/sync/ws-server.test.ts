import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { describe, expect, it } from 'vitest'
import { SyncHub, createWsSyncServer } from '../../../src/main/host/sync'
import { dossierIdFromPath, roleForToken } from '../../../src/main/host/sync/upgrade-checks'
import { newDossier } from '../../support/dossier-fixtures'
import { onCleanup } from './support/cleanup'
import { startHub } from './support/hub-fixture'
import { MemoryDocs } from './support/memory-docs'
import { syncUrl, upgradeStatus, wsReplica } from './support/replicas'

describe('the WebSocket endpoint', () => {
  it('answers upgrades: 401 without the token, 403 for foreign origins and hosts, 404 elsewhere', async () => {
    const { server, token, dossierId, docs } = await startHub()
    const good = syncUrl(server.url, dossierId, token)
    const origin = server.url.replace('ws://', 'http://').replace(/\/sync$/, '')
    expect(await upgradeStatus(good)).toBe(101)
    expect(await upgradeStatus(good, { Origin: origin })).toBe(101)
    expect(await upgradeStatus(`${server.url}/${dossierId}`)).toBe(401)
    expect(await upgradeStatus(`${server.url}/${dossierId}?token=`)).toBe(401)
    expect(await upgradeStatus(syncUrl(server.url, dossierId, `${token}x`))).toBe(401)
    expect(await upgradeStatus(good, { Origin: 'https://evil.example' })).toBe(403)
    // DNS rebinding: a foreign name pointing at 127.0.0.1 sends its own Host and Origin.
    expect(
      await upgradeStatus(good, {
        Host: `evil.example:${server.port}`,
        Origin: `http://evil.example:${server.port}`,
      }),
    ).toBe(403)
    expect(await upgradeStatus(good.replace('/sync/', '/other/'))).toBe(404)
    expect(await upgradeStatus(syncUrl(server.url, 'has/slash', token))).toBe(404)
    expect(await upgradeStatus(syncUrl(server.url, '../etc', token))).toBe(404)
    // Refused upgrades never reach the library.
    expect(docs.acquired).toEqual([dossierId, dossierId])
  })

  it('shares an HTTP server that serves other things', async () => {
    const docs = new MemoryDocs()
    const dossier = newDossier()
    docs.add(dossier.meta().id, dossier.doc)
    const http = createServer((_request, response) => response.end('static file'))
    await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve))
    const hub = new SyncHub({ docs })
    const sync = await createWsSyncServer({ hub, token: 'secret-token-1', server: http })
    onCleanup(async () => {
      await hub.close()
      await sync.close()
      http.closeAllConnections()
      await new Promise((resolve) => http.close(resolve))
    })
    const port = (http.address() as AddressInfo).port
    expect(sync.url).toBe(`ws://127.0.0.1:${port}/sync`)
    expect(await (await fetch(`http://127.0.0.1:${port}/index.html`)).text()).toBe('static file')
    const replica = await wsReplica(sync.url, dossier.meta().id, 'secret-token-1')
    await replica.synced
    expect(replica.doc.getMap('meta').size).toBeGreaterThan(0)
  })
})

describe('upgrade checks', () => {
  it('reads the dossier id from the path, and nothing else', () => {
    expect(dossierIdFromPath('/sync/m_abc123def', '/sync')).toBe('m_abc123def')
    expect(dossierIdFromPath('/sync/m_abc%5Fdef', '/sync/')).toBe('m_abc_def')
    expect(dossierIdFromPath('/sync/', '/sync')).toBeNull()
    expect(dossierIdFromPath('/sync/a/b', '/sync')).toBeNull()
    expect(dossierIdFromPath('/syncx/a', '/sync')).toBeNull()
    expect(dossierIdFromPath('/sync/%E0%A4%A', '/sync')).toBeNull()
  })

  it('grants the role of the token presented', () => {
    const tokens = { editor: 'editor-secret', viewer: 'viewer-secret' }
    expect(roleForToken('editor-secret', tokens)).toBe('editor')
    expect(roleForToken('viewer-secret', tokens)).toBe('viewer')
    expect(roleForToken('editor-secre', tokens)).toBeNull()
    expect(roleForToken('', tokens)).toBeNull()
    expect(roleForToken(null, tokens)).toBeNull()
    expect(roleForToken('viewer-secret', { editor: 'editor-secret' })).toBeNull()
  })
})
