import type { LinkType } from '../../shared/dossier'

/** How a typed link reads from the side of the claim being shown. */
const PHRASES: Readonly<Record<LinkType, { out: string; in: string }>> = {
  revises: { out: 'Revises', in: 'Revised by' },
  contradicts: { out: 'Contradicts', in: 'Contradicted by' },
  supports: { out: 'Supports', in: 'Supported by' },
  'same-as': { out: 'Same as', in: 'Same as' },
}

export const linkPhrase = (type: LinkType, direction: 'out' | 'in'): string =>
  PHRASES[type][direction]
