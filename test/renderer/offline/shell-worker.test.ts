import { describe, expect, it } from 'vitest'
import { shellWorkerAddress } from '../../../src/renderer/offline/shell-worker'

const page = (origin: string) => {
  const url = new URL(origin)
  return { protocol: url.protocol, hostname: url.hostname, origin: url.origin }
}

const SERVED = page('http://127.0.0.1:5180')
const BUNDLE = 'http://127.0.0.1:5180/assets/index-DWBUtBkJ.js'

describe('the offline shell’s address', () => {
  it('names the build by its bundle, so a new build is a new worker with its own cache', () => {
    expect(shellWorkerAddress(SERVED, BUNDLE)).toBe(
      'http://127.0.0.1:5180/sw.js?build=index-DWBUtBkJ',
    )
    expect(shellWorkerAddress(SERVED, 'http://127.0.0.1:5180/assets/index-Zq81xk_2.js')).toBe(
      'http://127.0.0.1:5180/sw.js?build=index-Zq81xk_2',
    )
    expect(
      shellWorkerAddress(
        page('http://localhost:5180'),
        'http://localhost:5180/assets/index-DWBUtBkJ.js',
      ),
    ).toBe('http://localhost:5180/sw.js?build=index-DWBUtBkJ')
  })

  it('is only for dossier serve’s page: loopback over http(s)', () => {
    // Electron's own scheme, a file, or a page served to the network get none.
    expect(shellWorkerAddress(page('app://desk'), 'app://desk/assets/index-DWBUtBkJ.js')).toBeNull()
    expect(shellWorkerAddress(page('file:///tmp/index.html'), BUNDLE)).toBeNull()
    expect(
      shellWorkerAddress(
        page('http://192.168.1.20:5180'),
        'http://192.168.1.20:5180/assets/index-DWBUtBkJ.js',
      ),
    ).toBeNull()
  })

  it('is not for the development server, whose files are not a build', () => {
    expect(shellWorkerAddress(SERVED, 'http://127.0.0.1:5180/main.tsx')).toBeNull()
    expect(shellWorkerAddress(SERVED, 'http://127.0.0.1:5180/src/renderer/main.tsx?t=1')).toBeNull()
  })

  it('refuses a bundle from another origin or an address that does not parse', () => {
    expect(shellWorkerAddress(SERVED, 'http://127.0.0.1:9999/assets/index-DWBUtBkJ.js')).toBeNull()
    expect(shellWorkerAddress(SERVED, 'not an address')).toBeNull()
  })
})
