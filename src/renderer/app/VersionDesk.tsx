import { useEffect, useMemo, useState } from 'react'
import * as Y from 'yjs'
import { Dossier } from '../../shared/dossier'
import type { RpcResult } from '../../shared/protocol'
import { BootScreen } from '../components/BootScreen'
import { DossierWaiting } from '../components/DossierWaiting'
import type { HostDesk } from '../state/host-context'
import { ReplicaViewStore } from '../state/replica-view-store'
import type { DeviceIdentity } from '../storage/device-identity'
import type { LibraryClient } from '../sync/library-client'
import { Desk } from './Desk'
import { LIBRARY_HREF, dossierHref } from './route'
import { errorMessage } from '../logic/format'

interface Props {
  readonly library: LibraryClient
  readonly description: string
  readonly dossierId: string
  readonly version: string
  readonly identity: DeviceIdentity
}

type Loaded =
  | { readonly kind: 'loading' }
  | { readonly kind: 'failed'; readonly message: string }
  | {
      readonly kind: 'open'
      readonly store: ReplicaViewStore
      readonly version: RpcResult<'version'>['version']
    }

/** The frozen state, as bytes, into a dossier of its own: it never syncs with anything. */
const openFrozen = (base64: string): ReplicaViewStore => {
  const bytes = Uint8Array.from(atob(base64), (char) => char.charCodeAt(0))
  const doc = new Y.Doc()
  Y.applyUpdate(doc, bytes)
  return new ReplicaViewStore(Dossier.open(doc))
}

const NO_STATUS: HostDesk['status'] = {
  link: { kind: 'live' },
  hasCopy: true,
  cacheProblem: null,
}

/**
 * A frozen version of a dossier, read-only, in the same three panes as the dossier itself: the
 * host sends its state once, and nothing here changes it.
 */
export const VersionDesk = ({ library, description, dossierId, version, identity }: Props) => {
  const [loaded, setLoaded] = useState<Loaded>({ kind: 'loading' })
  useEffect(() => {
    let cancelled = false
    let opened: ReplicaViewStore | null = null
    library
      .whenLive()
      .then(() =>
        library.call('version', { id: dossierId, version }).then((answer) => {
          if (cancelled) return
          opened = openFrozen(answer.state)
          setLoaded({ kind: 'open', store: opened, version: answer.version })
        }),
      )
      .catch((error: unknown) => {
        if (!cancelled) setLoaded({ kind: 'failed', message: errorMessage(error) })
      })
    return () => {
      cancelled = true
      opened?.dispose()
      opened?.dossier.destroy()
      opened?.dossier.doc.destroy()
    }
  }, [library, dossierId, version])

  const host = useMemo<HostDesk | null>(
    () =>
      loaded.kind !== 'open'
        ? null
        : {
            status: NO_STATUS,
            others: [],
            retryNow: () => undefined,
            description,
            libraryHref: LIBRARY_HREF,
            setOpenClaim: () => undefined,
            memberKey: null,
            readOnly: true,
            frozen: { ...loaded.version, dossierHref: dossierHref(dossierId) },
          },
    [loaded, description, dossierId],
  )

  if (loaded.kind === 'failed')
    return (
      <DossierWaiting
        title={`Version ${version} could not be opened`}
        message={loaded.message}
        libraryHref={dossierHref(dossierId)}
      />
    )
  if (loaded.kind === 'loading' || host === null) return <BootScreen />
  return (
    <Desk store={loaded.store} identity={identity} identityStore={null} persistent host={host} />
  )
}
