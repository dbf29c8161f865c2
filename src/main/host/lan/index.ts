export { startLanListener } from './lan-listener'
export type {
  LanListener,
  LanListenerEvent,
  LanListenerOptions,
  LanPeer,
  LanRefusal,
} from './lan-listener'
export { dialLan } from './dial-lan'
export type { LanDialOptions, LanDialProblem, LanDialResult } from './dial-lan'
export { admitInvitesAndMembers } from './admission'
export type { LanAdmission, LanPeerIdentity } from './admission'
export type { LanCandidate, LanGrant } from './handshake'
export { LAN_PROTOCOL_VERSION } from './handshake'
export { derivePsk, SECRET_BYTES } from './psk'
export { pairSecret } from './pair-secret'
export type { SecretPurpose } from './psk'
export { noiseKeyPair } from './device-keypair'
