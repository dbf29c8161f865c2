import type { RelayStatusWire } from '../../shared/protocol'
import { formatTime } from './format'

/** The relay's state in one sentence, as the Share panel shows it. */
export const relayStateText = (relay: RelayStatusWire): string => {
  const heard = relay.lastHeard === null ? '' : ` Last heard from ${formatTime(relay.lastHeard)}.`
  switch (relay.state) {
    case 'connecting':
      return `Connecting to the relay…${heard}`
    case 'connected':
      return `Connected: changes go through the relay as they are made.${heard}`
    case 'retrying':
      return `Not connected; trying again${relay.retryInMs === null ? ' soon' : ` in ${Math.ceil(relay.retryInMs / 1000)} s`}. Changes made meanwhile go out when it is back.${heard}`
    case 'stopped':
      return `Stopped.${heard}`
  }
}
