import path from 'node:path'
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { Library } from '../../src/main/host/library/library'
import { Dossier } from '../../src/shared/dossier'
import { buildImportedDossier } from '../bench/fixtures'
import { decisionIds } from '../host/serve/support/serve-library'
import { startServe } from '../host/serve/support/serve-process'
import type { ServeProcess } from '../host/serve/support/serve-process'
import { alice, bob } from '../support/dossier-fixtures'
import { claimButton, detailPane, openDeskPage, waitForDesk } from '../support/desk-page'
import { sessionClient } from '../support/session-client'
import { tempDir } from '../support/temp-dir'
import { chromiumTitle, hasChromium, useServedChromium } from './support/served-chromium'

const title = chromiumTitle('the saved copy’s updates merged by the compaction worker')

/** One decision per claim, each its own update: more than the 500 that start a merge. */
const CLAIMS = 600
/** Decisions made between two turns of the replica's event loop, as a peer sends a burst. */
const BATCH = 20
/** Stored entries a merge must have replaced: the ones that start it. */
const COMPACTED_AT_LEAST = 500
/** Long enough for a loaded machine (expect.poll gives up after 1 s by default). */
const SOON = { timeout: 30_000 }

/** A library holding one imported dossier of CLAIMS claims, nothing decided yet; its id. */
const libraryWithImportedDossier = async (dir: string): Promise<string> => {
  const built = buildImportedDossier(CLAIMS, alice)
  const state = Y.encodeStateAsUpdate(built.doc)
  built.destroy()
  const library = await Library.open(dir)
  try {
    return await library.add((doc) => {
      Y.applyUpdate(doc, state)
      return Dossier.open(doc)
    })
  } finally {
    await library.close()
  }
}

/** Another editor: a ClientSession replica over the host's socket, as the CLI and tabs connect. */
const remoteReplica = async (serve: ServeProcess, id: string) => {
  const client = await sessionClient(serve.syncUrl, id, serve.token)
  await client.synced
  // The socket itself is closed after the test (sessionClient's cleanup).
  return { dossier: Dossier.open(client.doc), close: () => undefined }
}

/** Confirms the even claims and disputes the odd ones, in bursts; every decision's id. */
const decideEveryClaim = async (dossier: Dossier): Promise<Set<string>> => {
  for (const [index, claim] of dossier.claims().entries()) {
    const status = index % 2 === 0 ? 'confirmed' : 'disputed'
    dossier.decide(claim.id, { status, rationale: `Checked against the register (${index}).` }, bob)
    if (index % BATCH === BATCH - 1) await new Promise((resolve) => setImmediate(resolve))
  }
  return decisionIds(dossier)
}

/** Another editor decides every claim in bursts and goes; every decision's id. */
const decideEveryClaimRemotely = async (serve: ServeProcess, id: string): Promise<Set<string>> => {
  const remote = await remoteReplica(serve, id)
  try {
    return await decideEveryClaim(remote.dossier)
  } finally {
    remote.close()
  }
}

const statusCount = (page: Page, label: string): Promise<string | null> =>
  page.locator(`.status-summary .count-${label} .count-number`).textContent()

/** Both halves decided, as the page counts them from its replica. */
const showsEveryDecision = async (page: Page): Promise<void> => {
  await expect.poll(() => statusCount(page, 'confirmed'), SOON).toBe(String(CLAIMS / 2))
  await expect.poll(() => statusCount(page, 'disputed'), SOON).toBe(String(CLAIMS / 2))
  expect(await statusCount(page, 'unverified')).toBe('0')
}

/**
 * A second page of the same profile (same IndexedDB) whose host socket stays silent: only the
 * saved copy can show it the dossier, and it shows every decision.
 */
const showsEveryDecisionFromCopyAlone = async (page: Page, address: string): Promise<void> => {
  const cacheOnly = await page.context().newPage()
  try {
    await cacheOnly.routeWebSocket(/\/sync/, () => undefined)
    await cacheOnly.goto(address)
    await waitForDesk(cacheOnly)
    await showsEveryDecision(cacheOnly)
    expect(await cacheOnly.locator('.connection').first().getAttribute('data-state')).not.toBe(
      'live',
    )
  } finally {
    await cacheOnly.close()
  }
}

/**
 * Page-side scripts on the raw IndexedDB API, as source text (this file is type-checked without
 * the DOM's types). Each opens the app's database without a version, so it never upgrades it,
 * and closes it again at once.
 */
