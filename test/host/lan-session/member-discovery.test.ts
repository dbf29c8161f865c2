import * as path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { loadDeviceKey } from '../../../src/main/host/lan-session/device-key'
import { LanSessions } from '../../../src/main/host/lan-session'
import type { StartDiscovery } from '../../../src/main/host/lan-session/member-discovery'
import { SharingStore } from '../../../src/main/host/lan-session/sharing-store'
import { Library } from '../../../src/main/host/library/library'
import type { LanAddress } from '../../../src/shared/lan'
import { libraryWithDossier } from '../serve/support/serve-library'
import { eventually } from '../../support/eventually'
import { tempDir } from '../../support/temp-dir'

const opened: { close(): Promise<void> }[] = []
afterEach(async () => {
  while (opened.length > 0) await opened.pop()!.close()
})

/** A fake discovery: records that it was started, and lets the test announce a host. */
const fakeDiscovery = () => {
  const started: number[] = []
  let announce: (addresses: LanAddress[]) => void = () => undefined
  const start: StartDiscovery = (port, onHost) => {
    started.push(port)
    announce = onHost
    return { close: async () => undefined }
  }
  return { start, started, announce: (addresses: LanAddress[]) => announce(addresses) }
}

const sessionsFor = async (library: Library, discover: StartDiscovery, onLoopback: boolean) => {
  const connected: { dossierId: string; role: string | undefined }[] = []
  const sessions = await LanSessions.start({
    library,
    connect: (_transport, options) =>
      connected.push({ dossierId: options.dossierId, role: options.role }),
    listen: { host: '127.0.0.1', port: 0 },
    discover,
    discoverOnLoopback: onLoopback,
  })
  opened.push(sessions)
  return { sessions, connected }
}

describe('members found by discovery', () => {
  it('never starts discovery on a loopback listener', async () => {
    const dir = await tempDir()
    const id = await libraryWithDossier(dir)
    const library = await Library.open(dir)
    opened.push(library)
    const discovery = fakeDiscovery()
    const { sessions } = await sessionsFor(library, discovery.start, false)
    await sessions.share(id)
    expect(sessions.advertised()).toHaveLength(1)
    expect(discovery.started).toEqual([])
  })

  it('a member whose address nobody knew is reached once discovery reports its host', async () => {
    const root = await tempDir()
    const aDir = path.join(root, 'a')
    const bDir = path.join(root, 'b')
    const id = await libraryWithDossier(aDir)
    const a = await Library.open(aDir)
    opened.push(a)
    const b = await Library.open(bDir)
    opened.push(b)
    const bKey = await loadDeviceKey(bDir)
    const aSide = await sessionsFor(a, fakeDiscovery().start, false)
    const shared = await aSide.sessions.share(id)
    await a.with(id, ({ dossier }) =>
      dossier.admitMember(
        { key: bKey.publicKey, name: 'Ben', role: 'viewer' },
        aSide.sessions.signer,
      ),
    )
    // B has the dossier and the session secret, and no address for anyone.
    const file = await a.exportFile(id)
    await b.importFile(file)
    await new SharingStore(bDir).save({
      version: 1,
      dossiers: { [id]: { sessionSecret: shared.sessionSecret, invites: [], addresses: {} } },
    })
    const discovery = fakeDiscovery()
    const bSide = await sessionsFor(b, discovery.start, true)
    expect(discovery.started).toHaveLength(1)
    discovery.announce(aSide.sessions.advertised())
    const aKey = aSide.sessions.localKey
    await eventually(() => expect(bSide.sessions.linkTo(id, aKey)).toBeDefined())
    await eventually(() => expect(aSide.sessions.linkTo(id, bKey.publicKey)).toBeDefined())
    expect(aSide.connected).toEqual([{ dossierId: id, role: 'viewer' }])
    expect(bSide.connected).toEqual([{ dossierId: id, role: 'editor' }])
  })
})
