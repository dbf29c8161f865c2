import { memoryPair } from '../../src/shared/transport'
import type { MemoryPair, Transport } from '../../src/shared/transport'
import type { Random } from './seeded-random'

export type Side = 'client' | 'server'

/**
 * A client and a server transport joined in memory, where nothing arrives until the test says
 * so (tldraw's TestSocketPair, Yjs' TestConnector): one message, all of them, or one picked by a
 * seeded generator. Order within a direction is kept, as a socket keeps it; across directions
 * and across pairs the test chooses, which is where sync bugs hide.
 */
export class TestSocketPair {
  private readonly pair: MemoryPair = memoryPair({ manual: true })
  readonly client: Transport = this.pair.a
  readonly server: Transport = this.pair.b

  /** Messages (closes included) not yet delivered, toward `to` or both ways. */
  inFlight(to?: Side): number {
    if (to === 'client') return this.pair.inFlight('a')
    if (to === 'server') return this.pair.inFlight('b')
    return this.pair.inFlight('a') + this.pair.inFlight('b')
  }

  /** Delivers the oldest message toward `to`; false when there was none. */
  deliverOne(to: Side): boolean {
    return this.pair.deliver(to === 'client' ? 'a' : 'b')
  }

  /** Delivers until nothing is in flight, answers included. */
  deliverAll(): void {
    this.pair.deliverAll()
  }

  /** Delivers the oldest message of a direction picked by `random`; false when none was waiting. */
  deliverRandom(random: Random): boolean {
    const waiting = (['client', 'server'] as const).filter((to) => this.inFlight(to) > 0)
    if (waiting.length === 0) return false
    return this.deliverOne(random.pick(waiting))
  }

  /** Both ends go without a word: each reports 1006, whatever was in flight is lost. */
  vanish(): void {
    this.pair.vanish()
  }
}
