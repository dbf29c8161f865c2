import { spawn } from 'node:child_process'
import type { ChildProcess } from 'node:child_process'
import * as fs from 'node:fs/promises'
import * as os from 'node:os'
import * as path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import {
  LOCK_FILE,
  LibraryLock,
  LibraryLockedError,
  readLock,
} from '../../../src/main/host/library/library-lock'
import { parseEndpoint } from '../../../src/shared/protocol/host-endpoint'
import { cli } from '../../support/run-cli'
import { tempDir } from '../../support/temp-dir'

const HOLDER = path.join(import.meta.dirname, 'lock-holder.ts')
const children = new Set<ChildProcess>()

afterEach(() => {
  for (const child of children) child.kill('SIGKILL')
  children.clear()
})

/** A real process that takes the lock of `dir`; resolves with its first line after `ready`. */
const holder = (dir: string, go = true) => {
  const child = spawn(process.execPath, ['--import', 'tsx', HOLDER, dir, ...(go ? ['go'] : [])], {
    stdio: ['pipe', 'pipe', 'inherit'],
  })
  children.add(child)
  const lines: string[] = []
  const waiting: (() => void)[] = []
  child.stdout!.on('data', (chunk: Buffer) => {
    lines.push(...chunk.toString('utf8').split('\n').filter(Boolean))
    for (const wake of waiting) wake()
  })
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  /** The process's `count`th line. */
  const line = (count: number) =>
    new Promise<string>((resolve, reject) => {
      const check = () => {
        if (lines.length >= count) resolve(lines[count - 1]!)
      }
      waiting.push(check)
      check()
      void exited.then(() => reject(new Error(`the lock holder exited: ${lines.join(' / ')}`)))
    })
  return { child, ready: line(1), outcome: line(2), exited }
}

