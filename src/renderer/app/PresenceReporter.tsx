import { useEffect } from 'react'
import { useEditor } from '../state/identity-context'
import type { DossierReplica } from '../sync/dossier-replica'

interface Props {
  readonly replica: DossierReplica
  readonly claimId: string | null
}

/** Tells the other editors who is here and which claim is open; renders nothing. */
export const PresenceReporter = ({ replica, claimId }: Props) => {
  const { signer } = useEditor()
  useEffect(() => {
    replica.setPresence({
      user: { name: signer.name, key: signer.publicKey },
      dossierId: replica.dossierId,
      claimId,
    })
  }, [replica, signer.name, signer.publicKey, claimId])
  return null
}
