import { EventEmitter } from 'node:events'
import Bonjour from 'bonjour-service'
import type { ServiceConfig } from 'bonjour-service'

/**
 * The multicast-dns socket wrapper inside a Bonjour instance. bonjour-service keeps it private and
 * adds no 'error' listener to it, so a socket error (EACCES, EADDRINUSE) would be thrown from an
 * EventEmitter with nobody listening and take the process down. We reach in to listen ourselves;
 * the runtime checks turn a changed internal layout into a clear error instead of a crash later.
 */
export interface MdnsHandle {
  on(event: 'error' | 'warning', listener: (error: Error) => void): void
  on(event: 'response', listener: (packet: MdnsPacket) => void): void
  query(name: string, type: string, callback: (error: Error | null) => void): void
  respond(records: MdnsRecord[], callback: (error: Error | null) => void): void
}

/** bonjour-service's responder: it answers queries for the records registered with it. */
export interface MdnsServer {
  register(records: MdnsRecord[]): void
  unregister(records: MdnsRecord[]): void
}

export interface MdnsRecord {
  name: string
  type: string
  ttl?: number
  data?: unknown
}

export interface MdnsPacket {
  answers?: MdnsRecord[]
  additionals?: MdnsRecord[]
}

const hasMethods = (value: unknown, names: string[]): value is object =>
  typeof value === 'object' &&
  value !== null &&
  names.every((name) => typeof Reflect.get(value, name) === 'function')

const isHandle = (value: unknown): value is MdnsHandle =>
  value instanceof EventEmitter && hasMethods(value, ['query', 'respond'])

const isServer = (value: unknown): value is MdnsServer =>
  hasMethods(value, ['register', 'unregister'])

export const mdnsServerOf = (bonjour: Bonjour): MdnsServer => {
  const server: unknown = Reflect.get(bonjour, 'server')
  if (!isServer(server)) throw new Error('bonjour-service no longer keeps its responder as server')
  return server
}

export const mdnsHandleOf = (bonjour: Bonjour): MdnsHandle => {
  const mdns: unknown = Reflect.get(mdnsServerOf(bonjour), 'mdns')
  if (!isHandle(mdns)) {
    throw new Error('bonjour-service no longer exposes its multicast-dns socket as server.mdns')
  }
  return mdns
}

/** Extra options for multicast-dns; tests pass a fake `socket` so no real network is touched. */
export interface MdnsOptions {
  socket?: unknown
}

/**
 * A Bonjour instance that joins the mDNS group and sends on the interface with address `ipv4`,
 * while its socket stays bound to 0.0.0.0 so it still receives what is sent to the group.
 * `onError` gets send errors; bonjour-service's default would throw them.
 */
export const openBonjourOn = (
  ipv4: string,
  onError: (error: Error) => void,
  mdns: MdnsOptions = {},
): Bonjour => {
  // bonjour-service types its constructor options as a service's, but hands them to multicast-dns.
  const options: Partial<ServiceConfig> & MdnsOptions & { interface: string; bind: string } = {
    interface: ipv4,
    bind: '0.0.0.0',
    ...mdns,
  }
  return new Bonjour(options, onError)
}
