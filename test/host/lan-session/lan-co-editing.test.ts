import * as path from 'node:path'
import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import { ensureBuiltApp } from '../serve/support/built-app'
import { libraryWithDossier } from '../serve/support/serve-library'
import { killServes, startServe } from '../serve/support/serve-process'
import type { ServeProcess } from '../serve/support/serve-process'
import { dialLan, pairSecret } from '../../../src/main/host/lan'
import { loadDeviceKey } from '../../../src/main/host/lan-session/device-key'
import { SharingStore } from '../../../src/main/host/lan-session/sharing-store'
import { hexToBytes } from '@noble/hashes/utils.js'
import { eventually } from '../../support/eventually'
import { cli } from '../../support/run-cli'
import { tempDir } from '../../support/temp-dir'

beforeAll(ensureBuiltApp, 180_000)
afterEach(killServes)

/**
 * Real `dossier serve` processes, one library each, LAN endpoints on 127.0.0.1 only: sharing,
 * joining, deciding and membership all driven by `dossier` commands through each host.
 */
interface Host {
  readonly data: string
  serve: ServeProcess
  run(...args: string[]): ReturnType<typeof cli>
}

const startHost = async (root: string, name: string, id?: string): Promise<Host> => {
  const data = path.join(root, name)
  if (id === undefined) await libraryWithDossier(data)
  const run = (...args: string[]) => cli([...args, '--data', data], { cwd: root })
  expect((await run('identity', '--name', name)).code).toBe(0)
  const serve = await startServe({ dataDir: data, args: ['--lan-listen', '127.0.0.1:0'] })
  return { data, serve, run }
}

const ok = async (result: ReturnType<typeof cli>): Promise<string> => {
  const { code, stdout, stderr } = await result
  expect({ code, stderr }).toEqual({ code: 0, stderr: '' })
  return stdout
}

const inviteLink = (stdout: string): string => {
  const link = /^verification-desk:\/\/join\/\S+$/m.exec(stdout)?.[0]
  expect(link).toBeDefined()
  return link!
}

type Counts = Record<'unverified' | 'confirmed' | 'disputed' | 'retracted' | 'conflict', number>

const countsOn = async (host: Host, id: string): Promise<Counts | undefined> => {
  const { dossiers } = JSON.parse(await ok(host.run('list', '--json'))) as {
    dossiers: { id: string; counts: Counts }[]
  }
  return dossiers.find((dossier) => dossier.id === id)?.counts
}

const decide = (host: Host, id: string, claim: string, status: string) =>
  ok(
    host.run(
      'status',
      id,
      claim,
      status,
      '--rationale',
      `${status} by ${path.basename(host.data)}`,
    ),
  )

const memberKey = async (host: Host, id: string, name: string): Promise<string> => {
  const sharing = JSON.parse(await ok(host.run('peers', id, '--json'))) as {
    members: { name: string; key: string; online: boolean }[]
  }
  const member = sharing.members.find((item) => item.name === name)
  expect(member).toBeDefined()
  return member!.key
}

const online = async (host: Host, id: string): Promise<string[]> => {
  const sharing = JSON.parse(await ok(host.run('peers', id, '--json'))) as {
    members: { name: string; online: boolean; you: boolean }[]
  }
  return sharing.members
    .filter((member) => member.online && !member.you)
    .map((member) => member.name)
    .sort()
}

