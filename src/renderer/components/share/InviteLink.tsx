import { useId, useRef, useState } from 'react'
import type { InviteSummary } from '../../../shared/protocol'
import { formatTime } from '../../logic/format'
import { inviteReach } from '../../logic/invite-reach'
import { ROLE_WORDS } from '../../logic/role-words'
import { QrCode } from './QrCode'

type CopyState = 'idle' | 'copied' | 'refused'

/** Puts `text` on the clipboard; false when the browser refuses (no permission, no API). */
const copyText = async (text: string): Promise<boolean> => {
  try {
    // The Clipboard API may be missing altogether (an insecure context).
    if (typeof navigator.clipboard?.writeText !== 'function') return false
    await navigator.clipboard.writeText(text)
    return true
  } catch {
    return false
  }
}

interface Props {
  readonly invite: InviteSummary
  /** Where this host listens: the addresses the link sends the joiner to. */
  readonly listening: readonly string[]
}

/** A new invite, to pass on: the link to copy, the same link as a QR code, and what it does. */
export const InviteLink = ({ invite, listening }: Props) => {
  const fieldId = useId()
  const noteId = useId()
  const field = useRef<HTMLInputElement>(null)
  const [copy, setCopy] = useState<CopyState>('idle')

  const copyLink = async () => {
    if (await copyText(invite.link)) return setCopy('copied')
    // Refused: the link is selected instead, for the keyboard's copy.
    field.current?.focus()
    field.current?.select()
    setCopy('refused')
  }

  const role = ROLE_WORDS[invite.role]
  return (
    <div className="invite-link">
      <div className="invite-link-text">
        <label htmlFor={fieldId}>Invite link</label>
        <div className="invite-link-row">
          <input
            id={fieldId}
            ref={field}
            className="mono"
            value={invite.link}
            readOnly
            aria-describedby={noteId}
            onFocus={(event) => event.currentTarget.select()}
          />
          <button type="button" onClick={() => void copyLink()}>
            Copy link
          </button>
        </div>
        <div role="status" className="copy-status">
          {copy === 'copied' && (
            <p className="form-done">Copied. Send it to the person you invite.</p>
          )}
          {copy === 'refused' && (
            <p className="form-error">
              The browser did not allow copying: the link is selected, press Ctrl+C (⌘C on a Mac).
            </p>
          )}
        </div>
        <p id={noteId} className="muted">
          For one person, as {role.label.toLowerCase()} ({role.meaning}). It works once
          {invite.expiresAt === null ? '' : `, until ${formatTime(invite.expiresAt)}`}: after that,
          make a new one. {inviteReach(invite.link, listening)}
        </p>
      </div>
      <QrCode
        text={invite.link}
        label="QR code of the invite, for the camera of a phone or tablet"
      />
    </div>
  )
}