const WITH_UPDATES_STORE = `(name, mode, use) => new Promise((resolve, reject) => {
  const request = indexedDB.open(name)
  request.onerror = () => reject(request.error)
  request.onsuccess = () => {
    const db = request.result
    const transaction = db.transaction(['updates'], mode)
    let result
    Promise.resolve(use(transaction.objectStore('updates'))).then((value) => (result = value))
    transaction.oncomplete = () => { db.close(); resolve(result) }
    transaction.onabort = () => { db.close(); reject(transaction.error) }
  }
})`

const asRequest = `(request) => new Promise((resolve, reject) => {
  request.onsuccess = () => resolve(request.result)
  request.onerror = () => reject(request.error)
})`

/** The database the page keeps this dossier's copy in (named after its scope and the id). */
const copyDatabase = async (page: Page, id: string): Promise<string> => {
  const names = await page.evaluate<string[]>(
    `indexedDB.databases().then((all) => all.map((db) => db.name))`,
  )
  const mine = names.filter((name) => name.endsWith(`:${id}`))
  expect(mine).toHaveLength(1)
  return mine[0]!
}

interface StoredEntry {
  readonly key: number
  /** 'update' for a Uint8Array, else the value's typeof. */
  readonly kind: string
}

const storedEntries = (page: Page, name: string): Promise<StoredEntry[]> =>
  page.evaluate<StoredEntry[]>(`(${WITH_UPDATES_STORE})(${JSON.stringify(name)}, 'readonly',
    (store) => {
      const keys = (${asRequest})(store.getAllKeys())
      const values = (${asRequest})(store.getAll())
      return Promise.all([keys, values]).then(([keys, values]) => keys.map((key, at) => ({
        key, kind: values[at] instanceof Uint8Array ? 'update' : typeof values[at],
      })))
    })`)

/** Every stored update's bytes, in key order (what y-indexeddb applies when the page opens). */
const storedUpdates = async (page: Page, name: string): Promise<Uint8Array[]> => {
  const updates = await page.evaluate<number[][]>(`(${WITH_UPDATES_STORE})(
    ${JSON.stringify(name)}, 'readonly', (store) => (${asRequest})(store.getAll()).then((values) =>
      values.filter((value) => value instanceof Uint8Array).map((value) => Array.from(value))))`)
  return updates.map((bytes) => Uint8Array.from(bytes))
}

/** Every decision id a copy made of `updates` holds. */
const decisionsIn = (updates: readonly Uint8Array[]): Set<string> => {
  const doc = new Y.Doc()
  try {
    for (const update of updates) Y.applyUpdate(doc, update)
    return decisionIds(Dossier.open(doc))
  } finally {
    doc.destroy()
  }
}

/**
 * Records each answer of the page's compaction worker (`{ id, ok, merged }` or `{ id, ok, error }`)
 * so that a test knows the worker did the merge, not y-indexeddb's own on the page's thread, and
 * each error event it raised (a script that could not load). The worker is the browser's own,
 * only listened to.
 */
const HEAR_COMPACTION_WORKER = `(() => {
  const Native = globalThis.Worker
  globalThis.__compactionReplies = []
  globalThis.__compactionWorkerErrors = 0
  globalThis.Worker = class extends Native {
    constructor(url, options) {
      super(url, options)
      if (!String(url).includes('compaction-worker')) return
      this.addEventListener('message', (event) => globalThis.__compactionReplies.push(event.data))
      this.addEventListener('error', () => globalThis.__compactionWorkerErrors++)
    }
  }
})()`

type CompactionReply = { ok: true; merged: number } | { ok: false; error: string }

const compactionReplies = (page: Page): Promise<CompactionReply[]> =>
  page.evaluate<CompactionReply[]>('globalThis.__compactionReplies')

/**
 * Opens the dossier with its host connection ready, the page showing its claim list;
 * `beforeLoad` prepares the page's browser context before the first request.
 */
const openDossier = async (
  served: ReturnType<typeof useServedChromium>,
  beforeLoad: (page: Page) => Promise<unknown> = async () => undefined,
) => {
  const data = path.join(await tempDir(), 'data')
  const id = await libraryWithImportedDossier(data)
  const serve = await startServe({ dataDir: data })
  const tab = await openDeskPage(served.browser(), `${serve.url}&dossier=${id}`, {
    beforeLoad: async (page) => {
      await page.addInitScript({ content: HEAR_COMPACTION_WORKER })
      await beforeLoad(page)
    },
  })
  tab.page.setDefaultTimeout(30_000)
  await waitForDesk(tab.page)
  await expect.poll(() => statusCount(tab.page, 'unverified'), SOON).toBe(String(CLAIMS))
  return { serve, id, tab }
}

/**
 * A page's copy of a dossier (y-indexeddb's 'updates' store) against a real `dossier serve`: a
 * burst of 600 decisions from another editor is stored one update each, and merged into one
 * entry by the compaction worker once the burst is over, with nothing lost: the merged copy
 * holds every decision, and a page that can only read the copy shows them all.
 */
