import { EventEmitter } from 'node:events'

/**
 * An in-process stand-in for one network link, so unit tests run the real bonjour-service and
 * multicast-dns code without a packet reaching a real interface. Every datagram sent on the link
 * is delivered to every open socket on it, the sender's included (as multicast loopback does).
 */
export class FakeMdnsLink {
  readonly sockets: FakeSocket[] = []
  /** When set, every send fails with this error code, as on a network that blocks multicast. */
  sendError: string | undefined

  socket(address: string): FakeSocket {
    const socket = new FakeSocket(this, address)
    this.sockets.push(socket)
    return socket
  }

  get openSockets(): FakeSocket[] {
    return this.sockets.filter((socket) => !socket.closed)
  }
}

export class FakeSocket extends EventEmitter {
  closed = false
  readonly memberships: string[] = []

  constructor(
    private readonly link: FakeMdnsLink,
    private readonly sourceAddress: string,
  ) {
    super()
  }

  bind(_port: number, _address: string, callback: () => void): void {
    setImmediate(() => {
      this.emit('listening')
      callback()
    })
  }

  send(
    message: Buffer,
    offset: number,
    length: number,
    _port: number,
    _address: string,
    callback: (error: Error | null) => void,
  ): void {
    if (this.closed) return callback(new Error('Not running'))
    const code = this.link.sendError
    if (code) {
      const error = Object.assign(new Error(`send ${code} 224.0.0.251:5353`), { code })
      setImmediate(() => callback(error))
      return
    }
    const datagram = Buffer.from(message.subarray(offset, offset + length))
    const rinfo = { address: this.sourceAddress, family: 'IPv4', port: 5353, size: length }
    for (const socket of this.link.openSockets) {
      setImmediate(() => {
        if (!socket.closed) socket.emit('message', datagram, rinfo)
      })
    }
    setImmediate(() => callback(null))
  }

  addMembership(group: string, address: string): void {
    this.memberships.push(`${group}@${address}`)
  }

  dropMembership(): void {}
  setMulticastInterface(): void {}
  setMulticastTTL(): void {}
  setMulticastLoopback(): void {}

  address(): { address: string; port: number } {
    return { address: '0.0.0.0', port: 5353 }
  }

  close(callback?: () => void): void {
    this.closed = true
    if (callback) setImmediate(callback)
  }
}
