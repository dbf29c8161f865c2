import * as Y from 'yjs'
import { Dossier, NotADossierError } from '../../../shared/dossier'
import { ClientSession, PEER_HOST_FRAME_LIMITS, RpcError } from '../../../shared/protocol'
import type { RelaySettings } from '../../../shared/relay'
import type { Transport } from '../../../shared/transport'
import type { Library } from '../library/library'

/** How long the relay gets to hand over the whole dossier. */
const FETCH_TIMEOUT_MS = 60_000

/**
 * Brings dossier `dossierId` into the library from its relay room (plain mode: the room holds the
 * dossier as it is): syncs an empty document with the room, checks that what arrived is that
 * dossier, and stores it. Fails in words: unreachable, an empty room, not a dossier, another one.
 */
export const fetchFromRelay = async (
  library: Library,
  settings: RelaySettings,
  dossierId: string,
  dial: (settings: RelaySettings, dossierId: string) => Transport,
): Promise<void> => {
  const doc = await syncFromRelay(settings, dossierId, dial)
  await storeFetched(library, doc, dossierId, `the relay at ${settings.url}`)
}

/**
 * Stores what a relay room gave (`doc`, destroyed here) as dossier `dossierId` of the library,
 * once it is checked to be that dossier. `where` names the relay in the errors.
 */
export const storeFetched = async (
  library: Library,
  doc: Y.Doc,
  dossierId: string,
  where: string,
): Promise<void> => {
  if (doc.store.clients.size === 0) {
    doc.destroy()
    throw new RpcError(
      'not-found',
      `${where} has no dossier ${dossierId} (its room is empty): relay it from a host that has it first`,
    )
  }
  const state = Y.encodeStateAsUpdate(doc)
  doc.destroy()
  await library.add((fresh) => {
    Y.applyUpdate(fresh, state)
    let dossier: Dossier
    try {
      dossier = Dossier.open(fresh)
    } catch (error) {
      if (error instanceof NotADossierError)
        throw new RpcError('invalid-params', `${where}: the room of ${dossierId} holds no dossier`)
      throw error
    }
    if (dossier.id !== dossierId)
      throw new RpcError(
        'invalid-params',
        `${where}: the room of ${dossierId} holds another dossier (${dossier.id})`,
      )
    return dossier
  })
}

/** A fresh document synced once with the relay room `dossierId`; the connection is then closed. */
export const syncFromRelay = async (
  settings: RelaySettings,
  dossierId: string,
  dial: (settings: RelaySettings, dossierId: string) => Transport,
): Promise<Y.Doc> => {
  const doc = new Y.Doc()
  const transport = dial(settings, dossierId)
  try {
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(
        () =>
          reject(new RpcError('unreachable', `${settings.url} did not send the dossier in time`)),
        FETCH_TIMEOUT_MS,
      )
      fetchSession(transport, doc, settings.url, 'the relay', {
        onSynced: () => {
          clearTimeout(timer)
          resolve()
        },
        fail: (error) => {
          clearTimeout(timer)
          reject(error)
        },
      })
    })
  } finally {
    transport.close()
  }
  return doc
}

/**
 * A replica session syncing `doc` with what `transport` brings from a relay (`what` names it in
 * errors), for a fetch: its failures, a broken protocol or a connection closed before the first
 * sync, reach `fail` as RpcErrors in words.
 */
export const fetchSession = (
  transport: Transport,
  doc: Y.Doc,
  url: string,
  what: string,
  events: { onSynced(): void; fail(error: RpcError): void },
): void => {
  const session = new ClientSession({
    doc,
    send: (bytes) => transport.send(bytes),
    limits: PEER_HOST_FRAME_LIMITS,
    onSynced: () => events.onSynced(),
    onProtocolError: (reason) =>
      events.fail(new RpcError('unreachable', `${what} broke the protocol: ${reason}`)),
  })
  transport.onMessage((bytes) => session.receive(bytes))
  transport.onOpen(() => session.start())
  transport.onClose(({ code, reason }) => {
    session.destroy()
    events.fail(
      new RpcError(
        'unreachable',
        `${url} closed the connection before sending the dossier (${code}${reason === '' ? '' : `: ${reason}`})`,
      ),
    )
  })
}
