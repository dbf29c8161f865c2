import * as fs from 'node:fs/promises'
import * as path from 'node:path'
import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { decodeDossierFile, encodeDossierFile } from '../../../src/main/host/library/dossier-file'
import { Dossier } from '../../../src/shared/dossier'
import { LIBRARY_ROOM, MAX_VERSION_STATE_BYTES } from '../../../src/shared/protocol'
import { alice } from '../../support/dossier-fixtures'
import { portReplica, wsReplica } from '../sync/support/replicas'
import { libraryHost } from './support/library-host'
import { CLAIM_TEXTS } from './support/serve-library'

describe('frozen versions over RPC', () => {
  it('freezes, lists, sends a version to open read-only, and compares it with now', async () => {
    const { id, server, call } = await libraryHost()
    expect(await call('versions', { id })).toEqual({ versions: [] })
    const { version: v1 } = await call('freeze', { id, name: 'published 28 Nov' })
    expect(v1).toMatchObject({
      id: 'v1',
      name: 'published 28 Nov',
      claims: 3,
      counts: { unverified: 3, disputed: 0 },
    })

    // An editor disputes claim 2 and retitles the dossier through the host, live.
    const editor = await wsReplica(server.syncUrl, id, server.token)
    await editor.synced
    const live = Dossier.open(editor.doc)
    const claim = live.activeClaims()[1]!
    live.decide(claim.id, { status: 'disputed', rationale: 'Hospital lists give 27' }, alice)
    live.setTitle('Dam failure, day two')
    await editor.session.rpc.call('flush', {})

    const { version: v2 } = await call('freeze', { id, name: 'corrected' })
    expect(v2).toMatchObject({ id: 'v2', counts: { unverified: 2, disputed: 1 } })
    expect(await call('versions', { id })).toEqual({ versions: [v1, v2] })

    // The version as it was frozen: a Y.Doc of its own, opened like any dossier.
    const sent = await call('version', { id, version: '1' })
    expect(sent.version).toEqual(v1)
    const doc = new Y.Doc()
    Y.applyUpdate(doc, Buffer.from(sent.state, 'base64'))
    const frozen = Dossier.open(doc)
    expect(frozen.meta()).toMatchObject({ id, title: 'Dam failure' })
    expect(frozen.activeClaims().map((item) => [item.text, item.label])).toEqual(
      CLAIM_TEXTS.map((text) => [text, 'unverified']),
    )

    const { diff } = await call('compare', { id, from: 'published 28 Nov', to: 'current' })
    expect(diff).toEqual({
      title: { from: 'Dam failure', to: 'Dam failure, day two' },
      added: [],
      removed: [],
      statusChanged: [
        {
          claim: { id: claim.id, number: 2, text: CLAIM_TEXTS[1], status: 'disputed' },
          from: 'unverified',
          to: 'disputed',
        },
      ],
      textChanged: [],
    })
    expect((await call('compare', { id, from: 'v2', to: 'current' })).diff).toMatchObject({
      title: null,
      statusChanged: [],
    })
  })

  it('answers an unknown dossier or version with not-found, and a bad name with invalid-params', async () => {
    const { id, call } = await libraryHost()
    await call('freeze', { id, name: 'first' })
    await expect(call('version', { id, version: 'v9' })).rejects.toMatchObject({
      code: 'not-found',
      message: 'no version "v9" (versions: v1 "first")',
    })
    await expect(call('compare', { id, from: 'v1', to: 'nine' })).rejects.toMatchObject({
      code: 'not-found',
      message: 'no version "nine" (versions: v1 "first")',
    })
    for (const unknown of [
      () => call('versions', { id: 'm_unknown0000' }),
      () => call('freeze', { id: 'm_unknown0000', name: 'x' }),
      () => call('version', { id: 'm_unknown0000', version: 'v1' }),
      () => call('compare', { id: 'm_unknown0000', from: 'v1', to: 'current' }),
    ]) {
      await expect(unknown()).rejects.toMatchObject({
        code: 'not-found',
        message: expect.stringMatching(/^no dossier m_unknown0000 in this library/),
      })
    }
    await expect(call('freeze', { id, name: '   ' })).rejects.toMatchObject({
      code: 'invalid-params',
      message: 'a version needs a name of 1 to 200 characters',
    })
    await expect(call('freeze', { id, name: 'x'.repeat(201) })).rejects.toMatchObject({
      code: 'invalid-params',
    })
    await call('freeze', { id, name: 'first' })
    await expect(call('version', { id, version: 'first' })).rejects.toMatchObject({
      code: 'invalid-params',
      message: '2 versions are named "first"; use a version id',
    })
    expect((await call('versions', { id })).versions.map((version) => version.id)).toEqual([
      'v1',
      'v2',
    ])
  })

  it('lets viewers read versions but not freeze one', async () => {
    const { id, server, call } = await libraryHost()
    await call('freeze', { id, name: 'first' })
    const viewer = portReplica(server.hub, LIBRARY_ROOM, 'viewer')
    await viewer.synced
    await expect(viewer.session.rpc.call('freeze', { id, name: 'mine' })).rejects.toMatchObject({
      code: 'forbidden',
    })
    expect((await viewer.session.rpc.call('versions', { id })).versions).toHaveLength(1)
    expect((await viewer.session.rpc.call('version', { id, version: 'v1' })).version.id).toBe('v1')
    expect(
      (await viewer.session.rpc.call('compare', { id, from: 'v1', to: 'current' })).diff.added,
    ).toEqual([])
  })

  it('answers too-large, in words, for a version bigger than one answer carries', async () => {
    const { id, data, call } = await libraryHost()
    await call('freeze', { id, name: 'first' })
    // A second version file, sound (its checksums match) but past the cap.
    const versions = path.join(data, 'dossiers', id, 'versions')
    const { metadata } = decodeDossierFile(await fs.readFile(path.join(versions, 'v1.dossier')))
    const huge = new Uint8Array(MAX_VERSION_STATE_BYTES + 1)
    await fs.writeFile(
      path.join(versions, 'v2.dossier'),
      encodeDossierFile(
        { ...metadata, version: { ...metadata.version!, id: 'v2', name: 'huge' } },
        huge,
      ),
    )
    await expect(call('version', { id, version: 'huge' })).rejects.toMatchObject({
      code: 'too-large',
      message: `version v2 "huge" of ${id} is 32.0 MB, more than the 32 MB one answer carries; stop the host and read it with \`dossier show ${id} --version v2\``,
    })
    expect((await call('version', { id, version: 'v1' })).version.name).toBe('first')
  })
})
