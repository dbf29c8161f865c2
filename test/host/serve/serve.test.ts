import { createServer } from 'node:net'
import type { AddressInfo } from 'node:net'
import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import WebSocket from 'ws'
import { WebsocketProvider } from 'y-websocket'
import * as Y from 'yjs'
import { readLock } from '../../../src/main/host/library/library'
import { HEADER_CSP } from '../../../src/main/host/web/content-security-policy'
import { Dossier } from '../../../src/shared/dossier'
import { alice } from '../../support/dossier-fixtures'
import { cli, cliProcess } from '../../support/run-cli'
import { tempDir } from '../../support/temp-dir'
import { onCleanup } from '../sync/support/cleanup'
import { eventually } from '../sync/support/eventually'
import { upgradeStatus, wsReplica } from '../sync/support/replicas'
import { ensureBuiltApp } from './support/built-app'
import { httpGet } from './support/http-get'
import { CLAIM_TEXTS, libraryWithDossier } from './support/serve-library'
import { killServes, startServe } from './support/serve-process'

beforeAll(ensureBuiltApp, 180_000)
afterEach(killServes)

/** An unmodified y-websocket client, as another Yjs app would run it in Node. */
const yWebsocket = (serverUrl: string, room: string, token: string): WebsocketProvider => {
  const client = new WebsocketProvider(serverUrl, room, new Y.Doc(), {
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    params: { token },
    disableBc: true,
  })
  onCleanup(() => client.destroy())
  return client
}

const synced = (client: WebsocketProvider): Promise<void> =>
  new Promise((resolve) => {
    if (client.synced) resolve()
    client.on('sync', (state: boolean) => state && resolve())
  })

describe('dossier serve', () => {
  it('syncs the sample dossier with an unmodified y-websocket client, and saves it on SIGTERM', async () => {
    const dir = await tempDir()
    const serve = await startServe({ dataDir: dir, viaEnv: true, args: ['--sample'] })
    expect(serve.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/#token=[A-Za-z0-9_-]{43}$/)

    // The library room answers library calls, as it does for the web app's library screen.
    const library = await wsReplica(serve.syncUrl, 'library', serve.token)
    const { dossiers } = await library.session.rpc.call('list', {})
    expect(dossiers).toHaveLength(1)
    const sample = dossiers[0]!
    expect(serve.stdout()).toContain(`Added the sample dossier ${sample.id}`)
    const damaged = {
      kind: 'dossier-file' as const,
      data: Buffer.from('not a dossier').toString('base64'),
    }
    await expect(library.session.rpc.call('import', damaged)).rejects.toMatchObject({
      code: 'invalid-params',
      message: expect.stringMatching(/^cannot import this \.dossier file: .*nothing was added/),
    })
    expect((await library.session.rpc.call('list', {})).dossiers).toHaveLength(1)

    const client = yWebsocket(serve.syncUrl, sample.id, serve.token)
    await synced(client)
    const remote = Dossier.open(client.doc)
    expect(remote.meta().title).toBe(sample.title)
    expect(remote.activeClaims()).toHaveLength(sample.claims)

    const other = await wsReplica(serve.syncUrl, sample.id, serve.token)
    await other.synced
    const claim = remote.activeClaims().find((item) => item.label === 'unverified')!
    const decision = remote.decide(
      claim.id,
      { status: 'disputed', rationale: 'The valley office gives a different count' },
      alice,
    )
    await eventually(() => expect(Dossier.open(other.doc).claim(claim.id)?.label).toBe('disputed'))

    expect(await serve.stop('SIGTERM')).toEqual({ code: 0, signal: null })
    expect(serve.stdout()).toMatch(/\nStopped\.\n$/)
    expect(serve.stderr()).toBe('')
    await eventually(() => expect(client.wsconnected).toBe(false))
    expect(await readLock(dir)).toBeNull()

    const shown = await cliProcess(['show', sample.id, claim.id, '--json'], { DOSSIER_DATA: dir })
    expect(shown.stderr).toBe('')
    const saved = JSON.parse(shown.stdout) as { label: string; decisions: { id: string }[] }
    expect(saved.label).toBe('disputed')
    expect(saved.decisions.map(({ id }) => id)).toContain(decision.id)
  }, 60_000)

  it('serves the app on loopback, refuses strangers, and holds the library while it runs', async () => {
    const dir = await tempDir()
    const id = await libraryWithDossier(dir)
    // Named, so a decision prints no hint about a default name (unnamed-hint.ts).
    await cli(['identity', '--name', 'Test Editor', '--data', dir])
    const serve = await startServe({ dataDir: dir })

    const page = await httpGet(`${serve.origin}/`)
    expect(page.status).toBe(200)
    expect(page.headers['content-type']).toMatch(/^text\/html/)
    expect(page.headers['content-security-policy']).toBe(HEADER_CSP)
    expect(page.body).toMatch(/<div id="root">/)
    const rebound = await httpGet(`${serve.origin}/`, { Host: `desk.example:${serve.port}` })
    expect(rebound.status).toBe(421)
    expect(rebound.body).not.toContain('<div id="root">')

    const room = `${serve.syncUrl}/${id}`
    expect(await upgradeStatus(`${room}?token=${serve.token}`)).toBe(101)
    expect(await upgradeStatus(`${room}?token=not-the-token`)).toBe(401)
    expect(await upgradeStatus(room)).toBe(401)
    const foreign = { Origin: 'http://desk.example' }
    expect(await upgradeStatus(`${room}?token=${serve.token}`, foreign)).toBe(403)

    // Tools find the running host through the lock, and the CLI goes through it meanwhile.
    const lock = await readLock(dir)
    expect(lock).toMatchObject({ pid: serve.pid, live: true })
    expect(lock?.endpoint).toBe(`${serve.syncUrl}?token=${serve.token}`)
    const decided = await cliProcess(['status', id, '1', 'confirmed', '--rationale', 'Checked'], {
      DOSSIER_DATA: dir,
    })
    expect(decided).toMatchObject({ code: 0, stderr: '' })
    expect(decided.stdout).toMatch(/^claim #1 is now confirmed; decision d_/)

    const editor = await wsReplica(serve.syncUrl, id, serve.token)
    await editor.synced
    const served = Dossier.open(editor.doc)
    expect(served.claims().map(({ text }) => text)).toEqual(CLAIM_TEXTS)
    expect(served.claims()[0]?.label).toBe('confirmed')
    expect(await serve.stop('SIGINT')).toEqual({ code: 0, signal: null })
    expect(serve.stdout()).toContain('Stopped.')
    expect(await editor.closed).toMatchObject({ code: 1001 })
  }, 60_000)

  it('refuses a malformed --port, and says so when the port is taken', async () => {
    const dir = await tempDir()
    for (const port of ['', '1e3', '0x50', ' 80', '65536', '-1']) {
      const result = await cli(['serve', '--data', dir, `--port=${port}`])
      expect(result.code).toBe(2)
      expect(result.stderr).toContain(`--port must be a number from 0 to 65535, not "${port}"`)
    }
    const taken = createServer()
    await new Promise<void>((resolve) => taken.listen(0, '127.0.0.1', resolve))
    onCleanup(() => new Promise<void>((resolve) => taken.close(() => resolve())))
    const { port } = taken.address() as AddressInfo
    const busy = await cli(['serve', '--data', dir, '--port', String(port)])
    expect(busy).toMatchObject({ code: 1, stdout: '' })
    expect(busy.stderr).toBe(
      `dossier: port ${port} is in use; choose another with --port, or leave it out\n`,
    )
    expect(await readLock(dir)).toBeNull()
  })
})
