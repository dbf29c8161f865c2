/**
 * A process that takes a library's lock: `node --import tsx lock-holder.ts <dir> [go]`.
 * Prints `ready` once loaded; with `go` as an argument it tries at once, otherwise it waits for
 * a line on stdin (so several can be started, then released together). It prints `locked` or
 * `refused <pid>` and then stays alive until it is killed.
 */
import * as fs from 'node:fs'
import * as readline from 'node:readline'
import { LibraryLock, LibraryLockedError } from '../../../src/main/host/library/library-lock'

const [dir, mode] = process.argv.slice(2)
if (dir === undefined) throw new Error('usage: lock-holder.ts <dir> [go]')

const say = (line: string): void => {
  fs.writeSync(1, `${line}\n`)
}

const take = async (): Promise<void> => {
  try {
    await LibraryLock.acquire(dir, {
      endpoint: { url: 'ws://127.0.0.1:1', token: `${process.pid}` },
    })
    say('locked')
  } catch (error) {
    if (!(error instanceof LibraryLockedError)) throw error
    say(`refused ${error.owner.pid}`)
  }
  setInterval(() => undefined, 60_000)
}

say('ready')
if (mode === 'go') void take()
else readline.createInterface({ input: process.stdin }).once('line', () => void take())
