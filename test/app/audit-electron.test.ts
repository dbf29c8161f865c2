import { spawn } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'

const SCRIPT = join(import.meta.dirname, '../../scripts/audit-electron.mjs')

/** Runs `npm run audit:electron` as CI does (offline), with extra arguments. */
const audit = (...args: string[]): Promise<{ code: number | null; output: string }> =>
  new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [SCRIPT, ...args], { stdio: ['ignore', 'pipe', 'pipe'] })
    let output = ''
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()))
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()))
    child.on('error', reject)
    child.on('close', (code) => resolve({ code, output }))
  })

const insecure = mkdtempSync(join(tmpdir(), 'desk-insecure-shell-'))
afterAll(() => rmSync(insecure, { recursive: true, force: true }))

describe('npm run audit:electron', () => {
  it('passes on the app: every finding above LOW is allowed with a reason', async () => {
    const { code, output } = await audit()
    expect(output).toContain('audit:electron: passed')
    expect(code).toBe(0)
    expect(output).not.toMatch(/^\s+FAIL/m)
    for (const check of ['PRELOAD_JS_CHECK', 'OPEN_EXTERNAL_JS_CHECK']) {
      expect(output).toMatch(new RegExp(`allowed\\s+${check} .*\\n.*\\n\\s+why allowed: \\S`))
    }
    // What it flags on an insecure shell (below) and finds in order here.
    for (const check of [
      'CONTEXT_ISOLATION',
      'SANDBOX',
      'AUXCLICK',
      'LIMIT_NAVIGATION',
      'PERMISSION_REQUEST_HANDLER',
      'CSP_GLOBAL_CHECK MEDIUM',
    ]) {
      expect(output).not.toContain(check)
    }
  }, 60_000)

  it('fails on an insecure window and on a file it cannot read, naming each', async () => {
    writeFileSync(
      join(insecure, 'main.js'),
      [
        "const { BrowserWindow } = require('electron')",
        'const window = new BrowserWindow({',
        '  webPreferences: { nodeIntegration: true, contextIsolation: false, sandbox: false },',
        '})',
        "window.loadURL('http://example.org/')",
      ].join('\n'),
    )
    writeFileSync(join(insecure, 'broken.js'), 'const = (;\n')
    const { code, output } = await audit('--input', insecure)
    expect(code).toBe(1)
    for (const check of [
      'CONTEXT_ISOLATION_JS_CHECK',
      'SANDBOX_JS_CHECK',
      'HTTP_RESOURCES_JS_CHECK',
      // What the app passes: navigation limits and a permission handler somewhere in main.
      'LIMIT_NAVIGATION_GLOBAL_CHECK',
      'PERMISSION_REQUEST_HANDLER_GLOBAL_CHECK',
    ]) {
      expect(output).toMatch(new RegExp(`FAIL\\s+${check} (HIGH|MEDIUM)/`))
    }
    expect(output).toMatch(/FAIL\s+could not parse broken\.js/)
    expect(output).toContain('add it to ALLOWED in scripts/audit-electron.mjs with the reason')
  }, 60_000)

  it('says what it needs when --input has no folder', async () => {
    const { code, output } = await audit('--input')
    expect(code).toBe(2)
    expect(output).toContain('--input needs a folder')
  })
})
