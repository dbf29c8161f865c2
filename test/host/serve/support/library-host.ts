import * as fs from 'node:fs/promises'
import * as path from 'node:path'
import { Library } from '../../../../src/main/host/library/library'
import { startDeskServer } from '../../../../src/main/host/serve/desk-server'
import type { DeskServer } from '../../../../src/main/host/serve/desk-server'
import { LIBRARY_ROOM } from '../../../../src/shared/protocol'
import type { RpcMethod, RpcParamsInput, RpcResult } from '../../../../src/shared/protocol'
import { onCleanup } from '../../../support/cleanup'
import { sessionClient } from '../../../support/session-client'
import { tempDir } from '../../../support/temp-dir'
import { libraryWithDossier } from './serve-library'

export interface LibraryHost {
  /** The library folder. */
  readonly data: string
  /** The dossier the library was made with (three claims by alice, "Dam failure"). */
  readonly id: string
  readonly library: Library
  /** `dossier serve` in this process: its hub, LAN sessions, relays and WebSocket endpoint. */
  readonly server: DeskServer
  /** An RPC call over a real WebSocket to the library room, as an editor. */
  call<M extends RpcMethod>(method: M, params: RpcParamsInput<M>): Promise<RpcResult<M>>
}

/**
 * A library with one dossier, served as `dossier serve` serves it (`startDeskServer`: the same
 * hub, RPC, warm dossiers, LAN sessions on 127.0.0.1 and relays), with no web app. Stopped
 * after the test.
 */
export const libraryHost = async (): Promise<LibraryHost> => {
  const dir = await tempDir()
  const data = path.join(dir, 'library')
  const id = await libraryWithDossier(data)
  const rendererDir = path.join(dir, 'web')
  await fs.mkdir(rendererDir)
  const library = await Library.open(data)
  const server = await startDeskServer({
    library,
    rendererDir,
    lanListen: { host: '127.0.0.1', port: 0 },
  })
  onCleanup(async () => {
    await server.close()
    await library.close()
  })
  const client = await sessionClient(server.syncUrl, LIBRARY_ROOM, server.token)
  await client.synced
  return {
    data,
    id,
    library,
    server,
    call: (method, params) => client.session.rpc.call(method, params),
  }
}
