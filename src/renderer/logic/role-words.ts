import type { Role } from '../../shared/protocol'

/**
 * What the Share panel calls each role and what it lets a person do. (The shared vocabulary has
 * no roles yet; when the CLI names them too, this belongs in src/shared/vocabulary.)
 */
export const ROLE_WORDS: Readonly<
  Record<Role, { readonly label: string; readonly meaning: string }>
> = {
  editor: { label: 'Editor', meaning: 'can change the dossier' },
  viewer: { label: 'Viewer', meaning: 'can read it, change nothing' },
}

export const INVITE_STATE_WORDS = {
  open: 'Not used yet',
  used: 'Used',
  expired: 'Expired',
  revoked: 'Revoked',
} as const
