import type { DossierView } from '../../shared/dossier'
import { formatTime } from './format'

/** Why this device may not change the open dossier, in words for the banner; null when it may. */
export type ReadOnlyReason = string | null

/**
 * Whether edits made here would count. The host's LAN device is a member of a shared dossier with
 * a role in its signed members log; every other member's host drops a viewer's or a removed
 * device's changes, so the app must not let them be made in the first place. A dossier with no
 * members log (never shared), or one this device is still being admitted to, is editable.
 */
export const readOnlyReason = (
  dossier: Pick<DossierView, 'members'>,
  memberKey: string | null,
  connectionReadOnly: boolean,
): ReadOnlyReason => {
  if (connectionReadOnly)
    return 'This link to the host is read-only: you can read the dossier and change nothing.'
  if (memberKey === null) return null
  const member = dossier.members().find(({ key }) => key === memberKey)
  if (member === undefined) return null
  if (member.removed)
    return 'This device was removed from the dossier’s LAN session: changes made here would reach no one. You can still read your copy.'
  if (member.role === 'viewer')
    return 'You are a viewer of this dossier: you can read it and change nothing. An editor can make you an editor in Share.'
  return null
}

/** The banner over a frozen version: what it is, and that nothing in it can change. */
export const frozenReason = (version: { id: string; name: string; frozenAt: string }): string =>
  `This is version ${version.id}, “${version.name}”, frozen ${formatTime(version.frozenAt)}: it is read-only. Changes go into the dossier itself.`
