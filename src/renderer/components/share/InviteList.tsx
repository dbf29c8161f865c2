import type { InviteSummary } from '../../../shared/protocol'
import { formatTime } from '../../logic/format'
import { INVITE_STATE_WORDS, ROLE_WORDS } from '../../logic/role-words'
import type { SharingRpc } from '../../state/sharing-rpc'
import { ConfirmAction } from './ConfirmAction'
import type { ApplySharing } from './use-sharing'

interface Props {
  readonly invites: readonly InviteSummary[]
  readonly rpc: SharingRpc
  readonly dossierId: string
  readonly apply: ApplySharing
  /** Shows an open invite's link and QR code again. */
  readonly onShow: (inviteId: string) => void
}

const expiryText = (invite: InviteSummary): string =>
  invite.expiresAt === null ? 'no expiry' : `expires ${formatTime(invite.expiresAt)}`

/** The invites this host made for the dossier, newest first; an unused one can be revoked. */
export const InviteList = ({ invites, rpc, dossierId, apply, onShow }: Props) => {
  const newestFirst = [...invites].sort((a, b) => b.created.localeCompare(a.created))
  return (
    <ul className="invite-list">
      {newestFirst.map((invite) => (
        <li key={invite.id} className="invite" data-state={invite.state}>
          <div className="invite-what">
            <strong>{ROLE_WORDS[invite.role].label}</strong>{' '}
            <span className="muted">
              made {formatTime(invite.created)}, {expiryText(invite)}
            </span>{' '}
            <span className={`invite-state invite-state-${invite.state}`}>
              {INVITE_STATE_WORDS[invite.state]}
            </span>
          </div>
          {invite.state === 'open' && (
            <div className="invite-actions">
              <button
                type="button"
                className="link-button"
                aria-label={`Show the link of the ${ROLE_WORDS[invite.role].label.toLowerCase()} invite made ${formatTime(invite.created)}`}
                onClick={() => onShow(invite.id)}
              >
                Show link
              </button>
              <ConfirmAction
                trigger="Revoke"
                triggerLabel={`Revoke the ${ROLE_WORDS[invite.role].label.toLowerCase()} invite made ${formatTime(invite.created)}`}
                question="Revoke this invite? Whoever has the link can no longer join with it."
                confirm="Revoke invite"
                onConfirm={() => apply(rpc.call('revoke', { id: dossierId, target: invite.id }))}
              />
            </div>
          )}
        </li>
      ))}
    </ul>
  )
}