describe('library lock', () => {
  it('is taken by one owner, named in the lock, and released', async () => {
    const dir = await tempDir()
    const lock = await LibraryLock.acquire(dir)
    expect(await readLock(dir)).toMatchObject({
      pid: process.pid,
      hostname: os.hostname(),
      live: true,
    })
    const error = await LibraryLock.acquire(dir).catch((caught: unknown) => caught)
    expect(error).toBeInstanceOf(LibraryLockedError)
    expect((error as Error).message).toBe(
      `the library is in use by ${process.pid} on ${os.hostname()} (dossier serve?)`,
    )
    await lock.setEndpoint({ url: 'ws://127.0.0.1:5000/sync', token: 'abc' })
    expect(await readLock(dir)).toMatchObject({ endpoint: 'ws://127.0.0.1:5000/sync?token=abc' })
    await lock.setEndpoint(undefined)
    expect((await readLock(dir))?.endpoint).toBeUndefined()
    await lock.release()
    expect(await readLock(dir)).toBeNull()
    await (await LibraryLock.acquire(dir)).release()
  })

  it('held by a live process refuses others; taken over once that process is SIGKILLed', async () => {
    const dir = await tempDir()
    const other = holder(dir)
    expect(await other.outcome).toBe('locked')
    const held = await readLock(dir)
    expect(held).toMatchObject({ pid: other.child.pid, live: true })
    expect(parseEndpoint(held?.endpoint)).toEqual({
      url: 'ws://127.0.0.1:1',
      token: String(other.child.pid),
    })
    await expect(LibraryLock.acquire(dir)).rejects.toThrow(
      `the library is in use by ${other.child.pid} on ${os.hostname()} (dossier serve?)`,
    )
    other.child.kill('SIGKILL')
    await other.exited
    expect(await readLock(dir)).toMatchObject({ pid: other.child.pid, live: false })
    const mine = await LibraryLock.acquire(dir)
    expect(await readLock(dir)).toMatchObject({ pid: process.pid, live: true })
    await mine.release()
  })

  it('goes to exactly one of several processes taking over a stale lock at once', async () => {
    const dir = await tempDir()
    // A lock left by a process that is gone (a pid that cannot be running).
    const stale = {
      pid: 2 ** 22 + 1,
      hostname: os.hostname(),
      started: new Date().toISOString(),
      nonce: 'dead',
    }
    await fs.writeFile(path.join(dir, LOCK_FILE), JSON.stringify(stale))
    const racers = Array.from({ length: 6 }, () => holder(dir, false))
    await Promise.all(racers.map((racer) => racer.ready))
    for (const racer of racers) racer.child.stdin!.write('go\n')
    const outcomes = await Promise.all(racers.map((racer) => racer.outcome))
    expect(outcomes.filter((outcome) => outcome === 'locked')).toHaveLength(1)
    const winner = racers[outcomes.indexOf('locked')]!.child.pid
    expect(outcomes.filter((outcome) => outcome === `refused ${winner}`)).toHaveLength(5)
    expect(await readLock(dir)).toMatchObject({ pid: winner, live: true })
    const leftovers = (await fs.readdir(dir)).filter((name) => name !== LOCK_FILE)
    expect(leftovers).toEqual([])
  })

  it('treats a damaged lock, and one older than this boot, as stale', async () => {
    const dir = await tempDir()
    await fs.writeFile(path.join(dir, LOCK_FILE), '{"pid": 12')
    expect(await readLock(dir)).toBeNull()
    // (A lock that does not parse and is seconds old may be one being written: it is waited for.)
    const minuteAgo = new Date(Date.now() - 60_000)
    await fs.utimes(path.join(dir, LOCK_FILE), minuteAgo, minuteAgo)
    await (await LibraryLock.acquire(dir)).release()
    const beforeBoot = new Date(Date.now() - os.uptime() * 1000 - 3_600_000).toISOString()
    // This very process is alive, but a lock from before the machine booted cannot be its.
    const old = { pid: process.pid, hostname: os.hostname(), started: beforeBoot, nonce: 'old' }
    await fs.writeFile(path.join(dir, LOCK_FILE), JSON.stringify(old))
    expect(await readLock(dir)).toMatchObject({ live: false })
    await (await LibraryLock.acquire(dir)).release()
  })

  it('waits for a lock that is still being written rather than taking it', async () => {
    const dir = await tempDir()
    await fs.writeFile(path.join(dir, LOCK_FILE), '')
    const owner = {
      pid: process.pid,
      hostname: os.hostname(),
      started: new Date().toISOString(),
      nonce: 'w',
    }
    setTimeout(() => void fs.writeFile(path.join(dir, LOCK_FILE), JSON.stringify(owner)), 150)
    await expect(LibraryLock.acquire(dir)).rejects.toThrow(LibraryLockedError)
  })

  it('held on another machine is respected (its process cannot be checked from here)', async () => {
    const dir = await tempDir()
    const remote = {
      pid: 1234,
      hostname: `not-${os.hostname()}`,
      started: new Date().toISOString(),
      nonce: 'r',
    }
    await fs.writeFile(path.join(dir, LOCK_FILE), JSON.stringify(remote))
    await expect(LibraryLock.acquire(dir)).rejects.toThrow(
      `the library is in use by 1234 on not-${os.hostname()} (dossier serve?)`,
    )
  })

  it('with a garbled endpoint still names its live owner: refused, and tools say so', async () => {
    const dir = await tempDir()
    await fs.mkdir(path.join(dir, 'dossiers'))
    const live = (endpoint: unknown) => ({
      pid: process.pid,
      hostname: os.hostname(),
      started: new Date().toISOString(),
      endpoint,
      nonce: 'g',
    })
    const inUse = `the library is in use by ${process.pid} on ${os.hostname()}`
    for (const endpoint of [
      'not a url',
      'http://127.0.0.1:5000/sync?token=abc',
      'ws://evil.example:5000/sync?token=abc',
      'ws://127.0.0.1:5000/sync',
      `ws://127.0.0.1:5000/sync?token=${'x'.repeat(5000)}`,
    ]) {
      await fs.writeFile(path.join(dir, LOCK_FILE), JSON.stringify(live(endpoint)))
      expect(await readLock(dir)).toMatchObject({ pid: process.pid, live: true, endpoint })
      await expect(LibraryLock.acquire(dir)).rejects.toThrow(LibraryLockedError)
      expect(await cli(['list', '--data', dir])).toEqual({
        code: 1,
        stdout: '',
        stderr: `dossier: ${inUse}, and its lock names no address to reach it at\n`,
      })
    }
    // Not text at all: the lock does not read, so it names nobody (and is taken once old).
    await fs.writeFile(path.join(dir, LOCK_FILE), JSON.stringify(live({ url: 'ws://x' })))
    expect(await readLock(dir)).toBeNull()
  })
})
