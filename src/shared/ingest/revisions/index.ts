/**
 * Revisions of a figure: "raised the toll from 12 to 30", "78 percent, not 81 percent", "lowering
 * its earlier figure", "initially scheduled for 4 June, will now take place on 18 June".
 */
export { findRevisions } from './find-revisions'
export { passiveRevision } from './passive-revision'
export type { Revision } from './revision'
