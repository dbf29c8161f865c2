#!/usr/bin/env node
// A longer run of the crash test (not part of `npm test`): SIGKILL a writer ROUNDS times at
// random moments and check after each kill that every acknowledged update survived.
//
//   node scripts/soak-crash.mjs [ROUNDS=500] [MAX_WRITE_MS=100]   (CRASH_SEED=<seed> replays a run)
import * as fs from 'node:fs/promises'
import * as os from 'node:os'
import * as path from 'node:path'
import { register } from 'tsx/esm/api'

register()
const { runCrashRounds, killWriters } = await import('../test/host/store/crash-rounds.ts')
const { seedFromEnv } = await import('../test/support/seeded-random.ts')

const rounds = Number(process.argv[2] ?? 500)
const maxWriteMs = Number(process.argv[3] ?? 100)
if (!Number.isInteger(rounds) || rounds < 1 || !(maxWriteMs > 0)) {
  console.error('usage: node scripts/soak-crash.mjs [ROUNDS] [MAX_WRITE_MS]')
  process.exit(2)
}

const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'vdesk-soak-'))
const started = Date.now()
try {
  const result = await runCrashRounds({
    dir,
    rounds,
    maxWriteMs,
    seed: seedFromEnv('CRASH_SEED'),
    onRound: (round, acknowledged) => {
      if ((round + 1) % 25 === 0 || round + 1 === rounds)
        process.stdout.write(
          `round ${round + 1}/${rounds}: ${acknowledged} acknowledged updates, all present\n`,
        )
    },
  })
  const seconds = ((Date.now() - started) / 1000).toFixed(1)
  console.log(
    `ok: ${result.rounds} kills in ${seconds} s, ${result.acknowledged} acknowledged updates kept; ` +
      `${result.roundsWithWrites} rounds killed mid-write; recovery: ${JSON.stringify(result.recoveries)}`,
  )
} catch (error) {
  killWriters()
  console.error(`FAILED: ${error instanceof Error ? error.message : String(error)}`)
  console.error(`the store is kept for inspection in ${dir}`)
  process.exit(1)
}
await fs.rm(dir, { recursive: true, force: true })
