import { EventEmitter } from 'node:events'
import { MessageChannel } from 'node:worker_threads'
import { describe, expect, it } from 'vitest'
import { createHostServices } from '../../src/main/host/desktop/library-services'
import type { ParentPortLike } from '../../src/main/host/desktop/parent-port'
import { runUtilityHost } from '../../src/main/host/desktop/run-utility-host'
import { servePorts } from '../../src/main/host/desktop/serve-ports'
import { Library, readLock } from '../../src/main/host/library/library'
import type { FromHostMessage } from '../../src/shared/ipc/utility-host-ipc'
import { alice } from '../support/dossier-fixtures'
import { onCleanup } from '../support/cleanup'
import { eventually } from '../support/eventually'
import { MemoryLibrary } from '../support/memory-library'
import { cli } from '../support/run-cli'
import { tempDir } from '../support/temp-dir'

/** Electron's `process.parentPort`, as the utility process sees it. */
class FakeParentPort extends EventEmitter implements ParentPortLike {
  readonly sent: FromHostMessage[] = []
  postMessage(message: FromHostMessage): void {
    this.sent.push(message)
  }
  /** What main would send: `data`, with one end of a new channel when `withPort`. */
  send(data: unknown, withPort = true): void {
    const channel = new MessageChannel()
    onCleanup(() => {
      channel.port1.close()
      channel.port2.close()
    })
    this.emit('message', { data, ports: withPort ? [channel.port1] : [] })
  }
}

const memoryServices = () => {
  let closed = false
  const library = new MemoryLibrary(alice)
  return {
    services: { docs: library, close: async () => void (closed = true) },
    closed: () => closed,
  }
}

describe('the desktop host', () => {
  it('lets tools work through it while the app owns the library, and gives the library up on shutdown', async () => {
    const dir = await tempDir()
    const seed = await Library.open(dir)
    const id = await seed.createSample()
    await seed.close()
    // Named, so a decision prints no hint about a default name (unnamed-hint.ts).
    await cli(['identity', '--name', 'Test Editor', '--data', dir])

    const parent = new FakeParentPort()
    const host = servePorts(parent, await createHostServices(dir))
    try {
      await eventually(async () =>
        expect((await readLock(dir))?.endpoint).toMatch(/^ws:\/\/127\.0\.0\.1:\d+\/sync\?token=/),
      )
      const listed = await cli(['list', '--json', '--data', dir])
      expect(listed.stderr).toBe('')
      expect(JSON.parse(listed.stdout).dossiers.map((d: { id: string }) => d.id)).toEqual([id])
      const decided = await cli([
        'status',
        id,
        '5',
        'disputed',
        '--rationale',
        'Video contradicts it',
        '--data',
        dir,
      ])
      expect(decided).toMatchObject({ code: 0, stderr: '' })
      // The CLI's connections are gone once it has printed.
      await eventually(() => expect(host.hub.peers()).toEqual([]))
    } finally {
      await host.stop()
    }
    expect(await readLock(dir)).toBeNull()
    const shown = await cli(['show', id, '5', '--data', dir])
    expect(shown.stdout).toMatch(/disputed by .* \(current\)/)
    expect(shown.stdout).toContain('Video contradicts it')
  })

  it('reports a message from main that does not read, and connects nothing for it', async () => {
    const parent = new FakeParentPort()
    const { services } = memoryServices()
    const host = servePorts(parent, services)
    try {
      expect(parent.sent).toEqual([{ type: 'ready' }])
      parent.send({ type: 'connect', dossierId: '../../etc' })
      parent.send({ type: 'connect' })
      parent.send({ type: 'open-sesame' })
      parent.send('shutdown')
      parent.send({ type: 'connect', dossierId: null }, false)
      expect(parent.sent.slice(1)).toEqual([
        { type: 'event', text: expect.stringMatching(/^ignored a malformed message .*dossierId/) },
        { type: 'event', text: expect.stringMatching(/^ignored a malformed message .*dossierId/) },
        { type: 'event', text: expect.stringMatching(/^ignored a malformed message .*type/) },
        { type: 'event', text: expect.stringMatching(/^ignored a malformed message/) },
        { type: 'event', text: 'ignored a connect that came without a port' },
      ])
      expect(host.hub.peers()).toEqual([])

      parent.send({ type: 'connect', dossierId: null })
      await eventually(() =>
        expect(host.hub.peers()).toMatchObject([{ dossierId: 'library', role: 'editor' }]),
      )
    } finally {
      await host.stop()
    }
  })

  it('stops on shutdown: closes the services, then says it has stopped', async () => {
    const parent = new FakeParentPort()
    const { services, closed } = memoryServices()
    let stopped = false
    servePorts(parent, services, () => (stopped = true))
    parent.send({ type: 'shutdown' }, false)
    await eventually(() => expect(stopped).toBe(true))
    expect(closed()).toBe(true)
  })

  it('says why it is unavailable instead of becoming ready', async () => {
    const noFolder = new FakeParentPort()
    expect(await runUtilityHost(noFolder, async () => memoryServices().services, null)).toBeNull()
    expect(noFolder.sent).toEqual([{ type: 'unavailable', reason: 'no --library given' }])

    const failing = new FakeParentPort()
    const refuse = async (): Promise<never> => {
      throw new Error('the library is in use')
    }
    expect(await runUtilityHost(failing, refuse, '/some/library')).toBeNull()
    expect(failing.sent).toEqual([{ type: 'unavailable', reason: 'Error: the library is in use' }])
  })
})
