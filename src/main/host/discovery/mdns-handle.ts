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

const isHandle = (value: unknown): value is MdnsHandle =>
  value instanceof EventEmitter && typeof Reflect.get(value, 'query') === 'function'

export const mdnsHandleOf = (bonjour: Bonjour): MdnsHandle => {
  const server: unknown = Reflect.get(bonjour, 'server')
  const mdns: unknown =
    typeof server === 'object' && server !== null ? Reflect.get(server, 'mdns') : undefined
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
