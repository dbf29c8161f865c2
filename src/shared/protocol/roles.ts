/** Editors change the dossier; viewers receive every change and may not make any. */
export const ROLES = ['editor', 'viewer'] as const
export type Role = (typeof ROLES)[number]