describe.skipIf(!hasChromium)(title, () => {
  const served = useServedChromium()

  it('merges a burst of remote decisions into one entry and loses none of them', async () => {
    const { serve, id, tab } = await openDossier(served)
    const { page } = tab
    try {
      const name = await copyDatabase(page, id)
      const made = await decideEveryClaimRemotely(serve, id)
      expect(made.size).toBe(CLAIMS)
      await showsEveryDecision(page)

      // The worker merges once the burst has been quiet for a second.
      await expect.poll(async () => (await storedEntries(page, name)).length, SOON).toBeLessThan(50)
      // Merged by the worker, all the burst's entries at once.
      const replies = await compactionReplies(page)
      expect(replies).toHaveLength(1)
      expect(replies[0]).toMatchObject({ ok: true })
      expect(replies[0]!.ok && replies[0]!.merged).toBeGreaterThanOrEqual(500)
      expect(decisionsIn(await storedUpdates(page, name))).toEqual(made)

      await showsEveryDecisionFromCopyAlone(page, `${serve.url}&dossier=${id}`)
      expect(tab.errors).toEqual([])
    } finally {
      await tab.close()
    }
  }, 120_000)

  it('leaves a stored value that is not an update alone and merges the rest', async () => {
    const { serve, id, tab } = await openDossier(served)
    const { page } = tab
    try {
      const name = await copyDatabase(page, id)
      // What another program (or a broken version) might have left in the store.
      const foreignKey = await page.evaluate<number>(`(${WITH_UPDATES_STORE})(
        ${JSON.stringify(name)}, 'readwrite', (store) => (${asRequest})(store.add('not an update')))`)
      const made = await decideEveryClaimRemotely(serve, id)
      await showsEveryDecision(page)

      await expect.poll(async () => (await storedEntries(page, name)).length, SOON).toBeLessThan(50)
      const entries = await storedEntries(page, name)
      expect(entries.filter((entry) => entry.kind !== 'update')).toEqual([
        { key: foreignKey, kind: 'string' },
      ])
      const replies = await compactionReplies(page)
      expect(replies).toHaveLength(1)
      expect(replies[0]!.ok && replies[0]!.merged).toBeGreaterThanOrEqual(500)
      expect(decisionsIn(await storedUpdates(page, name))).toEqual(made)
      // y-indexeddb applies the string as an empty update: the copy still opens, complete.
      await showsEveryDecisionFromCopyAlone(page, `${serve.url}&dossier=${id}`)
      expect(tab.errors).toEqual([])
    } finally {
      await tab.close()
    }
  }, 120_000)

  it('merges the burst on the page, losing none, when the compaction worker cannot load', async () => {
    const refused: string[] = []
    // On the context, so the offline shell's service worker cannot fetch the script either (it
    // would answer from its cache on an aborted request, so the host's 404 is what it gets).
    const refuseWorker = (page: Page) =>
      page.context().route(/\/assets\/compaction-worker[\w-]*\.js$/, async (route) => {
        refused.push(route.request().url())
        await route.fulfill({ status: 404, body: 'not found' })
      })
    const { serve, id, tab } = await openDossier(served, refuseWorker)
    const { page } = tab
    try {
      const name = await copyDatabase(page, id)
      const keysBefore = (await storedEntries(page, name)).map((entry) => entry.key)
      const made = await decideEveryClaimRemotely(serve, id)
      expect(made.size).toBe(CLAIMS)
      await showsEveryDecision(page)

      // y-indexeddb's storeState: the whole document as one new entry, every older one deleted.
      await expect.poll(async () => (await storedEntries(page, name)).length, SOON).toBeLessThan(50)
      const entries = await storedEntries(page, name)
      expect(entries[0]!.key).toBeGreaterThan(Math.max(...keysBefore) + COMPACTED_AT_LEAST)
      // The worker really failed to load, and never answered: the page did the merge.
      expect(refused.some((url) => url.startsWith(serve.origin))).toBe(true)
      expect(await page.evaluate<number>('globalThis.__compactionWorkerErrors')).toBeGreaterThan(0)
      expect(await compactionReplies(page)).toEqual([])
      expect(decisionsIn(await storedUpdates(page, name))).toEqual(made)

      // Still usable: a claim opens, and a page that can only read the copy shows every decision.
      await claimButton(page, 1).click()
      await detailPane(page).locator('h2', { hasText: 'Claim #1' }).waitFor()
      await showsEveryDecisionFromCopyAlone(page, `${serve.url}&dossier=${id}`)
      expect(tab.errors).toEqual([])
    } finally {
      await tab.close()
    }
  }, 120_000)
})