describe('co-editing a dossier on the LAN (dossier serve, 127.0.0.1)', () => {
  it('three hosts share, converge, survive the sharer leaving and returning, and enforce members', async () => {
    const root = await tempDir()
    const a = await startHost(root, 'Ana')
    const { dossiers } = JSON.parse(await ok(a.run('list', '--json'))) as {
      dossiers: { id: string }[]
    }
    const id = dossiers[0]!.id
    const b = await startHost(root, 'Ben', id)
    const c = await startHost(root, 'Cleo', id)

    // A shares; B joins with the link; C joins with an invite of its own.
    const forB = inviteLink(await ok(a.run('share', id)))
    expect(await ok(b.run('join', forB))).toMatch(
      new RegExp(`^Joined ${id} "Dam failure" \\(3 claims\\)`),
    )
    const forC = inviteLink(await ok(a.run('share', id, '--expires', '2h')))
    await ok(c.run('join', forC))

    // A used invite is refused, in words, and so is a wrong link.
    const d = await startHost(root, 'Dan', id)
    const reused = await d.run('join', forB)
    expect(reused.code).toBe(1)
    expect(reused.stderr).toMatch(/refused: the invite is wrong, expired, used or revoked/)
    const wrong = await d.run('join', 'verification-desk://join/AAAA')
    expect(wrong.code).toBe(1)
    expect(wrong.stderr).toMatch(/this invite link is damaged/)
    await d.serve.stop('SIGTERM')

    // Decisions made on each host converge on all three.
    await decide(a, id, '1', 'confirmed')
    await decide(b, id, '2', 'disputed')
    await decide(c, id, '3', 'retracted')
    const together = { unverified: 0, confirmed: 1, disputed: 1, retracted: 1, conflict: 0 }
    for (const host of [a, b, c])
      await eventually(async () => expect(await countsOn(host, id)).toEqual(together), 20_000)
    // B and C reach each other directly, not only through A.
    await eventually(async () => expect(await online(b, id)).toEqual(['Ana', 'Cleo']), 20_000)
    const seenByB = JSON.parse(await ok(b.run('peers', id, '--json'))) as {
      members: { address: string | null; role: string }[]
    }
    expect(seenByB.members.map(({ address, role }) => ({ address, role }))).toEqual(
      Array.from({ length: 3 }, () => ({
        address: expect.stringMatching(/^127\.0\.0\.1:\d+$/),
        role: 'editor',
      })),
    )
    expect(await ok(b.run('peers', id))).toMatch(/^MEMBER +KEY +ROLE +ONLINE +ADDRESS$/m)

    // A leaves: B and C keep syncing with each other.
    await a.serve.stop('SIGTERM')
    await decide(b, id, '1', 'disputed')
    const withoutA = { unverified: 0, confirmed: 0, disputed: 2, retracted: 1, conflict: 0 }
    await eventually(async () => expect(await countsOn(c, id)).toEqual(withoutA), 20_000)

    // A comes back (a new port): the sharing state survived, and the members find each other.
    a.serve = await startServe({ dataDir: a.data, args: ['--lan-listen', '127.0.0.1:0'] })
    await eventually(async () => expect(await countsOn(a, id)).toEqual(withoutA), 20_000)
    await eventually(async () => expect(await online(a, id)).toEqual(['Ben', 'Cleo']), 20_000)

    // C becomes a viewer: what it decides lands nowhere else, while A's decisions still reach it.
    await ok(a.run('role', id, (await memberKey(a, id, 'Cleo')).slice(0, 8), 'viewer'))
    await eventually(async () => expect(await online(a, id)).toEqual(['Ben', 'Cleo']), 20_000)
    await eventually(async () => expect(await online(c, id)).toEqual(['Ana', 'Ben']), 20_000)
    await decide(c, id, '3', 'confirmed')
    await decide(a, id, '2', 'confirmed')
    const afterViewer = { unverified: 0, confirmed: 1, disputed: 1, retracted: 1, conflict: 0 }
    await eventually(async () => expect((await countsOn(c, id))?.confirmed).toBe(2), 20_000)
    for (const host of [a, b])
      await eventually(async () => expect(await countsOn(host, id)).toEqual(afterViewer), 20_000)

    // C is removed: A and B cut it off and turn it away from then on.
    await ok(a.run('revoke', id, (await memberKey(a, id, 'Cleo')).slice(0, 8)))
    await eventually(async () => expect(await online(c, id)).toEqual([]), 20_000)
    await eventually(async () => expect(await online(b, id)).toEqual(['Ana']), 20_000)
    // What C's host would do next, done here: the secret C shares with each of them (which got
    // it in until now) is no longer offered, so the door stays shut without a byte of answer.
    const { file } = await new SharingStore(c.data).load()
    const session = hexToBytes(file.dossiers[id]!.sessionSecret)
    const deviceKey = await loadDeviceKey(c.data)
    for (const host of [a, b]) {
      const { listening } = JSON.parse(await ok(host.run('peers', id, '--json'))) as {
        listening: string[]
      }
      const [hostName, port] = listening[0]!.split(':')
      const hostKey = (await loadDeviceKey(host.data)).publicKey
      const dialled = await dialLan(
        { host: hostName!, port: Number(port) },
        {
          dossierId: id,
          secret: pairSecret(session, deviceKey, hostKey)!,
          purpose: 'member',
          deviceKey,
          expectedPeer: hostKey,
        },
      )
      expect(dialled).toEqual({
        ok: false,
        problem: 'refused',
        message: 'refused: this device is not, or no longer, a member of the session there',
      })
    }
  }, 240_000)
})
