import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import {
  NetworkPermissionNote,
  networkPermissionWords,
} from '../../src/renderer/components/share/NetworkPermissionNote'

const text = (html: string) => html.replace(/<[^>]+>/g, ' ')

describe('the note on what the system will ask before sharing', () => {
  it('on Windows, explains the firewall question: allow private networks, public not needed', () => {
    const words = networkPermissionWords('win32')!
    const all = words.body.join(' ')
    expect(words.title).toMatch(/Windows/)
    expect(all).toMatch(/Windows Defender Firewall/)
    expect(all).toMatch(/Allow it on private networks/)
    expect(all).toMatch(/not needed on public networks/)
    expect(all).toMatch(/Allow an app through firewall/)
  })

  it('on macOS, explains the local network question and where to change the answer', () => {
    const words = networkPermissionWords('darwin')!
    const all = words.body.join(' ')
    expect(words.title).toMatch(/macOS/)
    expect(all).toMatch(/local network/)
    expect(all).toMatch(/Privacy & Security, Local Network/)
  })

  it('says nothing where the system asks nothing, or is not known (Linux, a browser tab)', () => {
    expect(networkPermissionWords('linux')).toBeNull()
    expect(networkPermissionWords('other')).toBeNull()
    expect(networkPermissionWords(null)).toBeNull()
    expect(renderToStaticMarkup(<NetworkPermissionNote os="linux" />)).toBe('')
    expect(renderToStaticMarkup(<NetworkPermissionNote os={null} />)).toBe('')
  })

  it('renders as a note named by its title', () => {
    const html = renderToStaticMarkup(<NetworkPermissionNote os="win32" />)
    expect(html).toMatch(/role="note"/)
    const labelledBy = /aria-labelledby="([^"]+)"/.exec(html)![1]
    expect(html).toContain(`id="${labelledBy}"`)
    expect(text(html)).toMatch(/Windows will ask about the network/)
  })
})
