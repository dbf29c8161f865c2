import type { TransportClose } from './transport'

/**
 * How a transport closed, told once: to every listener when it fires, and at once to a listener
 * that comes later (a caller that subscribes after an early failure still hears of it).
 */
export class CloseSignal {
  private listeners: ((close: TransportClose) => void)[] = []
  private fired: TransportClose | null = null

  add(listener: (close: TransportClose) => void): void {
    if (this.fired === null) this.listeners.push(listener)
    else listener(this.fired)
  }

  /** False when it had fired already: the first close is the one reported. */
  fire(close: TransportClose): boolean {
    if (this.fired !== null) return false
    this.fired = close
    const listeners = this.listeners
    this.listeners = []
    for (const listener of listeners) listener(close)
    return true
  }

  get closed(): boolean {
    return this.fired !== null
  }
}
