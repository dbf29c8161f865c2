import { CloseSignal } from './close-signal'
import type { Transport, TransportClose } from './transport'

/**
 * The open, message and close events of one transport, kept the same way by every adapter:
 * open at most once and never after close, messages only while open, close once.
 */
export class TransportEvents {
  private opened: boolean
  private openListeners: (() => void)[] = []
  private readonly messageListeners: ((bytes: Uint8Array) => void)[] = []
  private readonly closeSignal = new CloseSignal()

  /** Host-side transports are open from the start; dialled ones open later. */
  constructor(options: { readonly open: boolean }) {
    this.opened = options.open
  }

  get isOpen(): boolean {
    return this.opened && !this.closeSignal.closed
  }

  get isClosed(): boolean {
    return this.closeSignal.closed
  }

  /** Whether it ever opened (a close reports it). */
  get wasOpened(): boolean {
    return this.opened
  }

  readonly listen = {
    onOpen: (listener: () => void): void => {
      if (this.isOpen) listener()
      else if (!this.isClosed) this.openListeners.push(listener)
    },
    onMessage: (listener: (bytes: Uint8Array) => void): void =>
      void this.messageListeners.push(listener),
    onClose: (listener: (close: TransportClose) => void): void => this.closeSignal.add(listener),
  } satisfies Pick<Transport, 'onOpen' | 'onMessage' | 'onClose'>

  open(): void {
    if (this.opened || this.isClosed) return
    this.opened = true
    const listeners = this.openListeners
    this.openListeners = []
    for (const listener of listeners) listener()
  }

  message(bytes: Uint8Array): void {
    if (!this.isOpen) return
    for (const listener of [...this.messageListeners]) listener(bytes)
  }

  /** Reports the close (the first one only); false when it was closed already. */
  close(code: number, reason: string, refused = false): boolean {
    this.openListeners = []
    return this.closeSignal.fire({ code, reason, opened: this.opened, refused })
  }
}
