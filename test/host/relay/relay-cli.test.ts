import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import { ensureBuiltApp } from '../serve/support/built-app'
import { killServes, startServe } from '../serve/support/serve-process'
import { eventually } from '../../support/eventually'
import { encodeInviteLink, readInviteLink } from '../../../src/shared/lan'
import { refusedPort } from '../../support/refused-port'
import { relayDesks } from './support/relay-desks'

beforeAll(ensureBuiltApp, 180_000)
afterEach(killServes)

describe('dossier relay, through running hosts and a real y-websocket server', () => {
  it('relays from one host, fetches on another, converges, reports its state and stops', async () => {
    const { relay, aliceData, bobData, id, run } = await relayDesks()
    await startServe({ dataDir: aliceData })
    await startServe({ dataDir: bobData })

    // Sealed is the default, and needs the dossier shared on the LAN: said, not done in plain.
    const sealed = await run(aliceData, 'relay', id, relay.url)
    expect(sealed.code).not.toBe(0)
    expect(sealed.stderr).toMatch(
      /share the dossier first \(Share… or `dossier share`\), or relay it with --plain/,
    )
    const wrong = await run(aliceData, 'relay', id, 'https://relay.example.org', '--plain')
    expect(wrong.stderr).toMatch(/starts with ws:\/\/ or wss:\/\//)

    const started = await run(aliceData, 'relay', id, relay.url, '--plain')
    expect({ code: started.code, stderr: started.stderr }).toEqual({ code: 0, stderr: '' })
    expect(started.stdout).toContain(`${id} is relayed through ${relay.url} (y-websocket, plain)`)
    await eventually(async () =>
      expect((await run(aliceData, 'relay', id)).stdout).toMatch(/state: connected/),
    )
    // Bob's library has never had the dossier.
    await eventually(async () => {
      const fetched = await run(bobData, 'relay', id, relay.url, '--plain')
      expect({ code: fetched.code, stderr: fetched.stderr }).toEqual({ code: 0, stderr: '' })
    }, 20_000)
    const status = (data: string, claim: string, word: string) =>
      run(data, 'status', id, claim, word, '--rationale', `${word} on the relay`)
    expect((await status(bobData, '1', 'confirmed')).code).toBe(0)
    expect((await status(aliceData, '2', 'disputed')).code).toBe(0)
    for (const data of [aliceData, bobData])
      await eventually(async () => {
        const shown = (await run(data, 'show', id)).stdout
        expect(shown).toMatch(/1 unverified, 1 confirmed, 1 disputed/)
      }, 20_000)
    expect((await run(bobData, 'peers', id)).stdout).toContain(`is relayed through ${relay.url}`)

    const off = await run(bobData, 'relay', id, '--off')
    expect(off.stdout).toBe(`Stopped relaying ${id} from this host.\n`)
    expect((await run(bobData, 'relay', id)).stdout).toBe(`${id} is not relayed from this host\n`)
  }, 120_000)

  it('an invite made while a dossier is relayed names the relay: a join works with no member on the LAN', async () => {
    const { relay, aliceData, bobData, id, run } = await relayDesks()
    const alice = await startServe({ dataDir: aliceData, args: ['--lan-listen', '127.0.0.1:0'] })
    await startServe({ dataDir: bobData, args: ['--lan-listen', '127.0.0.1:0'] })
    expect((await run(aliceData, 'relay', id, relay.url, '--plain')).code).toBe(0)
    await eventually(async () =>
      expect((await run(aliceData, 'relay', id)).stdout).toMatch(/state: connected/),
    )
    const shared = await run(aliceData, 'share', id)
    const link = /^verification-desk:\/\/join\/\S+$/m.exec(shared.stdout)![0]
    const read = readInviteLink(link)
    expect(read).toMatchObject({
      ok: true,
      invite: { relay: { url: relay.url, protocol: 'y-websocket' } },
    })
    // Alice's computer goes away: no member answers on the LAN any more.
    await alice.stop('SIGTERM')
    const joined = await run(bobData, 'join', link)
    expect({ code: joined.code, stderr: joined.stderr }).toEqual({ code: 0, stderr: '' })
    expect((await run(bobData, 'show', id)).stdout).toContain('3 unverified')
    expect((await run(bobData, 'relay', id)).stdout).toContain(`is relayed through ${relay.url}`)
  }, 120_000)

  it('sealed: with the inviter out of reach on the LAN, its running host lets the joiner in through the relay', async () => {
    const { relay, aliceData, bobData, id, run } = await relayDesks()
    await startServe({ dataDir: aliceData, args: ['--lan-listen', '127.0.0.1:0'] })
    await startServe({ dataDir: bobData, args: ['--lan-listen', '127.0.0.1:0'] })
    expect((await run(aliceData, 'share', id)).code).toBe(0)
    expect((await run(aliceData, 'relay', id, relay.url)).code).toBe(0)
    await eventually(async () =>
      expect((await run(aliceData, 'relay', id)).stdout).toMatch(/state: connected/),
    )
    const shared = await run(aliceData, 'share', id)
    const read = readInviteLink(/^verification-desk:\/\/join\/\S+$/m.exec(shared.stdout)![0])
    if (!read.ok) throw new Error(read.message)
    expect(read.invite.relay).toEqual({ url: relay.url, protocol: 'y-websocket', mode: 'sealed' })
    // Alice's computer is on another network: the address in her invite answers no one.
    const link = encodeInviteLink({
      ...read.invite,
      addresses: [{ host: '127.0.0.1', port: await refusedPort() }],
    })
    const joined = await run(bobData, 'join', link)
    expect({ code: joined.code, stderr: joined.stderr }).toEqual({ code: 0, stderr: '' })
    expect(joined.stdout).toContain(`through the relay at ${relay.url} (sealed)`)
    expect((await run(bobData, 'show', id)).stdout).toContain('3 unverified')
    // Alice's host admitted Bob's device with the invite, which is spent.
    const peers = (await run(aliceData, 'peers', id)).stdout
    expect(peers.match(/^.+ [0-9a-f]{8} {2}editor /gm)).toHaveLength(2)
    expect(peers).toMatch(new RegExp(`^${read.invite.id} +editor +used`, 'm'))
    expect((await run(bobData, 'status', id, '1', 'confirmed', '--rationale', 'sealed')).code).toBe(
      0,
    )
    await eventually(async () => {
      expect((await run(aliceData, 'show', id)).stdout).toMatch(/2 unverified, 1 confirmed/)
    }, 20_000)
  }, 120_000)
})
