export {
  RELAY_MODES,
  RELAY_PROTOCOLS,
  readRelayUrl,
  relayRoomUrl,
  relaySettingsSchema,
  relayUrlSchema,
} from './relay-settings'
export type { RelayMode, RelayProtocol, RelaySettings, RelayUrlRead } from './relay-settings'
