import type { Transport } from '../../../shared/transport'

/**
 * Holds a fresh LAN transport's frames so the session can read what comes before the sync (the
 * welcome) and look for the first sync answer, then hands the transport on to the hub with every
 * frame it has not taken, in order: nothing the peer sent is lost between the two readers.
 */
export class FrameGate {
  private readonly buffered: Uint8Array[] = []
  private waiters: (() => void)[] = []
  private closed: string | null = null
  private forward: ((bytes: Uint8Array) => void) | null = null

  constructor(private readonly transport: Transport) {
    transport.onMessage((bytes) => {
      if (this.forward !== null) return this.forward(bytes)
      this.buffered.push(bytes)
      this.wake()
    })
    transport.onClose(({ code, reason }) => {
      this.closed = `the connection closed (${code}${reason === '' ? '' : `: ${reason}`})`
      this.wake()
    })
  }

  /** Takes the next frame; rejects when the transport closes or `timeoutMs` passes first. */
  async take(timeoutMs: number): Promise<Uint8Array> {
    await this.until(() => this.buffered.length > 0, timeoutMs)
    return this.buffered.shift()!
  }

  /** Waits, without taking anything, until a held frame satisfies `test`. */
  async peekUntil(test: (bytes: Uint8Array) => boolean, timeoutMs: number): Promise<void> {
    await this.until(() => this.buffered.some(test), timeoutMs)
  }

  /** The frames held so far, not taken. */
  held(): Uint8Array[] {
    return [...this.buffered]
  }

  /** The transport as the hub should see it: held frames first, then the rest as they come. */
  handOff(): Transport {
    const transport = this.transport
    return {
      kind: transport.kind,
      send: (bytes) => transport.send(bytes),
      close: (code, reason) => transport.close(code, reason),
      onOpen: (listener) => transport.onOpen(listener),
      onClose: (listener) => transport.onClose(listener),
      onMessage: (listener) => {
        this.forward = listener
        for (const bytes of this.buffered.splice(0)) listener(bytes)
      },
      ...(transport.bufferedAmount === undefined
        ? {}
        : { bufferedAmount: () => transport.bufferedAmount!() }),
    }
  }

  private until(ready: () => boolean, timeoutMs: number): Promise<void> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.waiters = this.waiters.filter((waiter) => waiter !== check)
        reject(new Error(`the peer said nothing for ${timeoutMs / 1000} s`))
      }, timeoutMs)
      const check = (): void => {
        if (ready()) {
          clearTimeout(timer)
          return resolve()
        }
        if (this.closed !== null) {
          clearTimeout(timer)
          return reject(new Error(this.closed))
        }
        this.waiters.push(check)
      }
      check()
    })
  }

  private wake(): void {
    const waiters = this.waiters
    this.waiters = []
    for (const waiter of waiters) waiter()
  }
}
