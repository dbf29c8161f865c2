import { EventEmitter } from 'node:events'
import { MessageChannel } from 'node:worker_threads'
import { describe, expect, it } from 'vitest'
import type { ParentPortLike } from '../../../src/main/host/desktop/parent-port'
import { servePorts } from '../../../src/main/host/desktop/serve-ports'
import type { PortHost } from '../../../src/main/host/desktop/serve-ports'
import { HostConnection } from '../../../src/renderer/sync/host-connection'
import { portDialer } from '../../../src/renderer/sync/port-dialer'
import { LIBRARY_ROOM } from '../../../src/renderer/sync/rooms'
import { Dossier } from '../../../src/shared/dossier'
import type { FromHostMessage } from '../../../src/shared/ipc/utility-host-ipc'
import { alice } from '../../support/dossier-fixtures'
import {
  FAST_BACKOFF,
  eventually,
  onCleanup,
  openReplica,
  startTestHost,
  viewOf,
  waitForLink,
} from './support'

/** Electron's `process.parentPort`, as the utility process sees it. */
class FakeParentPort extends EventEmitter implements ParentPortLike {
  readonly sent: FromHostMessage[] = []
  postMessage(message: FromHostMessage): void {
    this.sent.push(message)
  }
}

/**
 * The desktop app without Electron: a "main process" that hands one end of a new channel to the
 * host in its "utility process" and the other to the renderer, and that tells the renderer when
 * the host process stopped.
 */
const desktop = async () => {
  const { library, dossierId } = await startTestHost()
  const services = { docs: library, rpc: library.rpc, close: async () => undefined }
  let parent = new FakeParentPort()
  let host: PortHost = servePorts(parent, services)
  const stopListeners = new Set<() => void>()
  const opened: { close(): void }[] = []
  onCleanup(async () => {
    for (const port of opened) port.close()
    await host.stop()
  })
  const dialer = portDialer({
    requestPort: async (room) => {
      const { port1, port2 } = new MessageChannel()
      opened.push(port1, port2)
      parent.emit('message', {
        data: { type: 'connect', dossierId: room === LIBRARY_ROOM ? null : room },
        ports: [port1],
      })
      return port2
    },
    onHostStopped: (listener) => {
      stopListeners.add(listener)
      return () => stopListeners.delete(listener)
    },
  })
  return {
    library,
    dossierId,
    dialer,
    parent: () => parent,
    /** The host stops cleanly (close notices on every port), then a new one starts. */
    restart: async () => {
      await host.stop()
      parent = new FakeParentPort()
      host = servePorts(parent, services)
    },
    /** The host process dies without a word; main notices and says so, then starts a new one. */
    crash: () => {
      parent.removeAllListeners()
      for (const listener of [...stopListeners]) listener()
      parent = new FakeParentPort()
      host = servePorts(parent, services)
    },
  }
}

describe('the desktop bridge: renderer ports to the host in its utility process', () => {
  it('syncs a dossier and answers library calls over ports', async () => {
    const app = await desktop()
    expect(app.parent().sent).toEqual([{ type: 'ready' }])
    const replica = await openReplica({ dossierId: app.dossierId, dialer: app.dialer })
    await replica.whenLive()
    expect(viewOf(replica.doc)).toEqual(viewOf(app.library.docs.get(app.dossierId)!))

    const id = Dossier.open(replica.doc).addClaim(
      { text: 'Sent through a port', attribution: { who: 'Desk' }, kind: 'other' },
      alice,
    )
    await eventually(() => expect(app.library.dossier(app.dossierId).claim(id)).toBeDefined())

    const connection = new HostConnection({
      dialer: app.dialer,
      scope: 'desktop',
      backoff: FAST_BACKOFF,
    })
    onCleanup(() => connection.close())
    await connection.library.whenLive()
    expect((await connection.library.list()).dossiers.map((d) => d.id)).toEqual([app.dossierId])
  })

  it('reads the host’s close notice as offline, and reconnects to the restarted host', async () => {
    const app = await desktop()
    const replica = await openReplica({ dossierId: app.dossierId, dialer: app.dialer })
    await replica.whenLive()
    const states: string[] = []
    replica.subscribe(() => states.push(replica.status.link.kind))
    await app.restart()
    await eventually(() => {
      expect(states).toContain('offline')
      expect(states.at(-1)).toBe('live')
    })
    expect(states.indexOf('offline')).toBeLessThan(states.lastIndexOf('live'))
  })

  it('notices a host that died silently, and reconnects to the new one', async () => {
    const app = await desktop()
    const replica = await openReplica({ dossierId: app.dossierId, dialer: app.dialer })
    await replica.whenLive()
    const reasons: string[] = []
    replica.subscribe(() => {
      const { link } = replica.status
      if (link.kind === 'offline') reasons.push(link.reason)
    })
    app.crash()
    await eventually(() => expect(reasons).toContain('the host stopped'))
    await waitForLink(replica, 'live')
    const id = Dossier.open(replica.doc).addClaim(
      { text: 'After the crash', attribution: { who: 'Desk' }, kind: 'other' },
      alice,
    )
    await eventually(() => expect(app.library.dossier(app.dossierId).claim(id)).toBeDefined())
  })
})
