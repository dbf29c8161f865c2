import * as fs from 'node:fs/promises'
import { createServer } from 'node:net'
import type { AddressInfo, Socket } from 'node:net'
import * as os from 'node:os'
import * as path from 'node:path'
import { describe, expect, it } from 'vitest'
import { HostUnreachableError, connectHost } from '../../src/main/cli/host-client'
import { LibraryLock } from '../../src/main/host/library/library-lock'
import { SyncHub, createWsSyncServer, withLibraryRoom } from '../../src/main/host/sync'
import { parseEndpoint } from '../../src/shared/protocol/host-endpoint'
import { alice, newDossier } from '../support/dossier-fixtures'
import { onCleanup } from '../support/cleanup'
import { sleep } from '../support/eventually'
import { cli } from '../support/run-cli'
import { tempDir } from '../support/temp-dir'
import { MemoryDocs } from '../host/sync/support/memory-docs'

/**
 * A host in this process (a hub over documents in memory) that holds a library folder's lock,
 * as `dossier serve` would: the in-process CLI then finds it through the lock.
 */
const hostHolding = async (options: { lockToken?: string } = {}) => {
  const docs = new MemoryDocs({ persistDelayMs: 0 })
  const dossier = newDossier()
  dossier.addClaim(
    { text: 'Nine people died', attribution: { who: 'Governor' }, kind: 'figure' },
    alice,
  )
  docs.add(dossier.id, dossier.doc)
  const summary = {
    id: dossier.id,
    title: dossier.meta().title,
    story: dossier.meta().story,
    claims: 1,
    counts: dossier.counts(),
    updated: new Date().toISOString(),
  }
  const hub = new SyncHub({
    docs: withLibraryRoom(docs),
    rpc: { list: () => ({ dossiers: [summary], problems: [] }) },
  })
  const server = await createWsSyncServer({ hub, token: 'the-token' })
  const data = await tempDir()
  // Named, so a decision prints no hint about a default name (unnamed-hint.ts).
  await cli(['identity', '--name', 'Test Editor', '--data', data])
  const lock = await LibraryLock.acquire(data, {
    endpoint: { url: server.url, token: options.lockToken ?? 'the-token' },
  })
  onCleanup(async () => {
    await lock.release()
    await server.close()
    await hub.close()
  })
  return { docs, dossier, data, url: server.url }
}

const inUse = `the library is in use by ${process.pid} on ${os.hostname()}`

describe('dossier commands and a host that cannot do what they ask', () => {
  it('says so when the host cannot make a decision durable, and fails', async () => {
    const { docs, dossier, data, url } = await hostHolding()
    docs.failWrites = true
    const result = await cli([
      'status',
      dossier.id,
      '1',
      'confirmed',
      '--rationale',
      'Seen',
      '--data',
      data,
    ])
    expect(result).toEqual({
      code: 1,
      stdout: '',
      stderr: `dossier: the host at ${url} could not save the change to disk, so it is not recorded as done; see the host's warnings, then run the command again\n`,
    })
    // With the disk back, the same command goes through.
    docs.failWrites = false
    const again = await cli([
      'status',
      dossier.id,
      '1',
      'confirmed',
      '--rationale',
      'Seen',
      '--data',
      data,
    ])
    expect(again).toMatchObject({ code: 0, stderr: '' })
    expect(again.stdout).toMatch(/^claim #1 is now confirmed; decision d_/)
    expect(docs.durable.get(dossier.id)?.length).toBeGreaterThan(0)
  })

  it('says in one line when the host refuses the token in the lock', async () => {
    const { data, url } = await hostHolding({ lockToken: 'an-old-token' })
    expect(await cli(['list', '--data', data])).toEqual({
      code: 1,
      stdout: '',
      stderr: `dossier: ${inUse}, but its host at ${url} does not answer: it refused the token in the library lock (401)\n`,
    })
  })

  it('gives up on a host that accepts the connection but never answers', async () => {
    const sockets: Socket[] = []
    const silent = createServer((socket) => void sockets.push(socket))
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve))
    onCleanup(async () => {
      sockets.forEach((socket) => socket.destroy())
      await new Promise<void>((resolve) => silent.close(() => resolve()))
    })
    const { port } = silent.address() as AddressInfo
    const endpoint = parseEndpoint(`ws://127.0.0.1:${port}/sync?token=t`)!
    expect(endpoint).toEqual({ url: `ws://127.0.0.1:${port}/sync`, token: 't' })
    const attempt = connectHost(endpoint, 'library', { timeoutMs: 200 })
    await expect(attempt).rejects.toThrow(HostUnreachableError)
    await expect(attempt).rejects.toThrow('no answer in 0.2 s')
  })

  it('waits for a command that holds the library for a moment, then runs', async () => {
    const data = await tempDir()
    await fs.mkdir(path.join(data, 'dossiers'), { recursive: true })
    // A lock with no endpoint: another command at work (or a host still starting).
    const lock = await LibraryLock.acquire(data)
    onCleanup(() => lock.release())
    const listing = cli(['list', '--data', data])
    await sleep(300)
    await lock.release()
    expect(await listing).toMatchObject({ code: 0, stderr: '' })
  })
})
