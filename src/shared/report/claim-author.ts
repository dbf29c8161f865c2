import type { Organization, Person } from 'schema-dts'
import type { Attribution } from '../dossier'
import type { ClaimAuthorType } from './claimreview-settings'

/**
 * Who made a claim, as schema.org wants it. An attribution records a name, not whether it names a
 * person or a body, so a name with an institution's word in it ("Interior Ministry", "State News
 * Agency", "Northern Alliance") is an Organization and any other name a Person, with the role as
 * its job title. A wrong guess costs little: the name is what readers see.
 */
const ORGANISATION_WORDS =
  /\b(ministry|ministries|agency|government|office|council|committee|commission|department|army|forces|police|coalition|alliance|front|party|union|organi[sz]ation|association|group|institute|university|hospital|company|corporation|news|press|media|television|tv|radio|observatory|monitor|bureau|authority|court|parliament|assembly|embassy|brigade|movement|network|foundation|federation|league|nations|un|unicef|ngo|inc|ltd)\b/i

export const claimAuthor = (
  attribution: Attribution,
  /** `person` or `organization` when the publisher chose for the whole export. */
  type: ClaimAuthorType = 'guess',
): Person | Organization | null => {
  const name = attribution.who.trim()
  if (name === '') return null
  const organisation = type === 'guess' ? ORGANISATION_WORDS.test(name) : type === 'organization'
  if (organisation) return { '@type': 'Organization', name }
  const role = attribution.role?.trim()
  return { '@type': 'Person', name, ...(role ? { jobTitle: role } : {}) }
}
