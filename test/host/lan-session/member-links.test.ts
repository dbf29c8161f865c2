import * as Y from 'yjs'
import { afterEach, describe, expect, it } from 'vitest'
import { LanSessions, lanRpc } from '../../../src/main/host/lan-session'
import { Library } from '../../../src/main/host/library/library'
import { libraryDocProvider } from '../../../src/main/host/serve/library-doc-provider'
import { SyncHub } from '../../../src/main/host/sync'
import type { RpcContext, RpcHandler } from '../../../src/main/host/sync'
import { HOST_FRAME_LIMITS, MAX_DOSSIER_BYTES } from '../../../src/shared/protocol'
import { tempDir } from '../../support/temp-dir'

const context: RpcContext = { connection: 'p_test', dossierId: 'library', role: 'editor' }
const opened: { close(): Promise<void> }[] = []

afterEach(async () => {
  while (opened.length > 0) await opened.pop()!.close()
})

/** A host as `dossier serve` wires one: library, hub and LAN sessions on 127.0.0.1. */
const host = async () => {
  const library = await Library.open(await tempDir())
  let hub: SyncHub | null = null
  const sessions = await LanSessions.start({
    library,
    connect: (transport, options) =>
      hub === null ? transport.close(1013, 'starting') : hub.connect(transport, options),
    listen: { host: '127.0.0.1', port: 0 },
  })
  hub = new SyncHub({ docs: libraryDocProvider(library, (error) => console.error(error)) })
  opened.push(library, { close: () => hub!.close() }, sessions)
  return { library, rpc: lanRpc(sessions) as Required<RpcHandler> }
}

/** Resolves once `doc` holds everything `from` has. */
const caughtUp = (doc: Y.Doc, from: Y.Doc): Promise<void> =>
  new Promise((resolve) => {
    const done = (): boolean => {
      const have = Y.decodeStateVector(Y.encodeStateVector(doc))
      for (const [client, clock] of Y.decodeStateVector(Y.encodeStateVector(from)))
        if ((have.get(client) ?? 0) < clock) return false
      return true
    }
    if (done()) return resolve()
    const check = (): void => {
      if (!done()) return
      doc.off('update', check)
      resolve()
    }
    doc.on('update', check)
  })

describe('the link between two member hosts', () => {
  it('carries a burst of a thousand changes from one host without tripping a replica’s rate limit', async () => {
    const inviter = await host()
    const id = await inviter.library.create({ title: 'Burst', sourceText: 'Start.' })
    const { invite } = await inviter.rpc.share({ id, role: 'editor' }, context)
    const joiner = await host()
    await joiner.rpc.join({ link: invite.link }, context)
    const from = await inviter.library.open(id)
    const to = await joiner.library.open(id)
    // One host serving many editors sends far more frames a second than one person types.
    for (let i = 0; i < 1000; i++) from.doc.getText('source').insert(0, 'x')
    await caughtUp(to.doc, from.doc)
    expect(to.doc.getText('source').toString()).toBe(from.doc.getText('source').toString())
    await from.close()
    await to.close()
  }, 120_000)
})

describe('a dossier bigger than any frame a replica may send the host', () => {
  it('reaches a joining member whole: member hosts take a whole dossier in one sync frame', async () => {
    const inviter = await host()
    // Past the cap on what a replica may send (16 MiB), within what a dossier may hold (32 MiB).
    const sourceText = 'The river authority counted the gauges again. '.repeat(400_000)
    expect(sourceText.length).toBeGreaterThan(HOST_FRAME_LIMITS.syncBytes)
    expect(sourceText.length).toBeLessThan(MAX_DOSSIER_BYTES)
    const id = await inviter.library.create({ title: 'Gauges', sourceText })
    const { invite } = await inviter.rpc.share({ id, role: 'editor' }, context)

    const joiner = await host()
    const { dossier } = await joiner.rpc.join({ link: invite.link }, context)
    expect(dossier.id).toBe(id)
    const copy = await joiner.library.with(id, ({ dossier: joined }) => joined.sourceText())
    expect(copy.length).toBe(sourceText.length)
  }, 120_000)
})
