import { existsSync } from 'node:fs'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { fileURLToPath } from 'node:url'
import { build } from 'esbuild'
import { chromium } from 'playwright-core'
import { sweepSignatures } from '../../src/shared/dossier/signature-sweep'
import { DecisionVerifier } from '../../src/shared/dossier/verified-status'
import type { Decision } from '../../src/shared/dossier'
import { nativeSweepCheck } from '../../src/main/host/library/native-signatures'
import type { Signer } from '../../src/shared/identity'
import { CHROMIUM_ARGS } from '../support/desk-page'
import { buildDossier } from './fixtures'
import type { PageSweep, SweepWindow } from './page-sweep'

/**
 * Every signature of a worked dossier (2 signed decisions a claim) checked as the app does once
 * it opens one: in the host with node:crypto, in Chromium with WebCrypto, each against the
 * pure-JS check it replaces (measured on a sample: at ~600 a second the whole would take
 * minutes), with every page task over 50 ms counted (the Long Tasks API).
 */
export interface SweepBenchResult {
  readonly claims: number
  readonly decisions: number
  readonly host: { readonly perSecond: number; readonly pureJsPerSecond: number }
  readonly page: {
    readonly perSecond: number
    readonly pureJsPerSecond: number
    readonly longTasks: number
    readonly maxTaskMs: number
  } | null
}

const PURE_JS_SAMPLE = 600
const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium'

/** Fresh objects: results are remembered by content, and each measure must check afresh. */
const copies = (decisions: readonly Decision[]): Decision[] => structuredClone([...decisions])

const hostRates = async (decisions: readonly Decision[]) => {
  const native = copies(decisions)
  let started = performance.now()
  await sweepSignatures(native, new DecisionVerifier(), { check: nativeSweepCheck })
  const perSecond = (native.length / (performance.now() - started)) * 1000
  // Re-dated: new content, so nothing is remembered (all "tampered": the same work to check).
  const sample = copies(decisions.slice(0, PURE_JS_SAMPLE)).map((decision) => ({
    ...decision,
    at: '2026-01-01T00:00:00.000Z',
  }))
  started = performance.now()
  await sweepSignatures(sample, new DecisionVerifier())
  return { perSecond, pureJsPerSecond: (sample.length / (performance.now() - started)) * 1000 }
}

const pageRates = async (decisions: readonly Decision[]): Promise<SweepBenchResult['page']> => {
  if (!existsSync(CHROMIUM)) return null
  const bundle = async (entry: string): Promise<string> => {
    const built = await build({
      entryPoints: [fileURLToPath(new URL(entry, import.meta.url))],
      bundle: true,
      write: false,
      format: 'esm',
      platform: 'browser',
      logLevel: 'silent',
    })
    return built.outputFiles[0]!.text
  }
  const scripts: Record<string, string> = {
    '/sweep.js': await bundle('./page/sweep-page.ts'),
    '/verify-worker.js': await bundle('../../src/renderer/signatures/verify-worker.ts'),
  }
  const server = createServer((request, response) => {
    const script = scripts[request.url ?? '']
    if (script !== undefined) {
      response.setHeader('content-type', 'text/javascript')
      return response.end(script)
    }
    response.setHeader('content-type', 'text/html')
    response.end('<!doctype html><script type="module" src="/sweep.js"></script>')
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS })
  try {
    const sweep = async (items: Decision[], native: boolean): Promise<PageSweep> => {
      const page = await browser.newPage()
      await page.goto(url)
      await page.waitForFunction(
        () => typeof (globalThis as unknown as Partial<SweepWindow>).runSweep === 'function',
      )
      await page.evaluate((list) => {
        ;(globalThis as unknown as SweepWindow).decisions = list
      }, items)
      const result = await page.evaluate(
        (useNative) => (globalThis as unknown as SweepWindow).runSweep(useNative),
        native,
      )
      await page.close()
      return result
    }
    const native = await sweep(copies(decisions), true)
    const pure = await sweep(copies(decisions.slice(0, PURE_JS_SAMPLE)), false)
    return {
      perSecond: (native.checked / native.ms) * 1000,
      pureJsPerSecond: (pure.checked / pure.ms) * 1000,
      longTasks: native.longTasks + pure.longTasks,
      maxTaskMs: Math.max(native.maxTaskMs, pure.maxTaskMs),
    }
  } finally {
    await browser.close()
    server.close()
  }
}

export const measureSweep = async (size: number, signer: Signer): Promise<SweepBenchResult> => {
  const dossier = buildDossier(size, signer)
  const { heads, rest } = dossier.decisionsToVerify()
  const decisions = [...heads, ...rest]
  dossier.destroy()
  return {
    claims: size,
    decisions: decisions.length,
    host: await hostRates(decisions),
    page: await pageRates(decisions),
  }
}

const rate = (perSecond: number): string => `${Math.round(perSecond).toLocaleString('en')}/s`

export const sweepLines = (result: SweepBenchResult): string[] => {
  const lines = [
    `Signatures (${result.claims.toLocaleString('en')} claims, ${result.decisions.toLocaleString('en')} signed decisions, all checked after opening)`,
  ]
  const { host, page } = result
  const hostGain = host.perSecond / host.pureJsPerSecond
  lines.push(
    `  host, node:crypto: ${rate(host.perSecond)} vs pure JS ${rate(host.pureJsPerSecond)}: ${hostGain.toFixed(1)}× (target ≥ 10×) ${hostGain >= 10 ? 'met' : 'MISSED'}`,
  )
  if (page === null) lines.push(`  page: SKIPPED (no Chromium at ${CHROMIUM})`)
  else {
    const gain = page.perSecond / page.pureJsPerSecond
    lines.push(
      `  page, WebCrypto: ${rate(page.perSecond)} vs pure JS ${rate(page.pureJsPerSecond)}: ${gain.toFixed(1)}× (target ≥ 10×) ${gain >= 10 ? 'met' : 'MISSED'}; tasks over 50 ms: ${page.longTasks} (longest ${page.maxTaskMs.toFixed(0)} ms; target none) ${page.longTasks === 0 ? 'met' : 'MISSED'}`,
    )
  }
  return lines
}
