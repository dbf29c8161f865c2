/**
 * A process to kill: `node --import tsx test/host/store/crash-writer.ts <folder>`.
 *
 * It loads, prints `ready`, and waits for `go <prefix> <seed>` on stdin (so a test can start the next
 * one while the current one runs). Then it opens the store in <folder> (compacting every 25
 * records, so kills land in compactions too), prints `open`, and appends updates from a peer doc
 * as fast as it can, several at a time (as many as the seeded PRNG says) so that group commit
 * batches them. Each update sets a map
 * key and pushes to an array (so each depends on the one before it); its id is printed on stdout
 * only after `append` has resolved, i.e. once it is fsynced. It never stops on its own.
 */
import * as fs from 'node:fs'
import * as readline from 'node:readline'
import * as Y from 'yjs'
import { DossierStore } from '../../../src/main/host/store/dossier-store'
import { seededRandom } from '../../support/seeded-random'
import { ID } from './store-seed'

const folder = process.argv[2]
if (folder === undefined) throw new Error('usage: crash-writer.ts <folder>')

const say = (line: string): void => {
  // Synchronous, so a line is out before the next instruction can be killed.
  fs.writeSync(1, `${line}\n`)
}

const write = async (prefix: string, seed: number): Promise<void> => {
  const random = seededRandom(seed)
  const store = await DossierStore.open(folder, ID, { compactAfterRecords: 25 })
  say('open')
  const peer = new Y.Doc()
  let next = 0
  for (;;) {
    const pending: Promise<void>[] = []
    const burst = random.int(1, 8)
    for (let i = 0; i < burst; i++) {
      const id = `${prefix}-${next++}`
      let update: Uint8Array | null = null
      const capture = (u: Uint8Array) => (update = u)
      peer.once('update', capture)
      peer.transact(() => {
        peer.getMap('acked').set(id, next)
        peer.getArray<string>('order').push([id])
      })
      pending.push(store.append(update!).then(() => say(id)))
    }
    await Promise.all(pending)
  }
}

say('ready')
const lines = readline.createInterface({ input: process.stdin })
lines.once('line', (line) => {
  const [command, prefix, seed] = line.split(' ')
  if (command !== 'go' || prefix === undefined || !Number.isInteger(Number(seed)))
    throw new Error(`unexpected "${line}"`)
  write(prefix, Number(seed)).catch((error: unknown) => {
    say(`error ${(error as Error).message}`)
    process.exit(1)
  })
})
