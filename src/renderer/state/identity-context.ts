import { createContext, useContext } from 'react'
import type { Signer } from '../../shared/identity'
import type { WindowKeyProtection } from '../storage/window-key-protection'

/** The editor on this device, as the forms need them: a signer and a way to change the name. */
export interface EditorIdentity {
  readonly signer: Signer
  readonly rename: (name: string) => Promise<void>
  /** What guards the key at rest, for the note beside the name. */
  readonly protection?: WindowKeyProtection
}

export const IdentityContext = createContext<EditorIdentity | null>(null)

export const useEditor = (): EditorIdentity => {
  const editor = useContext(IdentityContext)
  if (editor === null) throw new Error('useEditor needs an IdentityContext provider')
  return editor
}
