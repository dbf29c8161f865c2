import { transportContract } from '../../shared/transport/transport-contract'
import { inviteCandidate, lanPair, listenerWith, proxy, secret } from './support'

/**
 * The LAN channel passes the same contract suite as every other transport, so the sync hub and
 * sessions carry it unchanged. Frames travel through a proxy the test can cut (a pulled cable).
 */
transportContract('the encrypted LAN channel', {
  bufferedAmount: true,
  carriesOnlyBytes: true,
  connect: async () => {
    const key = secret()
    const host = await listenerWith([inviteCandidate(key)])
    const wire = await proxy(host.address)
    const { a, b } = await lanPair({ through: wire.address, listener: host, secret: key })
    return { client: a, server: b, vanishServer: () => void wire.drop() }
  },
})
