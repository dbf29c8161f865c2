export {
  RELAY_MODES,
  RELAY_PROTOCOLS,
  readRelayUrl,
  relayRoomUrl,
  relaySettingsSchema,
  relayUrlSchema,
} from './relay-settings'
export type { RelayMode, RelayProtocol, RelaySettings, RelayUrlRead } from './relay-settings'
export { MAX_DOOR_MEMBERS, doorAnswerSchema, doorKnockSchema } from './door-message'
export type { DoorAnswer, DoorKnock, DoorMember } from './door-message'
