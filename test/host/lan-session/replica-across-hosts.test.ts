import * as path from 'node:path'
import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import { Dossier } from '../../../src/shared/dossier'
import { createDeviceKey, signerFromKey } from '../../../src/shared/identity'
import { ensureBuiltApp } from '../serve/support/built-app'
import { libraryWithDossier } from '../serve/support/serve-library'
import { killServes, startServe } from '../serve/support/serve-process'
import { eventually } from '../../support/eventually'
import { cli } from '../../support/run-cli'
import { sessionClient } from '../../support/session-client'
import { tempDir } from '../../support/temp-dir'

beforeAll(ensureBuiltApp, 180_000)
afterEach(killServes)

describe('replicas on two hosts of one LAN session', () => {
  it('a change made in a replica of one host reaches a replica already open on the other', async () => {
    const root = await tempDir()
    const aliceData = path.join(root, 'alice')
    const bobData = path.join(root, 'bob')
    await libraryWithDossier(aliceData)
    const run = (data: string, ...args: string[]) => cli([...args, '--data', data], { cwd: root })
    expect((await run(aliceData, 'identity', '--name', 'Alice')).code).toBe(0)
    expect((await run(bobData, 'identity', '--name', 'Bob')).code).toBe(0)
    const alice = await startServe({ dataDir: aliceData, args: ['--lan-listen', '127.0.0.1:0'] })
    const bob = await startServe({ dataDir: bobData, args: ['--lan-listen', '127.0.0.1:0'] })
    const { dossiers } = JSON.parse((await run(aliceData, 'list', '--json')).stdout) as {
      dossiers: { id: string }[]
    }
    const id = dossiers[0]!.id
    // Alice's app has the dossier open before she shares it.
    const atAlice = await sessionClient(alice.syncUrl, id, alice.token)
    await atAlice.synced
    const shared = await run(aliceData, 'share', id)
    const link = /^verification-desk:\/\/join\/\S+$/m.exec(shared.stdout)![0]
    expect((await run(bobData, 'join', link)).code).toBe(0)
    const atBob = await sessionClient(bob.syncUrl, id, bob.token)
    await atBob.synced
    const dossier = Dossier.open(atBob.doc)
    const claim = dossier.claims()[0]!
    dossier.decide(
      claim.id,
      { status: 'confirmed', rationale: 'Two lists agree.', evidenceIds: [] },
      signerFromKey(createDeviceKey('Bob in his app')),
    )
    const seen = Dossier.open(atAlice.doc)
    await eventually(() => expect(seen.counts().confirmed).toBe(1), 20_000)
  }, 120_000)
})
