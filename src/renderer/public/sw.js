/*
 * Verification Desk's offline shell (docs/ui.md, "A tab opened while the host is down").
 *
 * A plain script, copied as it is into the built web app and served by `dossier serve` at /sw.js
 * (no-cache). The page registers it as `/sw.js?build=<its bundle's hashed name>`
 * (src/renderer/offline/shell-worker.ts), so every build is a new worker with a cache of its own,
 * and the old build's cache is deleted once the new one is in place.
 *
 * Network first: while the host answers, the page gets exactly what it serves, and the answer is
 * kept; only when the host cannot be reached does the kept copy answer. What it keeps is the app
 * shell (the page and its built files) and nothing else: never the sync socket, the RPC (both
 * WebSockets, which a service worker does not see), any request with a query (the token travels
 * as `?token=` on the socket only) or anything that is not a plain GET of this origin.
 */

const CACHE_PREFIX = 'vdesk-shell-'
const build = new URL(self.location.href).searchParams.get('build') ?? 'unversioned'
const CACHE = `${CACHE_PREFIX}${build.replace(/[^\w.-]/g, '_')}`
const scope = new URL(self.registration.scope)
const SHELL = new URL('./', scope).href

/** The cache key for a request the shell keeps, or null when the browser should see it alone. */
const shellKey = (request) => {
  if (request.method !== 'GET') return null
  const url = new URL(request.url)
  if (url.origin !== scope.origin || url.search !== '') return null
  if (!url.pathname.startsWith(scope.pathname)) return null
  const inScope = url.pathname.slice(scope.pathname.length)
  // The page itself, however it was asked for; the fragment (#dossier=…) never reaches here.
  if (inScope === '' || inScope === 'index.html') return SHELL
  if (request.mode === 'navigate') return null
  if (/^assets\/[\w.-]+$/.test(inScope) || /^[\w-]+\.(svg|png|ico)$/.test(inScope)) return url.href
  return null
}

const ASSETS = new URL('./assets/', scope).pathname

/**
 * The app's built files a page or a script names: its scripts, styles, workers and chunks. Only
 * names in the assets folder count: a bundle also quotes paths in its libraries' comments.
 */
const namedFiles = (text, base) => {
  const found = new Set()
  const patterns = [
    // index.html: <script src="./assets/…"> and <link href="./assets/…">.
    /(?:src|href)="(\.?\/?assets\/[\w.-]+)"/g,
    // A bundle: new URL("verify-worker-….js", import.meta.url) and its imports of chunks.
    /new URL\(\s*["']([\w./-]+)["']\s*,\s*import\.meta\.url\s*\)/g,
    /(?:\bfrom|\bimport)\s*\(?\s*["'](\.{1,2}\/[\w./-]+)["']/g,
  ]
  for (const pattern of patterns) {
    for (const match of text.matchAll(pattern)) {
      const url = new URL(match[1], base)
      const inAssets =
        url.pathname.startsWith(ASSETS) && !url.pathname.slice(ASSETS.length).includes('/')
      if (url.origin === scope.origin && url.search === '' && inAssets) found.add(url.href)
    }
  }
  return found
}

/**
 * Keeps the whole shell of the build the page asked for, so that a tab reloaded while the host is
 * down finds every file it needs, even one this page had not loaded yet (the verify worker).
 */
const keepShell = async () => {
  const cache = await caches.open(CACHE)
  const page = await fetch(SHELL, { cache: 'no-cache' })
  if (!page.ok) throw new Error(`the host answered ${page.status} for the page`)
  const named = namedFiles(await page.clone().text(), SHELL)
  await cache.put(SHELL, page)
  const queue = [...named]
  const seen = new Set(queue)
  while (queue.length > 0) {
    const address = queue.pop()
    const answer = await fetch(address, { cache: 'no-cache' })
    if (!answer.ok) {
      // What the page loads must be there; a name found inside a script may be a false match.
      if (named.has(address)) throw new Error(`the host answered ${answer.status} for ${address}`)
      continue
    }
    if (/\.m?js$/.test(new URL(address).pathname)) {
      for (const more of namedFiles(await answer.clone().text(), address)) {
        if (!seen.has(more)) {
          seen.add(more)
          queue.push(more)
        }
      }
    }
    await cache.put(address, answer)
  }
}

self.addEventListener('install', (event) => {
  event.waitUntil(keepShell().then(() => self.skipWaiting()))
})

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      for (const name of await caches.keys()) {
        if (name.startsWith(CACHE_PREFIX) && name !== CACHE) await caches.delete(name)
      }
      // The page's own request starts while this worker starts, not after: no wait added.
      await self.registration.navigationPreload?.enable()
      await self.clients.claim()
    })(),
  )
})

/**
 * Keeps the host's answer. A built file's name changes with its content, so one already kept is
 * not written again (a reload would otherwise rewrite the whole bundle each time); the page
 * itself is.
 */
const keep = async (key, answer) => {
  const cache = await caches.open(CACHE)
  if (key !== SHELL && (await cache.match(key)) !== undefined) return
  await cache.put(key, answer)
}

const networkFirst = async (event, key) => {
  try {
    const answer = (await event.preloadResponse) ?? (await fetch(event.request))
    if (answer.ok && answer.type === 'basic') {
      const copy = answer.clone()
      event.waitUntil(keep(key, copy))
    }
    return answer
  } catch (unreachable) {
    const kept = await caches.open(CACHE).then((cache) => cache.match(key))
    if (kept !== undefined) return kept
    throw unreachable
  }
}

self.addEventListener('fetch', (event) => {
  const key = shellKey(event.request)
  if (key !== null) event.respondWith(networkFirst(event, key))
  // Any other page of this origin: the host's answer as it is, through the preload already made.
  else if (event.request.mode === 'navigate') {
    event.respondWith(
      Promise.resolve(event.preloadResponse).then((preloaded) => preloaded ?? fetch(event.request)),
    )
  }
})
