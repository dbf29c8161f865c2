import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import react from '@vitejs/plugin-react'
import { defineConfig } from 'electron-vite'
import type { Plugin, UserConfig } from 'vite'
import { META_CSP } from './src/main/host/web/content-security-policy'

const root = fileURLToPath(new URL('.', import.meta.url))
const version = (
  JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8')) as { version: string }
).version

/** The dev server needs inline scripts (React refresh) and a WebSocket for hot reload. */
const DEV_CSP = [
  "default-src 'self'",
  "script-src 'self' 'unsafe-inline'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "connect-src 'self' ws://localhost:* ws://127.0.0.1:*",
  "object-src 'none'",
].join('; ')

/** Writes the policy into index.html: file:// pages (Electron) get no response headers. */
const contentSecurityPolicy = (): Plugin => {
  let policy = META_CSP
  return {
    name: 'desk:content-security-policy',
    configResolved(config) {
      if (config.command === 'serve') policy = DEV_CSP
    },
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: policy },
        injectTo: 'head-prepend',
      },
    ],
  }
}

/** The renderer's Vite options, also used by builds of the renderer alone (tests). */
export const rendererViteConfig = (outDir = resolve(root, 'out/renderer')): UserConfig => ({
  root: resolve(root, 'src/renderer'),
  base: './',
  plugins: [react(), contentSecurityPolicy()],
  build: {
    outDir,
    emptyOutDir: true,
    target: 'es2022',
    reportCompressedSize: false,
    // As electron-vite builds it, so tests run the same bundle the app ships.
    minify: false,
    // One bundle read from disk or loopback: splitting it would only add requests.
    chunkSizeWarningLimit: 1500,
    rolldownOptions: { input: resolve(root, 'src/renderer/index.html') },
  },
})

export default defineConfig({
  main: {
    build: {
      rolldownOptions: {
        input: {
          index: resolve(root, 'src/main/app/index.ts'),
          // The host runs in a utility process of its own (see src/main/app/host-process.ts).
          host: resolve(root, 'src/main/host/utility-entry.ts'),
          // Story imports run in a worker thread the host starts from this file (ingest-in-worker.ts).
          'ingest-worker': resolve(root, 'src/main/host/import/ingest-worker.ts'),
        },
      },
    },
  },
  preload: {
    define: { __DESK_VERSION__: JSON.stringify(version) },
    build: {
      // A sandboxed preload cannot load ES modules or anything from node_modules at run time.
      externalizeDeps: false,
      rolldownOptions: {
        input: { index: resolve(root, 'src/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: rendererViteConfig(),
})
