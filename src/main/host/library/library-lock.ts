import { randomBytes } from 'node:crypto'
import * as fs from 'node:fs/promises'
import * as os from 'node:os'
import * as path from 'node:path'
import * as z from 'zod'
import { formatEndpoint } from '../../../shared/protocol/host-endpoint'
import type { HostEndpoint } from '../../../shared/protocol/host-endpoint'
import { syncDir, writeFileAtomic } from '../store/atomic-file'
import { LibraryError } from './library-errors'

export const LOCK_FILE = 'library.lock'
/** Owner-only: once a host runs, the lock holds its endpoint with the run's secret token. */
const LOCK_MODE = 0o600

const ownerSchema = z.object({
  pid: z.number().int().positive(),
  hostname: z.string(),
  started: z.string(),
  /**
   * Where the running host can be reached, once it serves one (`formatEndpoint`). Kept as text:
   * its reader parses it (`parseEndpoint`), and a lock whose endpoint is garbled still names its
   * owner, so a live host's library is never taken over for it.
   */
  endpoint: z.string().optional(),
  /** Tells this owner's lock from a later one by the same pid. */
  nonce: z.string(),
})

export type LockOwner = z.infer<typeof ownerSchema>

export interface LockState extends LockOwner {
  /** Whether the owning process was running when the lock was read. */
  readonly live: boolean
}

export class LibraryLockedError extends LibraryError {
  constructor(readonly owner: LockOwner) {
    super(`the library is in use by ${owner.pid} on ${owner.hostname} (dossier serve?)`)
  }
}

const lockPath = (dir: string): string => path.join(dir, LOCK_FILE)

const parseOwner = (bytes: Buffer): LockOwner | null => {
  try {
    return ownerSchema.parse(JSON.parse(bytes.toString('utf8')))
  } catch {
    return null
  }
}

/**
 * Whether the owner may still be running. Only a process on this machine can be checked; one
 * that started before this machine last booted is gone even if its pid was reused since.
 */
