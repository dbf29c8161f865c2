import { readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import {
  APP_ENTRY_URL,
  APP_SCHEME,
  APP_SCHEME_PRIVILEGES,
  appFileFor,
  appUrlCheck,
} from '../../../src/main/app/app-origin'

const ROOT = resolve('/opt/desk/out/renderer')

describe('the app’s own scheme', () => {
  it('is a custom scheme with a host, never file://', () => {
    expect(APP_ENTRY_URL).toBe('vdesk-app://desk/index.html')
    expect(APP_SCHEME).not.toBe('file')
  })

  it('is privileged as standard, secure and fetchable, and nothing more', () => {
    // corsEnabled would open the app's files to other origins, bypassCSP would drop the policy,
    // allowServiceWorkers is for the browser tab only.
    expect(APP_SCHEME_PRIVILEGES).toEqual({ standard: true, secure: true, supportFetchAPI: true })
  })

  it('has no offline service worker: the renderer registers none inside the desktop app', () => {
    // The page's own rule (loopback http(s) only) is tested in test/renderer/offline; this is
    // the belt to its braces, read from the source since the page cannot run in Node.
    const source = readFileSync('src/renderer/offline/shell-worker.ts', 'utf8')
    const register = source.slice(source.indexOf('export const registerShellWorker'))
    expect(register).toMatch(/^[^]*?\{\s*(\/\/.*\s*)*if \(deskApi\(\) !== null\) return\n/)
  })
})

describe('whether a URL is the app’s own page', () => {
  const built = appUrlCheck(undefined)

  it('takes the scheme’s host, with any path, query or fragment', () => {
    expect(built('vdesk-app://desk/index.html')).toBe(true)
    expect(built('vdesk-app://desk/index.html#/d/m_abcdefgh')).toBe(true)
    expect(built('vdesk-app://desk')).toBe(true)
  })

  it('compares scheme and host whole on the parsed URL, not as a string prefix', () => {
    for (const url of [
      'vdesk-app://desk.evil.example/index.html',
      'vdesk-app://desk:8080/index.html',
      'vdesk-app://user:pass@desk/index.html',
      'vdesk-app://other/index.html',
      'vdesk-app:desk/index.html',
      'vdesk-apps://desk/index.html',
      'https://desk/index.html',
      'file:///opt/desk/out/renderer/index.html',
      'about:blank',
      'not a url',
      '',
    ]) {
      expect(built(url), url).toBe(false)
    }
  })

  it('takes the development server’s exact origin under electron-vite dev, and only then', () => {
    const dev = appUrlCheck('http://localhost:5173/')
    expect(dev('http://localhost:5173/index.html')).toBe(true)
    expect(dev('vdesk-app://desk/index.html')).toBe(true)
    expect(dev('http://localhost:5174/')).toBe(false)
    expect(dev('http://localhost.evil.example:5173/')).toBe(false)
    expect(dev('https://localhost:5173/')).toBe(false)
    expect(built('http://localhost:5173/index.html')).toBe(false)
    // A dev server address that is not http(s) trusts nothing extra.
    expect(appUrlCheck('file:///tmp/index.html')('file:///tmp/index.html')).toBe(false)
  })
})

describe('the file an app URL names', () => {
  const file = (url: string) => appFileFor(ROOT, url)

  it('maps paths under the built renderer folder; a folder means its index.html', () => {
    expect(file('vdesk-app://desk/index.html')).toEqual({
      ok: true,
      file: join(ROOT, 'index.html'),
    })
    expect(file('vdesk-app://desk/')).toEqual({ ok: true, file: join(ROOT, 'index.html') })
    expect(file('vdesk-app://desk')).toEqual({ ok: true, file: join(ROOT, 'index.html') })
    expect(file('vdesk-app://desk/assets/index-DWBUtBkJ.js?v=1#x')).toEqual({
      ok: true,
      file: join(ROOT, 'assets', 'index-DWBUtBkJ.js'),
    })
    expect(file('vdesk-app://desk/assets/a%20b.svg')).toEqual({
      ok: true,
      file: join(ROOT, 'assets', 'a b.svg'),
    })
  })

  it('refuses every way out of the folder', () => {
    for (const url of [
      'vdesk-app://desk/../../etc/passwd',
      'vdesk-app://desk/assets/../../secret',
      'vdesk-app://desk/%2e%2e/%2e%2e/etc/passwd',
      'vdesk-app://desk/%2E%2E/etc/passwd',
      'vdesk-app://desk/.%2e/etc/passwd',
      'vdesk-app://desk/assets/%2e/x.js',
      'vdesk-app://desk/%2F..%2Fetc%2Fpasswd',
      'vdesk-app://desk/..%5C..%5Cwindows',
      'vdesk-app://desk/..\\..\\windows',
      'vdesk-app://desk/assets\\x.js',
      'vdesk-app://desk//etc/passwd',
      'vdesk-app://desk/%2Fetc%2Fpasswd',
      'vdesk-app://desk/C:/Windows/win.ini',
      'vdesk-app://desk/C%3A%5CWindows',
      'vdesk-app://desk/index.html%00.js',
      'vdesk-app://desk/index.html\u0000',
      'vdesk-app://desk/%E0%A4%A',
    ]) {
      expect(file(url), url).toEqual({ ok: false, refusal: 'forbidden-path' })
    }
  })

  it('serves no other host or scheme', () => {
    for (const url of [
      'vdesk-app://other/index.html',
      'vdesk-app://desk.evil/index.html',
      'vdesk-app://desk:1/index.html',
      'file:///etc/passwd',
      'https://desk/index.html',
      'nonsense',
    ]) {
      expect(file(url), url).toEqual({ ok: false, refusal: 'not-the-app' })
    }
  })
})
