import { useMemo, useState } from 'react'
import { DeskLayout } from '../components/DeskLayout'
import { renameDevice } from '../storage/device-identity'
import { DossierContext } from '../state/hooks'
import { IdentityContext, type EditorIdentity } from '../state/identity-context'
import type { DeskSession } from './desk-session'

/** Provides the open dossier and the editor's identity to everything below. */
export const Desk = ({ session }: { readonly session: DeskSession }) => {
  const [identity, setIdentity] = useState(session.identity)
  const editor = useMemo<EditorIdentity>(
    () => ({
      signer: identity.signer,
      rename: async (name) =>
        setIdentity(await renameDevice(session.identityStore, identity, name)),
    }),
    [identity, session.identityStore],
  )
  return (
    <DossierContext.Provider value={session.store}>
      <IdentityContext.Provider value={editor}>
        <DeskLayout persistent={session.replica.persistent} />
      </IdentityContext.Provider>
    </DossierContext.Provider>
  )
}
