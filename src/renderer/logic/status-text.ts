import type { StatusLabel } from '../../shared/dossier'

/** How each status reads in the UI, and what it means for an editor choosing it. */
export const STATUS_TEXT: Readonly<Record<StatusLabel, { title: string; meaning: string }>> = {
  unverified: { title: 'Unverified', meaning: 'Nobody has established this yet.' },
  confirmed: { title: 'Confirmed', meaning: 'Evidence supports the claim.' },
  disputed: { title: 'Disputed', meaning: 'Evidence contradicts it, or credible parties deny it.' },
  retracted: { title: 'Retracted', meaning: 'The speaker or source withdrew or revised it.' },
  conflict: {
    title: 'Conflict',
    meaning: 'Editors decided differently; a decision must resolve it.',
  },
}
