import { onCleanup } from '../../../support/cleanup'
import { launchYWebsocketServer } from './y-websocket-process'
import type { YWebsocketServer } from './y-websocket-process'

export type { YWebsocketServer }

/** `launchYWebsocketServer`, stopped after the test. */
export const startYWebsocketServer = async (port?: number): Promise<YWebsocketServer> => {
  const server = await launchYWebsocketServer(port)
  onCleanup(() => server.stop())
  return server
}
