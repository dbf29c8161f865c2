import { useId, useState, type FormEvent } from 'react'
import { ROLES, type Role } from '../../../shared/protocol'
import { EXPIRY_CHOICES, expiresInMsOf, isExpiryChoice } from '../../logic/invite-expiry'
import type { ExpiryChoice } from '../../logic/invite-expiry'
import { ROLE_WORDS } from '../../logic/role-words'
import type { SharingRpc } from '../../state/sharing-rpc'
import { FormError } from '../FormError'
import { useAction } from './use-action'
import type { ApplySharing } from './use-sharing'

interface Props {
  readonly rpc: SharingRpc
  readonly dossierId: string
  readonly apply: ApplySharing
  /** The new invite's id, to show its link. */
  readonly onCreated: (inviteId: string) => void
}

const isRole = (value: string): value is Role => (ROLES as readonly string[]).includes(value)

/** "Invite someone": a role and an expiry make an invite (and start sharing, the first time). */
export const InviteForm = ({ rpc, dossierId, apply, onCreated }: Props) => {
  const [role, setRole] = useState<Role>('editor')
  const [expiry, setExpiry] = useState<ExpiryChoice>('1d')
  const action = useAction()
  const roleId = useId()
  const expiryId = useId()
  const errorId = useId()

  const create = (event: FormEvent) => {
    event.preventDefault()
    const expiresInMs = expiresInMsOf(expiry)
    void action.run(async () => {
      const { invite } = await apply(
        rpc.call('share', {
          id: dossierId,
          role,
          ...(expiresInMs === undefined ? {} : { expiresInMs }),
        }),
      )
      onCreated(invite.id)
    })
  }

  return (
    <form
      className="invite-form"
      onSubmit={create}
      aria-describedby={action.error === null ? undefined : errorId}
    >
      <div className="field">
        <label htmlFor={roleId}>Role</label>
        <select
          id={roleId}
          value={role}
          onChange={(event) => isRole(event.target.value) && setRole(event.target.value)}
        >
          {ROLES.map((value) => (
            <option key={value} value={value}>
              {ROLE_WORDS[value].label}: {ROLE_WORDS[value].meaning}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={expiryId}>Expires</label>
        <select
          id={expiryId}
          value={expiry}
          onChange={(event) => isExpiryChoice(event.target.value) && setExpiry(event.target.value)}
        >
          {EXPIRY_CHOICES.map((choice) => (
            <option key={choice.value} value={choice.value}>
              {choice.ms === null ? choice.label : `After ${choice.label}`}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" disabled={action.busy}>
        {action.busy ? 'Creating…' : 'Create invite'}
      </button>
      <FormError id={errorId} message={action.error} />
    </form>
  )
}
