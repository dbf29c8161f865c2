import * as path from 'node:path'
import { cli } from '../../../support/run-cli'
import type { CliResult } from '../../../support/run-cli'
import { tempDir } from '../../../support/temp-dir'
import { libraryWithDossier } from '../../serve/support/serve-library'
import { startYWebsocketServer } from './y-websocket-server'

/**
 * What the relay tests through the CLI and the app start from: a real y-websocket relay, Alice's
 * library holding the sample dossier, Bob's empty one, and the CLI run against either.
 */
export const relayDesks = async () => {
  const relay = await startYWebsocketServer()
  const root = await tempDir()
  const aliceData = path.join(root, 'alice')
  const bobData = path.join(root, 'bob')
  const id = await libraryWithDossier(aliceData)
  const run = (data: string, ...args: string[]): Promise<CliResult> =>
    cli([...args, '--data', data], { cwd: root })
  return { relay, root, aliceData, bobData, id, run }
}
