import { getHeapStatistics } from 'node:v8'
import type { DossierHandle } from '../library/library'

export interface WarmOptions {
  /** How long a dossier no one has open stays loaded (default 5 minutes). */
  readonly idleMs?: number
  /** How many such dossiers stay loaded at most (default 8); the least recently used go first. */
  readonly max?: number
  /** Past this share of the heap limit, nothing more is kept warm (default 0.5). */
  readonly heapShare?: number
}

const DEFAULT_IDLE_MS = 5 * 60_000
const DEFAULT_MAX = 8
const DEFAULT_HEAP_SHARE = 0.5

interface Warm {
  readonly handle: DossierHandle
  /** Settles once what the dossier held when it was let go is on disk. */
  readonly saved: Promise<void>
  readonly timer: ReturnType<typeof setTimeout>
}

/**
 * Dossiers the hub has let go of, kept loaded for a while (docs/benchmarks.md, "Serving"):
 * opening a large dossier (reading, checking, indexing) costs far more than syncing it, and the
 * next connection to it (a page reloaded, a CLI call, a member redialling) usually comes soon.
 * Bounded by count, idle time and the heap; a dossier is saved and compacted when it is let go
 * for good, as it was before when its last connection left.
 */
export class WarmDossiers {
  private readonly warm = new Map<string, Warm>()

  constructor(
    private readonly options: WarmOptions = {},
    private readonly onError: (error: unknown) => void = () => undefined,
  ) {}

  /**
   * The warm handle of `id`, now the caller's, once what it held when it was let go is saved;
   * undefined when it is not kept.
   */
  async take(id: string): Promise<DossierHandle | undefined> {
    const warm = this.warm.get(id)
    if (warm === undefined) return undefined
    clearTimeout(warm.timer)
    this.warm.delete(id)
    await warm.saved
    return warm.handle
  }

  /**
   * Keeps `handle` (the last one the hub held of its dossier) loaded for a while, once its
   * changes are saved (fsynced) as a release promises.
   */
  keep(handle: DossierHandle): void {
    this.evict(handle.id)
    const saved = handle.flush().catch(this.onError)
    const max = this.options.max ?? DEFAULT_MAX
    if (max <= 0 || this.heapIsFull()) return this.letGo(handle)
    while (this.warm.size >= max) this.evict(this.warm.keys().next().value!)
    const timer = setTimeout(() => this.evict(handle.id), this.options.idleMs ?? DEFAULT_IDLE_MS)
    timer.unref()
    this.warm.set(handle.id, { handle, saved, timer })
  }

  /** Lets `id` go now (saved and compacted), when it is kept: before it is deleted or moved. */
  evict(id: string): void {
    const warm = this.warm.get(id)
    if (warm === undefined) return
    clearTimeout(warm.timer)
    this.warm.delete(id)
    this.letGo(warm.handle)
  }

  /**
   * Lets `id` go now, when it is kept, and resolves once it is saved and closed (rejecting when
   * that fails): before its folder is moved to the trash.
   */
  async release(id: string): Promise<void> {
    const warm = this.warm.get(id)
    if (warm === undefined) return
    clearTimeout(warm.timer)
    this.warm.delete(id)
    await warm.saved
    await warm.handle.close()
  }

  /** Lets every kept dossier go. */
  close(): void {
    for (const id of [...this.warm.keys()]) this.evict(id)
  }

  get size(): number {
    return this.warm.size
  }

  private letGo(handle: DossierHandle): void {
    handle.close().catch(this.onError)
  }

  private heapIsFull(): boolean {
    const { used_heap_size, heap_size_limit } = getHeapStatistics()
    return used_heap_size > heap_size_limit * (this.options.heapShare ?? DEFAULT_HEAP_SHARE)
  }
}
