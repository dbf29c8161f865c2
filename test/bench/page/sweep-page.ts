import { sweepSignatures } from '../../../src/shared/dossier/signature-sweep'
import { DecisionVerifier } from '../../../src/shared/dossier/verified-status'
import { pageSignatureCheck } from '../../../src/renderer/signatures/native-check'
import type { SweepWindow } from '../page-sweep'

/**
 * The page side of the signature sweep bench (bench-sweep.ts), bundled for Chromium: the app's
 * own sweep and signature check (WebCrypto in verify workers), timed, with every task over 50 ms the page ran meanwhile.
 */
const page = window as unknown as SweepWindow

page.runSweep = async (native) => {
  const { decisions } = page
  const tasks: number[] = []
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) tasks.push(entry.duration)
  })
  observer.observe({ entryTypes: ['longtask'] })
  // As the app does: WebCrypto in verify workers (served beside this page by the bench).
  const check = native
    ? await pageSignatureCheck(() => new Worker('/verify-worker.js', { type: 'module' }))
    : null
  const started = performance.now()
  const result = await sweepSignatures(decisions, new DecisionVerifier(), {
    check,
    concurrency: 256,
  })
  const ms = performance.now() - started
  // Long tasks are reported after they end: one more turn of the loop to hear the last.
  await new Promise((resolve) => setTimeout(resolve, 100))
  observer.disconnect()
  return {
    ms,
    checked: result.checked,
    tampered: result.tampered,
    native: check !== null,
    longTasks: tasks.length,
    maxTaskMs: Math.max(0, ...tasks),
  }
}
