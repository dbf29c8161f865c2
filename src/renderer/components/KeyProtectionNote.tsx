import { useEffect, useState } from 'react'
import { keyProtectionSentence } from '../../shared/identity/key-protection-words'
import { useSharingRpc } from '../state/sharing-rpc'

/**
 * What guards this computer's device key, as the host says (`keyProtection`): sealed by the
 * system keychain, or a file only the account can read. Nothing without a host (local mode), or
 * before it answers; an unanswered question is no claim either way.
 */
export const KeyProtectionNote = ({ id }: { readonly id?: string }) => {
  const rpc = useSharingRpc()
  const [sentence, setSentence] = useState<string | null>(null)
  useEffect(() => {
    if (rpc === null) return
    let cancelled = false
    rpc.call('keyProtection', {}).then(
      ({ kind, problem }) => !cancelled && setSentence(keyProtectionSentence(kind, problem)),
      () => undefined,
    )
    return () => {
      cancelled = true
    }
  }, [rpc])
  if (sentence === null) return null
  return (
    <p className="identity-note" id={id}>
      {sentence}
    </p>
  )
}
