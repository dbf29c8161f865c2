import { parseLanListen, startSharing } from '../lan-session'
import { Library } from '../library/library'
import { newToken } from '../serve/token'
import { libraryDocProvider } from '../serve/library-doc-provider'
import { hostHolders, libraryRpc } from '../serve/library-rpc'
import { createWsSyncServer } from '../sync'
import type { SyncHub } from '../sync'
import type { HostServicesFactory } from './host-services'

/**
 * A library that never held a dossier (none, and none in the trash) gets the built-in sample, so
 * the app's first start opens on something, as `npm start -- --browser` (`serve --sample`) does.
 */
export const addSampleOnFirstUse = async (library: Library): Promise<string | null> => {
  if ((await library.ids()).length > 0 || (await library.listTrash()).length > 0) return null
  return library.createSample()
}

/** The desktop host serves the durable library in the app's data folder, as `dossier serve` does. */
export const createHostServices: HostServicesFactory = async (libraryDir, options = {}) => {
  const { keyProtection } = options
  const library = await Library.open(
    libraryDir,
    keyProtection === undefined ? {} : { keyProtection },
  )
  await addSampleOnFirstUse(library)
  // LAN connections reach the hub once it exists (publish); until then they are turned away.
  let hub: SyncHub | null = null
  const lanText = process.env.DOSSIER_LAN_LISTEN ?? '0.0.0.0'
  const lanListen = parseLanListen(lanText)
  // Never silently widened to every interface (what someone who set the variable may have meant
  // to avoid): the LAN endpoint stays closed and the Share panel says why.
  const listenProblem =
    lanListen === null
      ? `DOSSIER_LAN_LISTEN="${lanText.slice(0, 80)}" is not an address to listen on (ADDR, ADDR:PORT, [V6]:PORT or :PORT); fix it and restart the app`
      : undefined
  const sharing = await startSharing({
    library,
    connect: (transport, options) =>
      hub === null
        ? transport.close(1013, 'the host is starting')
        : hub.connect(transport, options),
    ...(lanListen === null ? {} : { listen: lanListen }),
    ...(listenProblem === undefined ? {} : { listenProblem }),
    onProblem: (line) => console.error(line),
  })
  const { lan } = sharing
  const docs = libraryDocProvider(library, (error) => console.error(error))
  // Trashing a dossier looks at who holds it: the hub's connections, warm dossiers, sharing.
  const holders = hostHolders({ hub: () => hub, docs, lan, relays: sharing.relays })
  return {
    docs,
    rpc: { ...libraryRpc(library, undefined, lan.localKey, holders), ...sharing.rpc },
    publish: async (published) => {
      hub = published
      const token = newToken()
      const sync = await createWsSyncServer({ hub: published, token, host: '127.0.0.1', port: 0 })
      await library.lock.setEndpoint({ url: sync.url, token })
      return async () => {
        await sharing.close()
        await library.lock.setEndpoint(undefined).catch(() => undefined)
        await sync.close()
      }
    },
    close: async () => {
      await sharing.close()
      await library.close()
    },
  }
}
