export { RelayLinks } from './relay-links'
export type { RelayLinksOptions } from './relay-links'
