import { EventEmitter } from 'node:events'
import type Bonjour from 'bonjour-service'

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
