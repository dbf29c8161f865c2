import { Library } from '../library/library'
import { newToken } from '../serve/desk-server'
import { libraryDocProvider } from '../serve/library-doc-provider'
import { libraryRpc } from '../serve/library-rpc'
import { createWsSyncServer } from '../sync'
import type { HostServicesFactory } from './host-services'

/** The desktop host serves the durable library in the app's data folder, as `dossier serve` does. */
export const createHostServices: HostServicesFactory = async (libraryDir) => {
  const library = await Library.open(libraryDir)
  return {
    docs: libraryDocProvider(library, (error) => console.error(error)),
    rpc: libraryRpc(library),
    publish: async (hub) => {
      const token = newToken()
      const sync = await createWsSyncServer({ hub, token, host: '127.0.0.1', port: 0 })
      await library.lock.setEndpoint({ url: sync.url, token })
      return async () => {
        await library.lock.setEndpoint(undefined).catch(() => undefined)
        await sync.close()
      }
    },
    close: () => library.close(),
  }
}
