import { isPublicKey, shortKey } from '../identity'
import type { Signer } from '../identity'
import { DossierInputError } from './dossier-errors'
import type { Membership } from './membership'
import { signMemberEntry } from './membership-entry'
import type { MemberEntryBody } from './membership-entry'
import { MEMBER_ROLES, memberEntrySchema } from './schema'
import type { MemberEntry, MemberRole } from './schema'

/**
 * The member entries a write makes, after checking the signer may make them. The derivation
 * would ignore an entry by a non-editor anyway; refusing here tells the editor why.
 */

export interface NewMember {
  readonly key: string
  readonly name: string
  readonly role: MemberRole
  /** The invite the device accepted, if it came through one. */
  readonly invite?: string
}

/**
 * Admits a device. In a dossier not shared yet (no member entry counts), the signer first founds
 * the membership by admitting itself as an editor, in the same write.
 */
export const admissionEntries = (
  membership: Membership,
  input: NewMember,
  signer: Signer,
  at: string,
): MemberEntry[] => {
  if (!isPublicKey(input.key)) throw new DossierInputError('a device key is 64 hex characters')
  if (!MEMBER_ROLES.includes(input.role))
    throw new DossierInputError(`a member's role is one of ${MEMBER_ROLES.join(', ')}`)
  if (input.name.trim() === '') throw new DossierInputError("a member's name cannot be empty")
  const entries: MemberEntry[] = []
  let after = membership.heads
  if (membership.counted.size === 0) {
    if (input.key === signer.publicKey && input.role !== 'editor')
      throw new DossierInputError('the member who shares a dossier first must be an editor')
    const genesis = checked(
      {
        kind: 'admit',
        key: signer.publicKey,
        by: signer.publicKey,
        after: [],
        at,
        name: signer.name,
        role: 'editor',
      },
      signer,
    )
    entries.push(genesis)
    if (input.key === signer.publicKey) return entries
    after = [genesis.id]
  } else {
    requireEditor(membership, signer)
    const role = membership.roleOf(input.key)
    if (role !== null)
      throw new DossierInputError(
        `${input.name} (${shortKey(input.key)}) is already a member (${role}); change their role instead`,
      )
  }
  entries.push(
    checked(
      {
        kind: 'admit',
        key: input.key,
        by: signer.publicKey,
        after: [...after],
        at,
        name: input.name,
        role: input.role,
        ...(input.invite === undefined ? {} : { invite: input.invite }),
      },
      signer,
    ),
  )
  return entries
}

export const roleChangeEntry = (
  membership: Membership,
  key: string,
  role: MemberRole,
  signer: Signer,
  at: string,
): MemberEntry => {
  if (!MEMBER_ROLES.includes(role))
    throw new DossierInputError(`a member's role is one of ${MEMBER_ROLES.join(', ')}`)
  requireEditor(membership, signer)
  const current = requireMember(membership, key)
  if (current === role) throw new DossierInputError(`${shortKey(key)} is already a ${role}`)
  if (role === 'viewer') requireAnotherEditor(membership, key, 'make them a viewer')
  return checked(
    { kind: 'role', key, by: signer.publicKey, after: [...membership.heads], at, role },
    signer,
  )
}

export const removalEntry = (
  membership: Membership,
  key: string,
  signer: Signer,
  at: string,
  reason?: string,
): MemberEntry => {
  requireEditor(membership, signer)
  requireMember(membership, key)
  requireAnotherEditor(membership, key, 'remove them')
  return checked(
    {
      kind: 'remove',
      key,
      by: signer.publicKey,
      after: [...membership.heads],
      at,
      ...(reason === undefined ? {} : { reason }),
    },
    signer,
  )
}

const requireEditor = (membership: Membership, signer: Signer): void => {
  const role = membership.roleOf(signer.publicKey)
  if (role !== 'editor') {
    throw new DossierInputError(
      `${signer.name} (${shortKey(signer.publicKey)}) is ${role === 'viewer' ? 'a viewer' : 'not a member'} of this dossier; only its editors can change who is a member`,
    )
  }
}

const requireMember = (membership: Membership, key: string): MemberRole => {
  const role = membership.roleOf(key)
  if (role === null) throw new DossierInputError(`${shortKey(key)} is not a member of this dossier`)
  return role
}

/** A dossier whose last editor left could never admit anyone again. */
const requireAnotherEditor = (membership: Membership, key: string, action: string): void => {
  if (membership.roleOf(key) !== 'editor') return
  const others = membership.members.some(
    (member) => member.key !== key && !member.removed && member.role === 'editor',
  )
  if (!others)
    throw new DossierInputError(
      `${shortKey(key)} is the dossier's last editor; make someone else an editor before you ${action}`,
    )
}

const checked = (body: MemberEntryBody, signer: Signer): MemberEntry => {
  const entry = signMemberEntry(body, signer)
  const result = memberEntrySchema.safeParse(entry)
  if (!result.success) {
    const issue = result.error.issues[0]
    throw new DossierInputError(
      `invalid member entry: ${issue ? `${issue.path.join('.') || 'value'} ${issue.message}` : 'rejected'}`,
    )
  }
  return entry
}
