import { connect } from 'node:net'

// Below 1024, so never one the system hands a test's server that listens on port 0, nor one
// `freePort` finds: a test elsewhere in the run cannot start listening there meanwhile.
const CANDIDATES = [1, 3, 7, 9, 13, 17, 19]

const refuses = (port: number): Promise<boolean> =>
  new Promise((resolve) => {
    const socket = connect({ host: '127.0.0.1', port })
    socket.once('connect', () => {
      socket.destroy()
      resolve(false)
    })
    socket.once('error', (error: NodeJS.ErrnoException) => resolve(error.code === 'ECONNREFUSED'))
  })

/**
 * A loopback port where connections are refused, for an address no peer answers at. A port
 * that is merely free (`freePort`) can be taken by another test's listener before it is
 * dialled, and that listener then answers, refusing the invite.
 */
export const refusedPort = async (): Promise<number> => {
  for (const port of CANDIDATES) if (await refuses(port)) return port
  throw new Error(`something listens on every loopback port of ${CANDIDATES.join(', ')}`)
}
