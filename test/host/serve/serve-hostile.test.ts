import * as encoding from 'lib0/encoding'
import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import { Dossier } from '../../../src/shared/dossier'
import { alice } from '../../support/dossier-fixtures'
import { tempDir } from '../../support/temp-dir'
import { eventually } from '../sync/support/eventually'
import { rawSocket, syncUrl, wsReplica } from '../sync/support/replicas'
import { ensureBuiltApp } from './support/built-app'
import { httpGet } from './support/http-get'
import { seededRandom } from '../../support/seeded-random'
import { libraryWithDossier } from './support/serve-library'
import { killServes, startServe } from './support/serve-process'

beforeAll(ensureBuiltApp, 180_000)
afterEach(killServes)

const MESSAGE_AWARENESS = 1
const MIB = 1024 * 1024

const frame = (type: number, payload: Uint8Array): Uint8Array => {
  const encoder = encoding.createEncoder()
  encoding.writeVarUint(encoder, type)
  encoding.writeVarUint8Array(encoder, payload)
  return encoding.toUint8Array(encoder)
}

describe('dossier serve under hostile clients', () => {
  it('closes each bad connection, stays up, and keeps an honest pair syncing', async () => {
    const dir = await tempDir()
    const id = await libraryWithDossier(dir)
    const serve = await startServe({ dataDir: dir })
    const url = syncUrl(serve.syncUrl, id, serve.token)
    const [writer, reader] = await Promise.all([
      wsReplica(serve.syncUrl, id, serve.token),
      wsReplica(serve.syncUrl, id, serve.token),
    ])
    await Promise.all([writer.synced, reader.synced])
    const stillSyncing = async (label: string): Promise<void> => {
      const text = `Still syncing after ${label}`
      Dossier.open(writer.doc).addClaim(
        { text, attribution: { who: 'Desk' }, kind: 'other' },
        alice,
      )
      await eventually(() =>
        expect(
          Dossier.open(reader.doc)
            .claims()
            .map((claim) => claim.text),
        ).toContain(text),
      )
      expect(writer.isOpen() && reader.isOpen() && serve.isRunning()).toBe(true)
    }

    // A fixed seed: the same bytes every run, none of which is a frame the host accepts.
    const random = seededRandom(20_241_128)
    for (let attempt = 0; attempt < 5; attempt++) {
      const attacker = await rawSocket(url)
      const length = random.int(64, 512)
      attacker.socket.send(Uint8Array.from({ length }, () => random.int(0, 255)))
      expect(await attacker.closed).toMatchObject({ code: 1008 })
    }
    await stillSyncing('random bytes')

    // Over the awareness cap (64 KiB), then over the largest frame of all (16 MiB).
    const big = await rawSocket(url)
    big.socket.send(frame(MESSAGE_AWARENESS, new Uint8Array(96 * 1024)))
    expect(await big.closed).toMatchObject({ code: 1009 })
    const huge = await rawSocket(url)
    huge.socket.send(new Uint8Array(16 * MIB + 1))
    expect(await huge.closed).toMatchObject({ code: 1009 })
    await stillSyncing('oversized frames')

    const text = await rawSocket(url)
    text.socket.send('{"id":1,"method":"list","params":{}}')
    expect(await text.closed).toMatchObject({ code: 1003 })
    const stranger = await rawSocket(syncUrl(serve.syncUrl, 'm_nosuchdossier1', serve.token))
    expect(await stranger.closed).toMatchObject({ code: 4404 })
    await stillSyncing('a text frame and an unknown dossier')

    expect(await writer.session.rpc.call('flush', {})).toMatchObject({ waiting: 0 })
    expect((await httpGet(`${serve.origin}/`)).status).toBe(200)
    expect(await serve.stop('SIGTERM')).toEqual({ code: 0, signal: null })
  }, 60_000)
})
