import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'

/**
 * What no Electron-side source may say, whoever writes it: each pattern undoes an item of the
 * security checklist (docs/security.md). Comments are read too, so a line that only explains why
 * one of these is absent must word it differently.
 */
const FORBIDDEN: readonly (readonly [RegExp, string])[] = [
  [/nodeIntegration(InWorker|InSubFrames)?\s*:\s*true/, 'Node.js in a renderer'],
  [/contextIsolation\s*:\s*false/, 'the page sharing the preload’s world'],
  [/sandbox\s*:\s*false/, 'an unsandboxed renderer'],
  [/webSecurity\s*:\s*false/, 'the same-origin policy turned off'],
  [/allowRunningInsecureContent\s*:\s*true/, 'http content in the app’s page'],
  [/experimentalFeatures\s*:\s*true/, 'experimental Chromium features'],
  [/enableBlinkFeatures/, 'extra Blink features'],
  [/enableRemoteModule|@electron\/remote/, 'the remote module'],
  [/webviewTag\s*:\s*true|allowpopups/, '<webview>'],
  [/bypassCSP\s*:\s*true/, 'a scheme that ignores the Content-Security-Policy'],
  [/corsEnabled\s*:\s*true/, 'the app’s files readable by other origins'],
  [/['"`]file:\/\//, 'a file:// URL (the app is served on its own scheme)'],
  [/\.loadFile\(/, 'a page loaded from a file (the app is served on its own scheme)'],
  [/registerFileProtocol|interceptFileProtocol/, 'the deprecated file protocol handlers'],
  [
    /disable-web-security|ignore-certificate-errors|no-sandbox|disable-site-isolation/,
    'a Chromium switch that turns a protection off',
  ],
  [/setCertificateVerifyProc|['"]certificate-error['"]/, 'overriding certificate checks'],
  [/ELECTRON_DISABLE_SECURITY_WARNINGS/, 'hiding Electron’s security warnings'],
  [/setPermissionRequestHandler\(\s*null|setPermissionCheckHandler\(\s*null/, 'permissions reset'],
  [/\bsendSync\(/, 'synchronous IPC'],
]

const sources = (dir: string): { file: string; text: string }[] =>
  readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => /\.[cm]?[jt]sx?$/.test(file))
    .map((file) => ({ file: join(dir, file), text: readFileSync(join(dir, file), 'utf8') }))

const electronSide = [...sources('src/main/app'), ...sources('src/preload')]

describe('the Electron-side sources', () => {
  it('are all read (the folders exist and hold the entry points)', () => {
    const files = electronSide.map(({ file }) => file.split('\\').join('/'))
    expect(files).toContain('src/main/app/index.ts')
    expect(files).toContain('src/preload/index.ts')
  })

  it.each(FORBIDDEN.map(([pattern, what]) => [what, pattern] as const))(
    'never ask for %s',
    (_what, pattern) => {
      const offenders = electronSide
        .filter(({ text }) => pattern.test(text))
        .map(({ file }) => file)
      expect(offenders).toEqual([])
    },
  )

  it('call shell.openExternal in one place only, the checked helper', () => {
    const callers = electronSide
      .filter(({ text }) => /\bopenExternal\(/.test(text))
      .map(({ file }) => file.split('\\').join('/'))
    expect(callers).toEqual(['src/main/app/security.ts'])
    const security = readFileSync('src/main/app/security.ts', 'utf8')
    expect(security.match(/\bopenExternal\(/g)).toHaveLength(1)
    expect(security).toMatch(
      /const verdict = checkExternalLink\(raw\)\s+if \(!verdict\.ok\) return false\s+shell\.openExternal\(verdict\.url\)/,
    )
  })

  it('keep the sandbox on for every renderer and register the app scheme before ready', () => {
    const main = readFileSync('src/main/app/index.ts', 'utf8')
    expect(main).toMatch(/app\.enableSandbox\(\)/)
    const beforeReady = main.slice(0, main.indexOf('app.whenReady()'))
    expect(beforeReady).toMatch(/registerAppScheme\(\)/)
    expect(main).toMatch(/installSecurity\(isAppUrl\)/)
  })

  it('load windows from the app scheme or the dev server only', () => {
    const loads = electronSide.flatMap(({ file, text }) =>
      [...text.matchAll(/\.loadURL\(([^)]*)\)/g)].map((match) => `${file}: ${match[1]}`),
    )
    expect(loads.map((load) => load.split('\\').join('/'))).toEqual([
      'src/main/app/main-window.ts: rendererUrl(',
    ])
  })
})
