import type { ClaimFieldEdit } from '../../shared/dossier'
import { attributionPhrase } from '../../shared/vocabulary'
import { describeFigure } from './format'

/**
 * A claim edit as the History says it, after the editor's name: "edited the text", "changed the
 * speaker to Dam operator, press office". The value is the field's current one: only the last
 * edit of each field is kept.
 */
export const claimEditPhrase = (edit: ClaimFieldEdit): string => {
  switch (edit.field) {
    case 'text':
      return 'edited the text'
    case 'attribution':
      return `changed the speaker to ${attributionPhrase(edit.value)}`
    case 'kind':
      return `changed the kind to ${edit.value}`
    case 'figures':
      return edit.value.length === 0
        ? 'removed the figures'
        : `changed the figures to ${edit.value.map(describeFigure).join('; ')}`
    case 'tags':
      return edit.value.length === 0
        ? 'removed the tags'
        : `changed the tags to ${edit.value.join(', ')}`
    case 'assignee':
      return edit.value === null ? 'unassigned the claim' : `assigned the claim to ${edit.value}`
    case 'removed':
      return edit.value ? 'removed the claim' : 'put the claim back'
  }
}
