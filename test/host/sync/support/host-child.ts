/**
 * A sync host alone in its own process, so a test can measure the host's memory (RSS, array
 * buffers) without counting its own sockets and test data. Started by host-process.ts with the
 * host limits as JSON in argv[2]; answers 'memory' with process.memoryUsage() after a GC.
 */
import { randomBytes } from 'node:crypto'
import { SyncHub, createWsSyncServer } from '../../../../src/main/host/sync'
import { withHostLimits } from '../../../../src/main/host/host-limits'
import type { HostLimitOverrides } from '../../../../src/main/host/host-limits'
import { newDossier } from '../../../support/dossier-fixtures'
import { MemoryDocs } from './memory-docs'

const overrides = JSON.parse(process.argv[2] ?? '{}') as HostLimitOverrides
const limits = withHostLimits(overrides)
const docs = new MemoryDocs()
const dossier = newDossier()
const dossierId = dossier.meta().id
docs.add(dossierId, dossier.doc)
const hub = new SyncHub({ docs, hostLimits: limits })
const token = randomBytes(16).toString('hex')
const server = await createWsSyncServer({ hub, token, limits })

const gc = (globalThis as { gc?: () => void }).gc
process.on('message', (message) => {
  if (message !== 'memory') return
  gc?.()
  gc?.()
  process.send?.({ type: 'memory', usage: process.memoryUsage() })
})
process.on('disconnect', () => {
  void hub
    .close()
    .then(() => server.close())
    .finally(() => process.exit(0))
})
process.send?.({ type: 'ready', url: server.url, token, dossierId })
