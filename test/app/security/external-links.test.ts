import { describe, expect, it } from 'vitest'
import {
  checkExternalLink,
  isExternalWebUrl,
  MAX_EXTERNAL_LINK_LENGTH,
} from '../../../src/main/app/external-links'

const reasonFor = (url: string): string => {
  const verdict = checkExternalLink(url)
  if (verdict.ok) throw new Error(`${url} was accepted`)
  return verdict.reason
}

describe('links the system browser may open', () => {
  it('opens https pages on public names and addresses, as parsed', () => {
    expect(checkExternalLink('https://www.example.org/report?id=3#p2')).toEqual({
      ok: true,
      url: 'https://www.example.org/report?id=3#p2',
    })
    expect(checkExternalLink('https://EXAMPLE.org:8443/a b')).toEqual({
      ok: true,
      url: 'https://example.org:8443/a%20b',
    })
    expect(isExternalWebUrl('https://93.184.215.14/')).toBe(true)
    expect(isExternalWebUrl('https://intranet/story')).toBe(true)
  })

  it('refuses every scheme but https, and says which it was', () => {
    expect(reasonFor('http://example.org/')).toBe(
      'only https:// links open in the browser, and this one is http:',
    )
    for (const url of [
      'file:///etc/passwd',
      'javascript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'vbscript:msgbox',
      'smb://server/share',
      'ms-settings:privacy',
      'verification-desk://join/abc',
      'vdesk-app://desk/index.html',
      'mailto:desk@example.org',
      'ftp://example.org/',
    ]) {
      expect(isExternalWebUrl(url), url).toBe(false)
    }
  })

  it('refuses links that carry a user name or password', () => {
    expect(reasonFor('https://bank.example@evil.example/')).toBe(
      'the link carries a user name or password',
    )
    expect(isExternalWebUrl('https://user:secret@example.org/')).toBe(false)
  })

  it('refuses this computer and the local network, however the address is spelled', () => {
    for (const url of [
      'https://localhost/',
      'https://localhost./admin',
      'https://desk.localhost/',
      'https://printer.local/',
      'https://router.internal/',
      'https://127.0.0.1/',
      'https://127.1/',
      'https://2130706433/',
      'https://0x7f.0.0.1/',
      'https://0.0.0.0/',
      'https://10.1.2.3/',
      'https://172.16.0.1/',
      'https://172.31.255.255/',
      'https://192.168.1.1/admin',
      'https://169.254.169.254/latest/meta-data',
      'https://100.64.0.1/',
      'https://224.0.0.1/',
      'https://255.255.255.255/',
    ]) {
      expect(reasonFor(url), url).toBe('the link points at this computer or the local network')
    }
    for (const url of ['https://[::1]/', 'https://[fe80::1]/', 'https://[::ffff:7f00:1]/']) {
      expect(reasonFor(url), url).toBe('the link points at an IPv6 address, not a site name')
    }
    // Public neighbours of the private ranges stay open.
    expect(isExternalWebUrl('https://172.32.0.1/')).toBe(true)
    expect(isExternalWebUrl('https://11.0.0.1/')).toBe(true)
  })

  it('refuses what does not parse, names no site, or is absurdly long', () => {
    expect(reasonFor('not a link')).toBe('the link is not a web address')
    expect(reasonFor('')).toBe('the link is not a web address')
    const long = `https://example.org/${'a'.repeat(MAX_EXTERNAL_LINK_LENGTH)}`
    expect(reasonFor(long)).toBe(`the link is longer than ${MAX_EXTERNAL_LINK_LENGTH} characters`)
    // Short as typed, too long once its characters are encoded.
    const encodedLong = `https://example.org/${'é'.repeat(MAX_EXTERNAL_LINK_LENGTH / 2)}`
    expect(reasonFor(encodedLong)).toBe(
      `the link is longer than ${MAX_EXTERNAL_LINK_LENGTH} characters`,
    )
  })
})
