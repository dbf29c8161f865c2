import { useId } from 'react'
import { ROLES, type MemberSummary, type Role } from '../../../shared/protocol'
import { ROLE_WORDS } from '../../logic/role-words'
import type { SharingRpc } from '../../state/sharing-rpc'
import { FormError } from '../FormError'
import { ConfirmAction } from './ConfirmAction'
import { useAction } from './use-action'
import type { ApplySharing } from './use-sharing'

interface Props {
  readonly members: readonly MemberSummary[]
  /** Null for a viewer: the list, no actions. */
  readonly manage: {
    readonly rpc: SharingRpc
    readonly dossierId: string
    readonly apply: ApplySharing
  } | null
}

const isRole = (value: string): value is Role => (ROLES as readonly string[]).includes(value)

const Presence = ({ member }: { member: MemberSummary }) =>
  member.you ? (
    <span className="member-presence muted">this computer</span>
  ) : member.online ? (
    <span className="member-presence member-online">
      <span className="presence-dot" aria-hidden="true" />
      online
      {member.address !== null && (
        <>
          {' '}
          at <span className="mono">{member.address}</span>
        </>
      )}
    </span>
  ) : (
    <span className="member-presence member-offline">
      <span className="presence-dot" aria-hidden="true" />
      offline
    </span>
  )

const MemberRow = ({ member, manage }: { member: MemberSummary; manage: Props['manage'] }) => {
  const roleAction = useAction()
  const selectId = useId()
  const errorId = useId()
  const canManage = manage !== null && !member.you
  return (
    <li className="member" data-key={member.key}>
      <div className="member-who">
        <strong className="member-name">{member.name}</strong>
        {member.you && <span className="member-you">you</span>}{' '}
        <span className="key" title={`Device key ${member.key}`}>
          key {member.fingerprint}
        </span>
        <Presence member={member} />
      </div>
      {canManage ? (
        <div className="member-actions">
          <label className="visually-hidden" htmlFor={selectId}>
            Role of {member.name}
          </label>
          <select
            id={selectId}
            value={member.role}
            disabled={roleAction.busy}
            aria-describedby={roleAction.error === null ? undefined : errorId}
            onChange={(event) => {
              const role = event.target.value
              if (!isRole(role)) return
              void roleAction.run(() =>
                manage.apply(
                  manage.rpc.call('role', { id: manage.dossierId, member: member.key, role }),
                ),
              )
            }}
          >
            {ROLES.map((role) => (
              <option key={role} value={role}>
                {ROLE_WORDS[role].label}
              </option>
            ))}
          </select>
          <ConfirmAction
            trigger="Remove…"
            triggerLabel={`Remove ${member.name}…`}
            question={
              <>
                Remove {member.name} from this session? Their device is disconnected and can no
                longer sync this dossier (the session&rsquo;s secret changes). The copy they already
                have stays with them. To let them back, send a new invite.
              </>
            }
            confirm={`Remove ${member.name}`}
            onConfirm={() =>
              manage.apply(manage.rpc.call('revoke', { id: manage.dossierId, target: member.key }))
            }
          />
          <FormError id={errorId} message={roleAction.error} />
        </div>
      ) : (
        <span className="member-role">{ROLE_WORDS[member.role].label}</span>
      )}
    </li>
  )
}

/** "In this session": everyone the host counts as a member, this device first. */
export const MemberList = ({ members, manage }: Props) => {
  const sorted = [...members].sort((a, b) => Number(b.you) - Number(a.you))
  return (
    <ul className="member-list">
      {sorted.map((member) => (
        <MemberRow key={member.key} member={member} manage={manage} />
      ))}
    </ul>
  )
}
