import { createServer } from 'node:net'
import type { AddressInfo } from 'node:net'

/** A loopback port free right now, for a server that must be told its port rather than take 0. */
export const freePort = (): Promise<number> =>
  new Promise((resolve, reject) => {
    const probe = createServer()
    probe.once('error', reject)
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as AddressInfo
      probe.close(() => resolve(port))
    })
  })
