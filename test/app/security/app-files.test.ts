import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { APP_RESPONSE_HEADERS, appFileServer } from '../../../src/main/app/app-files'
import { HEADER_CSP } from '../../../src/main/host/web/content-security-policy'

let base: string
let serve: ReturnType<typeof appFileServer>

const get = (url: string, method = 'GET') => serve({ url, method })

beforeAll(() => {
  base = mkdtempSync(join(tmpdir(), 'desk-app-files-'))
  const root = join(base, 'renderer')
  mkdirSync(join(root, 'assets'), { recursive: true })
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>Verification Desk</title>')
  writeFileSync(join(root, 'assets', 'index-DWBUtBkJ.js'), 'export {}')
  writeFileSync(join(root, 'assets', 'index-DWBUtBkJ.css'), 'body{}')
  writeFileSync(join(base, 'secret.txt'), 'the device key')
  // A link that leads out of the folder must not serve what it points at.
  symlinkSync(join(base, 'secret.txt'), join(root, 'assets', 'leak.txt'))
  serve = appFileServer(root)
})

afterAll(() => rmSync(base, { recursive: true, force: true }))

describe('the app scheme’s answers', () => {
  it('serves the built page with its type and the page’s policy as a header', async () => {
    const page = await get('vdesk-app://desk/index.html')
    expect(page.status).toBe(200)
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8')
    expect(page.headers.get('content-security-policy')).toBe(HEADER_CSP)
    expect(page.headers.get('x-content-type-options')).toBe('nosniff')
    expect(await page.text()).toContain('<title>Verification Desk</title>')

    const script = await get('vdesk-app://desk/assets/index-DWBUtBkJ.js')
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8')
    const style = await get('vdesk-app://desk/assets/index-DWBUtBkJ.css')
    expect(style.headers.get('content-type')).toBe('text/css; charset=utf-8')
    expect(await (await get('vdesk-app://desk/')).text()).toContain('Verification Desk')
  })

  it('answers HEAD without a body and refuses other methods', async () => {
    const head = await get('vdesk-app://desk/index.html', 'HEAD')
    expect(head.status).toBe(200)
    expect(await head.text()).toBe('')
    const post = await get('vdesk-app://desk/index.html', 'POST')
    expect(post.status).toBe(405)
    expect(post.headers.get('allow')).toBe('GET, HEAD')
  })

  it('forbids paths that try to leave the folder, and says so', async () => {
    for (const url of [
      'vdesk-app://desk/../secret.txt',
      'vdesk-app://desk/%2e%2e/secret.txt',
      'vdesk-app://desk/..%5Csecret.txt',
      'vdesk-app://desk/index.html%00',
    ]) {
      const answer = await get(url)
      expect(answer.status, url).toBe(403)
      expect(await answer.text()).toBe('Forbidden\n')
      expect(answer.headers.get('content-security-policy')).toBe(HEADER_CSP)
    }
  })

  it('finds nothing for another host, a missing file, a folder or a link out', async () => {
    for (const url of [
      'vdesk-app://other/index.html',
      'vdesk-app://desk/missing.js',
      'vdesk-app://desk/assets',
      'vdesk-app://desk/assets/leak.txt',
    ]) {
      const answer = await get(url)
      expect(answer.status, url).toBe(404)
      expect(await answer.text()).not.toContain('device key')
    }
  })

  it('sends the same security headers with every answer', () => {
    expect(APP_RESPONSE_HEADERS).toMatchObject({
      'Content-Security-Policy': HEADER_CSP,
      'X-Content-Type-Options': 'nosniff',
      'Cross-Origin-Resource-Policy': 'same-origin',
    })
  })
})
