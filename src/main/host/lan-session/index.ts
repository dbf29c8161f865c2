export { LanSessions } from './lan-sessions'
export type { LanSessionsOptions, MemberLink } from './lan-sessions'
export { lanRpc } from './lan-rpc'
export { DEFAULT_LAN_LISTEN, parseLanListen } from './listen-address'
