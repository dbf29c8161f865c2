import { describe, expect, it } from 'vitest'
import { appUrlCheck } from '../../../src/main/app/app-origin'
import {
  navigationVerdict,
  redirectAllowed,
  refusedLinkNotice,
  subframeNavigationAllowed,
  windowOpenVerdict,
} from '../../../src/main/app/navigation-policy'
import { readAppCommand } from '../../../src/shared/ipc/app-command'

const isAppUrl = appUrlCheck(undefined)

describe('where a window may navigate', () => {
  it('stays on the app’s own pages', () => {
    expect(navigationVerdict('vdesk-app://desk/index.html', isAppUrl)).toEqual({ allow: true })
    expect(navigationVerdict('vdesk-app://desk/index.html#/d/m_abcdefgh', isAppUrl)).toEqual({
      allow: true,
    })
  })

  it('never leaves the app; a checked https link goes to the system browser instead', () => {
    expect(navigationVerdict('https://example.org/source', isAppUrl)).toEqual({
      allow: false,
      outside: { ok: true, url: 'https://example.org/source' },
    })
  })

  it('opens nothing for a link that fails the check, and says why', () => {
    for (const url of [
      'http://example.org/',
      'file:///etc/passwd',
      'javascript:alert(1)',
      'vdesk-app://desk.evil/index.html',
      'https://192.168.1.1/',
    ]) {
      const verdict = navigationVerdict(url, isAppUrl)
      expect(verdict.allow, url).toBe(false)
      if (!verdict.allow) expect(verdict.outside.ok, url).toBe(false)
    }
  })

  it('lets a redirect only land on the app, and no frame navigate at all', () => {
    expect(redirectAllowed('vdesk-app://desk/index.html', isAppUrl)).toBe(true)
    expect(redirectAllowed('https://example.org/', isAppUrl)).toBe(false)
    expect(redirectAllowed('file:///etc/passwd', isAppUrl)).toBe(false)
    expect(subframeNavigationAllowed()).toBe(false)
  })
})

describe('a page asking for a new window', () => {
  it('gets a checked https link opened in the browser, and nothing else', () => {
    expect(windowOpenVerdict('https://example.org/')).toEqual({
      ok: true,
      url: 'https://example.org/',
    })
    expect(windowOpenVerdict('vdesk-app://desk/index.html').ok).toBe(false)
    expect(windowOpenVerdict('about:blank').ok).toBe(false)
  })
})

describe('the notice for a link that was not opened', () => {
  it('is a command the window reads, saying what, why and what to do', () => {
    const notice = refusedLinkNotice(
      'http://example.org/',
      'only https:// links open in the browser, and this one is http:',
    )
    expect(readAppCommand(notice)).toEqual(notice)
    expect(notice).toEqual({
      type: 'notice',
      text:
        'The link http://example.org/ was not opened: only https:// links open in the browser, ' +
        'and this one is http:. If you trust it, copy the address into your browser yourself.',
    })
  })

  it('shortens a long link so the notice stays readable and valid', () => {
    const notice = refusedLinkNotice(`https://example.org/${'a'.repeat(5000)}`, 'too long')
    expect(readAppCommand(notice)).not.toBeNull()
    expect(notice.type === 'notice' && notice.text.length).toBeLessThan(400)
  })
})
