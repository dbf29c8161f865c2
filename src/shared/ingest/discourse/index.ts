export { Discourse } from './discourse'
export type { Resolved } from './resolved'
