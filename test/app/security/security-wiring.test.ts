import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'

/**
 * security.ts only wires the pure decisions (tested beside this file) to Electron, which cannot
 * run here; this reads it to check each hook is wired, and wired to the decision.
 */
const security = readFileSync('src/main/app/security.ts', 'utf8')

const handlerOf = (event: string): string => {
  const start = security.indexOf(`contents.on('${event}'`)
  expect(start, `security.ts listens to ${event}`).toBeGreaterThan(-1)
  return security.slice(start, security.indexOf('\n  })', start))
}

describe('security.ts, on every web contents the app creates', () => {
  it('hardens each one as it is created', () => {
    expect(security).toMatch(
      /app\.on\('web-contents-created', \(_event, contents\) => harden\(contents, isAppUrl\)\)/,
    )
  })

  it('stops navigation the policy refuses, and only then opens the link outside', () => {
    expect(handlerOf('will-navigate')).toMatch(
      /navigationVerdict\(event\.url, isAppUrl\)\s+if \(verdict\.allow\) return\s+event\.preventDefault\(\)/,
    )
    expect(handlerOf('will-redirect')).toMatch(
      /if \(!redirectAllowed\(event\.url, isAppUrl\)\) event\.preventDefault\(\)/,
    )
    expect(handlerOf('will-frame-navigate')).toMatch(
      /if \(!event\.isMainFrame && !subframeNavigationAllowed\(\)\) event\.preventDefault\(\)/,
    )
  })

  it('prevents every <webview>', () => {
    expect(security).toMatch(
      /contents\.on\('will-attach-webview', \(event\) => event\.preventDefault\(\)\)/,
    )
  })

  it('denies every new window, here and anywhere else in main', () => {
    const handler = security.slice(security.indexOf('setWindowOpenHandler'))
    expect(handler.slice(0, handler.indexOf('\n  })'))).toMatch(/return \{ action: 'deny' \}$/)
    for (const file of readdirSync('src/main/app', { recursive: true, encoding: 'utf8' })) {
      if (!file.endsWith('.ts')) continue
      const source = readFileSync(join('src/main/app', file), 'utf8')
      expect(source, file).not.toMatch(/action:\s*'allow'/)
    }
  })

  it('answers permission requests, checks and devices with the policy', () => {
    expect(security).toMatch(/setPermissionRequestHandler\([^]*?callback\(\s*permissionGranted\(/)
    expect(security).toMatch(/setPermissionCheckHandler\([^]*?=>\s*permissionGranted\(/)
    expect(security).toMatch(/setDevicePermissionHandler\(\(\) => devicePermissionGranted\(\)\)/)
  })
})