export const ownerIsLive = (owner: LockOwner): boolean => {
  if (owner.hostname !== os.hostname()) return true
  const bootedAt = Date.now() - os.uptime() * 1000
  const started = Date.parse(owner.started)
  if (Number.isFinite(started) && started < bootedAt - 60_000) return false
  if (owner.pid === process.pid) return true
  try {
    process.kill(owner.pid, 0)
    return true
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}

/** Who holds the library folder `dir`, or null if nobody does (a damaged lock names nobody). */
export const readLock = async (dir: string): Promise<LockState | null> => {
  let bytes: Buffer
  try {
    bytes = await fs.readFile(lockPath(dir))
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null
    throw error
  }
  const owner = parseOwner(bytes)
  return owner === null ? null : { ...owner, live: ownerIsLive(owner) }
}

const encodeOwner = (owner: LockOwner): string => `${JSON.stringify(owner, null, 2)}\n`

/** File systems without hard links (FAT and exFAT memory sticks, say). */
const NO_LINKS = new Set(['EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'ENOSYS', 'EXDEV'])

/**
 * Creates the lock with its full content in one step: written beside it, fsynced, then
 * hard-linked (which fails if a lock exists). Where hard links are not supported it is created
 * with O_EXCL and written in place; for that short moment it reads as unfinished, which takers
 * respect (see `acquire`).
 */
const createExclusive = async (dir: string, owner: LockOwner): Promise<boolean> => {
  const temp = path.join(dir, `.${LOCK_FILE}.${process.pid}.${owner.nonce}.tmp`)
  const handle = await fs.open(temp, 'wx', LOCK_MODE)
  try {
    await handle.writeFile(encodeOwner(owner))
    await handle.sync()
  } finally {
    await handle.close()
  }
  try {
    await fs.link(temp, lockPath(dir))
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? ''
    if (code === 'EEXIST') return false
    if (!NO_LINKS.has(code)) throw error
    return createInPlace(dir, owner)
  } finally {
    await fs.rm(temp, { force: true })
  }
  await syncDir(dir)
  return true
}

const createInPlace = async (dir: string, owner: LockOwner): Promise<boolean> => {
  let handle: fs.FileHandle
  try {
    handle = await fs.open(lockPath(dir), 'wx', LOCK_MODE)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false
    throw error
  }
  try {
    await handle.writeFile(encodeOwner(owner))
    await handle.sync()
  } finally {
    await handle.close()
  }
  await syncDir(dir)
  return true
}

/** A lock that does not parse yet is young enough to be one being written right now. */
const maybeUnfinished = async (dir: string): Promise<boolean> => {
  const stat = await fs.stat(lockPath(dir)).catch(() => null)
  return stat !== null && Date.now() - stat.mtimeMs < 5_000
}

const TAKEOVER = `.${LOCK_FILE}.takeover-`

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/** A takeover marker's holder, or null while it is being written (or was never finished). */
const markerHolder = async (marker: string): Promise<'live' | 'gone'> => {
  try {
    const [text, stat] = await Promise.all([fs.readFile(marker, 'utf8'), fs.stat(marker)])
    const holder = z
      .object({ pid: z.number(), hostname: z.string() })
      .safeParse(JSON.parse(text || 'null'))
    if (!holder.success) return Date.now() - stat.mtimeMs > 5_000 ? 'gone' : 'live'
    const { pid, hostname } = holder.data
    return ownerIsLive({ pid, hostname, started: new Date().toISOString(), nonce: '' })
      ? 'live'
      : 'gone'
  } catch {
    return 'gone'
  }
}

/**
 * Removes the stale lock `stale` (as read) without ever removing another. Removing a file only
 * if it holds what was read is not atomic, so takers first race for a marker named after the
 * stale lock (created with O_EXCL): only its winner may remove that lock, and a new lock can only
 * be created once it is gone, so what the winner checks cannot change before it removes it. A
 * winner that died on the way leaves a marker naming a dead process; then the next generation
 * of marker is raced for.
 */
const removeStale = async (dir: string, stale: Buffer): Promise<void> => {
  const key = (parseOwner(stale)?.nonce ?? '').replace(/[^0-9a-z]/gi, '') || String(stale.length)
  for (let generation = 0; generation < 8; generation++) {
    const marker = path.join(dir, `${TAKEOVER}${key}-${generation}`)
    let handle: fs.FileHandle
    try {
      handle = await fs.open(marker, 'wx')
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
      if ((await markerHolder(marker)) === 'gone') continue
      // Someone else is taking over: give them a moment, then look again.
      await sleep(5 + Math.random() * 20)
      return
    }
    try {
      await handle.writeFile(JSON.stringify({ pid: process.pid, hostname: os.hostname() }))
    } finally {
      await handle.close()
    }
    try {
      const current = await fs.readFile(lockPath(dir)).catch(() => null)
      if (current !== null && current.equals(stale)) await fs.rm(lockPath(dir))
    } finally {
      await fs.rm(marker, { force: true })
    }
    return
  }
}

/** Markers left by takers that died; a new owner clears them. */
const clearMarkers = async (dir: string): Promise<void> => {
  for (const name of await fs.readdir(dir).catch(() => [])) {
    if (name.startsWith(TAKEOVER) && (await markerHolder(path.join(dir, name))) === 'gone')
      await fs.rm(path.join(dir, name), { force: true })
  }
}

export class LibraryLock {
  private released = false

  private constructor(
    readonly dir: string,
    private current: LockOwner,
  ) {}

  get owner(): LockOwner {
    return this.current
  }

  /**
   * Takes the library folder for this process. A lock held by a live process is refused with
   * LibraryLockedError; one left by a process that is gone is taken over.
   */
  static async acquire(
    dir: string,
    options: { endpoint?: HostEndpoint } = {},
  ): Promise<LibraryLock> {
    const owner: LockOwner = {
      pid: process.pid,
      hostname: os.hostname(),
      started: new Date().toISOString(),
      ...(options.endpoint === undefined ? {} : { endpoint: formatEndpoint(options.endpoint) }),
      nonce: randomBytes(8).toString('hex'),
    }
    for (let attempt = 0; attempt < 100; attempt++) {
      if (await createExclusive(dir, owner)) {
        await clearMarkers(dir)
        return new LibraryLock(dir, owner)
      }
      let bytes: Buffer
      try {
        bytes = await fs.readFile(lockPath(dir))
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') continue
        throw error
      }
      const holder = parseOwner(bytes)
      if (holder !== null && ownerIsLive(holder)) throw new LibraryLockedError(holder)
      if (holder === null && (await maybeUnfinished(dir))) await sleep(50)
      else await removeStale(dir, bytes)
    }
    throw new LibraryError(
      `could not take the lock of ${dir}: it keeps changing hands; is another program starting?`,
    )
  }

  /** Records where this host can be reached, for tools that find it through the lock. */
  async setEndpoint(endpoint: HostEndpoint | undefined): Promise<void> {
    const { endpoint: _previous, ...rest } = this.current
    this.current = endpoint === undefined ? rest : { ...rest, endpoint: formatEndpoint(endpoint) }
    await writeFileAtomic(lockPath(this.dir), encodeOwner(this.current), LOCK_MODE)
  }

  /** Gives the folder up; a lock that is no longer ours (taken over) is left alone. */
  async release(): Promise<void> {
    if (this.released) return
    this.released = true
    let bytes: Buffer
    try {
      bytes = await fs.readFile(lockPath(this.dir))
    } catch {
      return
    }
    if (parseOwner(bytes)?.nonce === this.current.nonce) await fs.rm(lockPath(this.dir))
  }
}
