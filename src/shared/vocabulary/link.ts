import type { LinkType } from '../dossier'

/** How a typed link between claims reads from the side of the claim being shown. */
const LINK_PHRASES: Readonly<Record<LinkType, { out: string; in: string }>> = {
  revises: { out: 'revises', in: 'revised by' },
  contradicts: { out: 'contradicts', in: 'contradicted by' },
  supports: { out: 'supports', in: 'supported by' },
  'same-as': { out: 'same as', in: 'same as' },
}

/** "revises", "contradicted by": followed by the other claim ("revises #3"). */
export const linkPhrase = (type: LinkType, direction: 'out' | 'in'): string =>
  LINK_PHRASES[type][direction]

/** The phrase opening a line or a label: "Revised by". */
export const capitalise = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1)
