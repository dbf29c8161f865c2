import { describe, expect, it } from 'vitest'
import { loadOrCreateIdentity } from '../../../src/main/host/library/identity-store'
import {
  HOST_FRAME_LIMITS,
  LIBRARY_ROOM,
  decodeFrame,
  encodeRpc,
} from '../../../src/shared/protocol'
import { eventually } from '../sync/support/eventually'
import { rawSocket, syncUrl } from '../sync/support/replicas'
import { libraryHost } from './support/library-host'

const STORY = [
  'Bridge closed after inspection',
  '',
  'The city transport department said on Tuesday that 4 of the 12 bearings were cracked.',
].join('\n')

const rpcAnswers = (frames: readonly Uint8Array[]) =>
  frames.flatMap((bytes) => {
    const decoded = decodeFrame(bytes, HOST_FRAME_LIMITS)
    if (!decoded.ok || decoded.frame.type !== 'rpc' || decoded.frame.message.kind !== 'response')
      return []
    return [decoded.frame.message.response]
  })

describe('a story imported from the app, by the editor who imported it', () => {
  it('is signed by the host’s key under the editor’s name, in that dossier only', async () => {
    const { data, library, call } = await libraryHost()
    const host = await loadOrCreateIdentity(data, 'Desk laptop')
    const { dossier } = await call('import', {
      kind: 'story',
      text: STORY,
      by: { name: '  Ana Ruiz ' },
    })
    const [claims, names] = await library.with(dossier.id, ({ dossier: opened }) => [
      opened.claims().map((claim) => claim.createdBy),
      opened.authors().map(({ key, name }) => ({ key, name })),
    ])
    expect(claims.length).toBeGreaterThan(0)
    expect(new Set(claims)).toEqual(new Set([host.publicKey]))
    expect(names).toEqual([{ key: host.publicKey, name: 'Ana Ruiz' }])
    // The host's own name is untouched: the next import without `by` is the host's again.
    const { dossier: plain } = await call('import', { kind: 'story', text: STORY })
    expect(
      await library.with(plain.id, ({ dossier: opened }) => opened.authorName(host.publicKey)),
    ).toBe('Desk laptop')
  })

  it('refuses an empty, huge or mistyped `by` with invalid-params, and adds nothing', async () => {
    const { library, server } = await libraryHost()
    const before = await library.ids()
    const caller = await rawSocket(syncUrl(server.syncUrl, LIBRARY_ROOM, server.token))
    const bad: unknown[] = [{ name: '   ' }, { name: 'x'.repeat(10 * 1024) }, { name: 42 }, 'Ana']
    bad.forEach((by, index) =>
      caller.socket.send(
        encodeRpc({ id: index + 1, method: 'import', params: { kind: 'story', text: STORY, by } }),
      ),
    )
    await eventually(() => expect(rpcAnswers(caller.received)).toHaveLength(bad.length))
    for (const answer of rpcAnswers(caller.received)) {
      expect(answer).toMatchObject({ error: { code: 'invalid-params' } })
    }
    caller.socket.terminate()
    expect(await library.ids()).toEqual(before)
  })
})
