import { useEffect, useState } from 'react'
import { useEditor } from '../state/identity-context'
import { useSharingRpc } from '../state/sharing-rpc'
import {
  isDesktopWindow,
  keyProtectionNoteText,
  NOT_SAVED,
  type HostKeyProtection,
} from '../storage/window-key-protection'

/**
 * What guards the key this page signs with (sealed by the system keychain, in the app's data
 * folder, in the browser's storage), and in the desktop app this computer's device key as the
 * host says (`keyProtection`). An unanswered host question is no claim about its key either way.
 */
export const KeyProtectionNote = ({ id }: { readonly id?: string }) => {
  const protection = useEditor().protection ?? NOT_SAVED
  const rpc = useSharingRpc()
  const [host, setHost] = useState<HostKeyProtection | null>(null)
  const desktop = isDesktopWindow(protection)
  useEffect(() => {
    if (rpc === null || !desktop) return
    let cancelled = false
    rpc.call('keyProtection', {}).then(
      ({ kind, problem }) => !cancelled && setHost({ kind, problem }),
      () => undefined,
    )
    return () => {
      cancelled = true
    }
  }, [rpc, desktop])
  return (
    <p className="identity-note" id={id}>
      {keyProtectionNoteText(protection, host)}
    </p>
  )
}
