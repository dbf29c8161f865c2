import { useEffect, useState } from 'react'
import { useEditor } from '../state/identity-context'
import type { DossierReplica } from '../sync/dossier-replica'
import { localSourceSelection } from '../sync/local-source-selection'

interface Props {
  readonly replica: DossierReplica
  readonly claimId: string | null
}

/**
 * Tells the other editors who is here, which claim is open and where this editor's selection is
 * in the source text; renders nothing.
 */
export const PresenceReporter = ({ replica, claimId }: Props) => {
  const { signer } = useEditor()
  const dossierId = replica.dossierId
  const doc = replica.doc
  const [source, setSource] = useState(() => localSourceSelection.get(doc))
  useEffect(() => {
    const update = () => setSource(localSourceSelection.get(doc))
    update()
    return localSourceSelection.subscribe(update)
  }, [doc])
  useEffect(() => {
    replica.setPresence({
      user: { name: signer.name, key: signer.publicKey },
      dossierId,
      claimId,
      source,
    })
  }, [replica, signer.name, signer.publicKey, dossierId, claimId, source])
  return null
}
