export * from './canonical-json'
export * from './device-key'
