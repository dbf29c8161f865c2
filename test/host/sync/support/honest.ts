import { expect } from 'vitest'
import { Dossier } from '../../../../src/shared/dossier'
import { alice } from '../../../support/dossier-fixtures'
import { eventually } from './eventually'
import type { HubFixture } from './hub-fixture'
import { portReplica, wsReplica } from './replicas'
import type { Replica } from './replicas'

export interface HonestPair {
  readonly socket: Replica
  readonly port: Replica
  /** One replica adds a claim; the other must see it through the hub. */
  stillSyncing(label: string): Promise<void>
}

/** Two honest editors on the hub, one per transport, to prove an attack cost nobody else. */
export const honestPair = async (fixture: HubFixture): Promise<HonestPair> => {
  const socket = await wsReplica(fixture.server.url, fixture.dossierId, fixture.token)
  const port = portReplica(fixture.hub, fixture.dossierId)
  await Promise.all([socket.synced, port.synced])
  let turn = 0
  return {
    socket,
    port,
    stillSyncing: async (label) => {
      const [from, to] = turn++ % 2 === 0 ? [socket, port] : [port, socket]
      const text = `Still syncing after ${label}`
      Dossier.open(from.doc).addClaim({ text, attribution: { who: 'Desk' }, kind: 'other' }, alice)
      await eventually(() =>
        expect(
          Dossier.open(to.doc)
            .claims()
            .map((claim) => claim.text),
        ).toContain(text),
      )
      expect(socket.isOpen() && port.isOpen()).toBe(true)
    },
  }
}
