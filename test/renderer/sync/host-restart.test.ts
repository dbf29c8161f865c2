import { EventEmitter } from 'node:events'
import { MessageChannel } from 'node:worker_threads'
import type { MessagePort } from 'node:worker_threads'
import { describe, expect, it } from 'vitest'
import { HostSupervisor } from '../../../src/main/app/host-supervisor'
import type { HostChild } from '../../../src/main/app/host-supervisor'
import type { ParentPortLike } from '../../../src/main/host/desktop/parent-port'
import { servePorts } from '../../../src/main/host/desktop/serve-ports'
import type { PortHost } from '../../../src/main/host/desktop/serve-ports'
import type { HostServices } from '../../../src/main/host/desktop/host-services'
import { portDialer } from '../../../src/renderer/sync/port-dialer'
import { LIBRARY_ROOM } from '../../../src/renderer/sync/rooms'
import { Dossier } from '../../../src/shared/dossier'
import type { HostStatus } from '../../../src/shared/ipc/host-status'
import type { FromHostMessage, ToHostMessage } from '../../../src/shared/ipc/utility-host-ipc'
import { alice } from '../../support/dossier-fixtures'
import { eventually, onCleanup, openReplica, startTestHost, waitForLink } from './support'

/** `process.parentPort` of a host run in this process. */
class InProcessParent extends EventEmitter implements ParentPortLike {
  constructor(private readonly deliver: (message: FromHostMessage) => void) {
    super()
  }
  postMessage(message: FromHostMessage): void {
    // Later, as from another process: the supervisor listens once launch has returned.
    queueMicrotask(() => this.deliver(message))
  }
}

/**
 * One run of the real port host (SyncHub over the library) in this process, standing in for the
 * utility process: `crash()` makes it go silent and exit, as a dead process would.
 */
class InProcessHost implements HostChild {
  private readonly messageListeners: ((data: unknown) => void)[] = []
  private readonly exitListeners: ((code: number | null) => void)[] = []
  private readonly parent = new InProcessParent((message) => {
    for (const listener of this.messageListeners) listener(message)
  })
  readonly host: PortHost

  constructor(services: HostServices) {
    this.host = servePorts(this.parent, services)
  }

  onMessage(listener: (data: unknown) => void): void {
    this.messageListeners.push(listener)
  }
  onExit(listener: (code: number | null) => void): void {
    this.exitListeners.push(listener)
  }
  postMessage(message: ToHostMessage, ports: MessagePort[] = []): void {
    this.parent.emit('message', { data: message, ports })
  }
  kill(): void {
    this.crash(null)
  }
  crash(code: number | null): void {
    this.parent.removeAllListeners()
    for (const listener of this.exitListeners) listener(code)
  }
}

describe('a window across a host crash, with the supervisor restarting the host', () => {
  it('keeps an edit made while the host is down and syncs it once the host is back', async () => {
    const { library, dossierId } = await startTestHost()
    const services: HostServices = { docs: library, rpc: library.rpc, close: async () => undefined }
    const runs: InProcessHost[] = []
    const statuses: HostStatus[] = []
    const stopListeners = new Set<() => void>()
    const supervisor = new HostSupervisor({
      launch: () => {
        const run = new InProcessHost(services)
        runs.push(run)
        return run
      },
      onStatus: (status) => statuses.push(status),
      onStopped: () => {
        for (const listener of [...stopListeners]) listener()
      },
      log: () => undefined,
      logFile: () => null,
      restartDelayMs: 300,
    })
    onCleanup(async () => {
      await supervisor.stop()
      for (const run of runs) await run.host.stop()
    })
    // What the Electron adapter and the preload do, with Node's MessageChannel.
    const dialer = portDialer({
      requestPort: async (room) => {
        const ready = await supervisor.whenReady()
        if (!ready.ok) throw new Error(ready.reason)
        const { port1, port2 } = new MessageChannel()
        onCleanup(() => {
          port1.close()
          port2.close()
        })
        ready.child.postMessage(
          { type: 'connect', dossierId: room === LIBRARY_ROOM ? null : room },
          [port1],
        )
        return port2
      },
      onHostStopped: (listener) => {
        stopListeners.add(listener)
        return () => stopListeners.delete(listener)
      },
    })
    supervisor.start()
    const replica = await openReplica({ dossierId, dialer })
    await replica.whenLive()

    runs[0]!.crash(134)
    await waitForLink(replica, 'offline')
    expect(statuses.at(-1)).toMatchObject({ state: 'restarting', attempt: 1 })
    const id = Dossier.open(replica.doc).addClaim(
      { text: 'Written while the host was down', attribution: { who: 'Desk' }, kind: 'other' },
      alice,
    )
    expect(library.dossier(dossierId).claim(id)).toBeUndefined()

    // The window dials while the host restarts; its request waits for the new run.
    await waitForLink(replica, 'live')
    expect(runs).toHaveLength(2)
    expect(statuses.at(-1)).toEqual({ state: 'running' })
    await eventually(() => expect(library.dossier(dossierId).claim(id)).toBeDefined())
  })
})
