import { EventEmitter } from 'node:events'
import * as fs from 'node:fs/promises'
import * as path from 'node:path'
import { describe, expect, it } from 'vitest'
import { answerKeyRequest } from '../../../src/main/app/keychain-answers'
import type { SafeStorageLike } from '../../../src/main/app/keychain-answers'
import { parentKeychain } from '../../../src/main/host/desktop/keychain-requests'
import { createHostServices } from '../../../src/main/host/desktop/library-services'
import type { ParentPortLike } from '../../../src/main/host/desktop/parent-port'
import { runUtilityHost } from '../../../src/main/host/desktop/run-utility-host'
import { loadOrCreateIdentity } from '../../../src/main/host/library/identity-store'
import { KeyProtectionError } from '../../../src/main/host/library/key-protection'
import { readFromHost } from '../../../src/shared/ipc/utility-host-ipc'
import type { FromHostMessage, ToHostMessage } from '../../../src/shared/ipc/utility-host-ipc'
import { testSafeStorage } from '../../support/test-safe-storage'
import { cli } from '../../support/run-cli'
import { tempDir } from '../../support/temp-dir'

/**
 * `process.parentPort` with Electron main behind it: every message the host posts is read with
 * the contract as main reads it, and key requests are answered by main's own code over `storage`.
 * `answer` may rewrite or drop an answer, as a buggy or older main would.
 */
class MainBehindPort extends EventEmitter implements ParentPortLike {
  readonly sent: FromHostMessage[] = []
  constructor(
    private readonly storage: SafeStorageLike,
    private readonly answer: (message: ToHostMessage) => unknown[] = (message) => [message],
  ) {
    super()
  }
  postMessage(message: FromHostMessage): void {
    const read = readFromHost(message)
    if (!read.ok) throw new Error(`main could not read ${JSON.stringify(message)}: ${read.reason}`)
    this.sent.push(read.message)
    if (read.message.type !== 'key-request') return
    void answerKeyRequest(this.storage, read.message).then((answer) => {
      for (const data of this.answer(answer)) this.emit('message', { data, ports: [] })
    })
  }
}

const secret = () => new Uint8Array(Array.from({ length: 32 }, (_, i) => i * 7))

describe('the host asking main to seal and open the key', () => {
  it('gets each answer matched to its request, whatever the order', async () => {
    const held: unknown[] = []
    let reordered = false
    const port = new MainBehindPort(testSafeStorage(), (answer) => {
      if (reordered) return [answer]
      held.push(answer)
      // The first two are answered only once both were asked, the second first.
      if (held.length < 2) return []
      reordered = true
      return held.splice(0).reverse()
    })
    const keychain = parentKeychain(port)
    const one = secret()
    const two = secret().map((byte) => byte ^ 0xff)
    const [a, b] = await Promise.all([keychain.protect(one), keychain.protect(two)])
    expect(a).not.toBe(b)
    expect(await keychain.unprotect(a)).toEqual(one)
  })

  it('passes main’s refusal on as its reason', async () => {
    const keychain = parentKeychain(new MainBehindPort(testSafeStorage()))
    const sealed = await parentKeychain(new MainBehindPort(testSafeStorage())).protect(secret())
    const refusal = keychain.unprotect(sealed)
    await expect(refusal).rejects.toThrow(KeyProtectionError)
    await expect(refusal).rejects.toThrow(
      /^the system keychain could not open the key: Error while decrypting/,
    )
  })

  it('ignores answers to nobody and malformed ones, and gives up after its wait', async () => {
    const port = new MainBehindPort(testSafeStorage(), (answer) => [
      { ...answer, requestId: 'someone-else' },
      { ...answer, data: '%% not base64' },
      'garbage',
    ])
    const keychain = parentKeychain(port, { answerWaitMs: 200 })
    await expect(keychain.protect(secret())).rejects.toThrow(
      'the app did not answer a keychain request within 0.2 s',
    )
    expect(port.sent).toHaveLength(1)
  })
})

describe('the desktop host with a keychain', () => {
  it('seals the plain key as it starts; the CLI then reads, shows it, and refuses to sign', async () => {
    const dir = await tempDir()
    const plain = await loadOrCreateIdentity(dir, 'Ana Ruiz')
    const storage = testSafeStorage()
    const port = new MainBehindPort(storage)
    const host = await runUtilityHost(port, createHostServices, dir, undefined, 'os-keychain')
    expect(host).not.toBeNull()
    expect(port.sent).toContainEqual({ type: 'ready' })
    const text = await fs.readFile(path.join(dir, 'identity.json'), 'utf8')
    expect(JSON.parse(text)).toMatchObject({
      version: 2,
      protection: 'os-keychain',
      publicKey: plain.publicKey,
    })
    const requests = port.sent.filter((message) => message.type === 'key-request')
    expect(requests.map((message) => message.op)).toEqual(
      expect.arrayContaining(['protect', 'unprotect']),
    )
    await host?.stop()

    const shown = await cli(['identity', '--data', dir])
    expect(shown.stdout).toContain(plain.publicKey)
    expect(shown.stdout).toMatch(/signing key: protected by the system keychain/)
    const listed = await cli(['list', '--json', '--data', dir])
    const [dossier] = (JSON.parse(listed.stdout) as { dossiers: { id: string }[] }).dossiers
    if (dossier === undefined) throw new Error('the host added no sample')
    expect((await cli(['show', dossier.id, '--data', dir])).code).toBe(0)
    const decided = await cli([
      'status',
      dossier.id,
      '1',
      'confirmed',
      '--rationale',
      'Seen',
      '--data',
      dir,
    ])
    expect(decided.code).toBe(1)
    expect(decided.stderr).toMatch(
      /protected by the system keychain .* works only in the app, so do this there instead/,
    )

    // The next start opens it through main again.
    const again = new MainBehindPort(storage)
    const second = await runUtilityHost(again, createHostServices, dir, undefined, 'os-keychain')
    expect(again.sent).toContainEqual({ type: 'ready' })
    await second?.stop()
    expect(await fs.readFile(path.join(dir, 'identity.json'), 'utf8')).toBe(text)
  })
})
