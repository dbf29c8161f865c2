import {
  CLOSE_DOSSIER_FULL,
  CLOSE_NORMAL,
  CLOSE_REFUSED_UPDATE,
  PEER_HOST_LIMITS,
} from '../../../shared/protocol'
import type { RelayStatusWire } from '../../../shared/protocol'
import type { RelaySettings } from '../../../shared/relay'
import { backoffDelay } from '../../../shared/session/backoff'
import type { Transport, TransportClose } from '../../../shared/transport'
import type { ConnectOptions } from '../sync/sync-hub'
import { CLOSE_RELAY_DENIED } from './hocuspocus-socket'

/** Presence a relay may bring: every editor of every host on it, within reason. */
const RELAYED_AWARENESS_CLIENTS = 256

export interface RelayLinkOptions {
  readonly dossierId: string
  readonly settings: RelaySettings
  /** Opens a transport to the relay room (connecting until it opens). */
  readonly dial: (settings: RelaySettings, dossierId: string) => Transport
  /** Hands an open link to the hub, as another member host's link is. */
  readonly connect: (transport: Transport, options: ConnectOptions) => unknown
  readonly now: () => number
  readonly onProblem?: (line: string) => void
}

/** Closes after which dialling again cannot help: the relay holds what this host refuses. */
const FINAL_CLOSES: Record<number, string> = {
  [CLOSE_REFUSED_UPDATE]:
    'the relay sent a change that would erase or rewrite the dossier’s protected history; this host refused it and stopped relaying (the relay’s copy is not trustworthy)',
  [CLOSE_DOSSIER_FULL]: 'the relay’s copy would make the dossier larger than this host allows',
  [CLOSE_RELAY_DENIED]:
    'the relay refused this host: check the relay’s token, then set the relay again',
}

const describeClose = ({ code, reason }: TransportClose): string =>
  `the relay connection closed (${code}${reason === '' ? '' : `: ${reason}`})`

/**
 * One dossier's link to its relay: dialled, handed to the hub like any member host's link (the
 * hub checks and guards what the relay sends, and relays its own changes and presence), and
 * dialled again with backoff and jitter whenever it drops, until stopped. Edits made while the
 * relay was away go out when it is back: the hub's greeting on the new link sends them.
 */
export class RelayLink {
  private transport: Transport | null = null
  private timer: ReturnType<typeof setTimeout> | null = null
  private attempt = 0
  private state: RelayStatusWire['state'] = 'connecting'
  private lastHeard: number | null = null
  private retryAt: number | null = null
  private problem: string | null = null
  /** What the link found in what the relay holds (sealed mode): unreadable or missing changes. */
  private notice: string | null = null
  private stopped = false

  constructor(private readonly options: RelayLinkOptions) {
    this.dial()
  }

  get settings(): RelaySettings {
    return this.options.settings
  }

  status(): RelayStatusWire {
    const { settings, now } = this.options
    return {
      url: settings.url,
      protocol: settings.protocol,
      mode: settings.mode,
      hasToken: settings.token !== undefined,
      state: this.state,
      lastHeard: this.lastHeard === null ? null : new Date(this.lastHeard).toISOString(),
      retryInMs:
        this.state === 'retrying' && this.retryAt !== null
          ? Math.max(0, this.retryAt - now())
          : null,
      problem:
        this.problem === null || this.notice === null
          ? (this.problem ?? this.notice)
          : `${this.problem}; ${this.notice}`,
    }
  }

  /** Sets what the link reports about the relay's content (null: nothing to report). */
  note(notice: string | null): void {
    this.notice = notice
  }

  stop(): void {
    this.stopped = true
    if (this.timer !== null) clearTimeout(this.timer)
    this.timer = null
    this.transport?.close(CLOSE_NORMAL, 'this host stopped relaying the dossier')
    this.transport = null
  }

  private dial(): void {
    if (this.stopped) return
    this.state = 'connecting'
    this.retryAt = null
    const { dossierId, settings } = this.options
    let transport: Transport
    try {
      transport = this.options.dial(settings, dossierId)
    } catch (error) {
      return this.retry(`the relay could not be dialled: ${(error as Error).message}`)
    }
    this.transport = transport
    let opened = false
    transport.onOpen(() => {
      opened = true
      if (this.stopped) return transport.close(CLOSE_NORMAL, 'this host stopped relaying')
      this.state = 'connected'
      this.attempt = 0
      this.problem = null
      transport.onMessage(() => (this.lastHeard = this.options.now()))
      this.options.connect(transport, {
        dossierId,
        role: 'editor',
        rpc: 'flush-only',
        awarenessClients: RELAYED_AWARENESS_CLIENTS,
        limits: PEER_HOST_LIMITS,
      })
    })
    transport.onClose((close) => {
      if (this.transport === transport) this.transport = null
      if (this.stopped) return
      const final = FINAL_CLOSES[close.code]
      if (final !== undefined) {
        this.state = 'stopped'
        this.problem = final
        this.options.onProblem?.(`relay of ${dossierId}: ${final}`)
        return
      }
      this.retry(
        opened
          ? describeClose(close)
          : `${settings.url} did not take the connection (${close.code}${close.reason === '' ? '' : `: ${close.reason}`})`,
      )
    })
  }

  private retry(problem: string): void {
    if (this.stopped) return
    const delay = backoffDelay(this.attempt, { baseMs: 500, capMs: 30_000 })
    this.attempt += 1
    this.state = 'retrying'
    this.problem = problem
    this.retryAt = this.options.now() + delay
    this.timer = setTimeout(() => {
      this.timer = null
      this.dial()
    }, delay)
    this.timer.unref()
  }
}
