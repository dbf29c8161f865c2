import * as fs from 'node:fs/promises'
import { describe, expect, it } from 'vitest'
import { RelayLinks } from '../../../src/main/host/relay'
import { Library } from '../../../src/main/host/library/library'
import { RelayStore } from '../../../src/main/host/relay/relay-store'
import { onCleanup } from '../../support/cleanup'
import { tempDir } from '../../support/temp-dir'

describe('the relay settings file', () => {
  it('keeps the tokens it holds readable by its owner only', async () => {
    const store = new RelayStore(await tempDir())
    const file = {
      version: 1 as const,
      dossiers: {
        m_abcdefgh1234: {
          url: 'wss://relay.example.org',
          protocol: 'y-websocket' as const,
          mode: 'plain' as const,
          token: 't0k',
        },
      },
    }
    await store.save(file)
    expect(await store.load()).toEqual({ file, problem: null })
    expect((await fs.stat(store.path)).mode & 0o777).toBe(0o600)
  })

  it('sets a damaged file aside, and the host starts anyway and says so', async () => {
    const dir = await tempDir()
    const store = new RelayStore(dir)
    await fs.mkdir(`${dir}/relay`, { recursive: true })
    await fs.writeFile(store.path, '{"version":1,"dossiers":{"m_abcdefgh1234":{"url":"http://x"}}}')
    const library = await Library.open(dir)
    onCleanup(() => library.close())
    const problems: string[] = []
    const relays = await RelayLinks.start({
      library,
      connect: (transport) => transport.close(1000, 'no hub here'),
      onProblem: (line) => problems.push(line),
      now: () => 1234,
    })
    relays.close()
    expect(problems).toEqual([
      expect.stringMatching(
        /^the relay settings file .*relays\.json was damaged and was moved to .*relays\.json\.damaged-\d+; set the relays again$/,
      ),
    ])
    expect(relays.status('m_abcdefgh1234')).toBeNull()
  })
})
