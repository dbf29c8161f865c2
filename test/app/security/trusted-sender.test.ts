import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { appUrlCheck } from '../../../src/main/app/app-origin'
import { isTrustedSender, senderFrameOf } from '../../../src/main/app/trusted-sender'

const isAppUrl = appUrlCheck(undefined)
const APP_PAGE = 'vdesk-app://desk/index.html#/d/m_abcdefgh'

describe('who may call main over IPC', () => {
  it('is the app’s own page in the main frame of its window', () => {
    expect(isTrustedSender({ url: APP_PAGE, isMainFrame: true }, isAppUrl)).toBe(true)
  })

  it('is not a frame inside the page, even one of the app’s own URLs', () => {
    expect(isTrustedSender({ url: APP_PAGE, isMainFrame: false }, isAppUrl)).toBe(false)
  })

  it('is not another page, nor a sender whose frame is gone', () => {
    for (const url of [
      'https://example.org/',
      'file:///opt/desk/out/renderer/index.html',
      'vdesk-app://desk.evil/index.html',
      'about:blank',
      '',
    ]) {
      expect(isTrustedSender({ url, isMainFrame: true }, isAppUrl), url).toBe(false)
    }
    expect(isTrustedSender(null, isAppUrl)).toBe(false)
  })

  it('reads the frame from an IPC event: no parent is the main frame, no frame is nobody', () => {
    expect(senderFrameOf({ senderFrame: { url: APP_PAGE, parent: null } })).toEqual({
      url: APP_PAGE,
      isMainFrame: true,
    })
    const parent = { url: APP_PAGE, parent: null }
    expect(senderFrameOf({ senderFrame: { url: APP_PAGE, parent } })).toEqual({
      url: APP_PAGE,
      isMainFrame: false,
    })
    expect(senderFrameOf({ senderFrame: null })).toBeNull()
  })

  it('is checked first by every IPC handler in main', () => {
    const dir = 'src/main/app'
    const handlers = readdirSync(dir, { recursive: true, encoding: 'utf8' })
      .filter((file) => file.endsWith('.ts'))
      .map((file) => ({ file, source: readFileSync(join(dir, file), 'utf8') }))
      .filter(({ source }) => /ipcMain\.(handle|handleOnce|on|once)\(/.test(source))
    expect(handlers.map(({ file }) => file)).toContain('host-bridge.ts')
    for (const { file, source } of handlers) {
      expect(source, `${file} must check isTrustedSender`).toMatch(
        /isTrustedSender\(senderFrameOf\(event\)/,
      )
    }
  })
})
