import { getConfig, validateConfiguration } from 'app-builder-lib/out/util/config/config.js'
import type { Configuration } from 'app-builder-lib'
import { DebugLogger } from 'builder-util'
import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import * as path from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { SERVICE_TYPE } from '../../src/main/host/discovery/advertisement'
import { DOSSIER_EXTENSION } from '../../src/main/host/library/dossier-file'
import { OPENABLE_EXTENSIONS, openableKindOf } from '../../src/main/host/desktop/openable-files'
import { PRODUCT_NAME } from '../../src/main/host/paths'
import { INVITE_LINK_PREFIX } from '../../src/shared/lan/invite-link'

const ROOT = path.resolve(import.meta.dirname, '../..')
const packageJson = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
  productName?: string
  engines?: { node?: string }
  scripts: Record<string, string>
}

/** Width and height from a PNG's IHDR chunk. */
const pngSize = (file: string): { width: number; height: number } => {
  const bytes = readFileSync(file)
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG')
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) }
}

describe('packaging (electron-builder.yml, read and validated offline; nothing is packaged)', () => {
  let config: Configuration

  beforeAll(async () => {
    // The loader and the schema check electron-builder itself runs before packaging.
    config = await getConfig(ROOT, null, null)
    await validateConfiguration(config, new DebugLogger(false))
  })

  it('refuses a misspelt option, so the check above means something', async () => {
    const broken = { ...config, electronFusez: { runAsNode: false } } as Configuration
    await expect(validateConfiguration(broken, new DebugLogger(false))).rejects.toThrow(
      /electronFusez/,
    )
  })

  it('names the app as the CLI and the data folder expect', () => {
    expect(config.appId).toBe('org.verificationdesk.app')
    expect(config.productName).toBe(PRODUCT_NAME)
    // Electron names the userData folder from package.json's productName, dev runs included.
    expect(packageJson.productName).toBe(PRODUCT_NAME)
  })

  it('ships only the built app and its manifest, in an asar archive', () => {
    // The loader turns the list into one file set; electron-builder adds production dependencies.
    expect(config.files).toEqual([{ filter: ['out/**', '!out/cli/**', 'package.json'] }])
    expect(config.asar).toBe(true)
    expect(config.directories).toMatchObject({ buildResources: 'build', output: 'dist' })
  })

  it('flips every security fuse', () => {
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
    })
  })

  it('finds the @electron/fuses electron-builder flips them with, knowing each fuse', async () => {
    // app-builder-lib imports it itself; the project needs no copy of its own.
    const fromBuilder = createRequire(
      createRequire(import.meta.url).resolve('app-builder-lib/package.json'),
    )
    const fuses = (await import(fromBuilder.resolve('@electron/fuses'))) as {
      FuseV1Options: Record<string, unknown>
    }
    for (const name of [
      'RunAsNode',
      'EnableCookieEncryption',
      'EnableNodeOptionsEnvironmentVariable',
      'EnableNodeCliInspectArguments',
      'EnableEmbeddedAsarIntegrityValidation',
      'OnlyLoadAppFromAsar',
      'GrantFileProtocolExtraPrivileges',
    ]) {
      expect(fuses.FuseV1Options).toHaveProperty(name)
    }
  })

  it('registers the invite links’ scheme', () => {
    const scheme = INVITE_LINK_PREFIX.slice(0, INVITE_LINK_PREFIX.indexOf(':'))
    expect(scheme).toBe('verification-desk')
    expect(config.protocols).toEqual([{ name: 'Verification Desk invite link', schemes: [scheme] }])
  })

  it('opens .dossier files everywhere, with their MIME type', () => {
    expect(config.fileAssociations).toEqual([
      expect.objectContaining({
        ext: DOSSIER_EXTENSION.slice(1),
        mimeType: 'application/x-verification-dossier',
        role: 'Editor',
        rank: 'Owner',
      }),
    ])
  })

  it('takes stories on macOS only, never as their default app', () => {
    // Every story extension the app opens when handed one (src/main/host/desktop/openable-files.ts).
    const stories = OPENABLE_EXTENSIONS.filter((ext) => openableKindOf(`a.${ext}`) === 'story')
    expect(config.mac?.fileAssociations).toEqual([
      expect.objectContaining({
        ext: stories,
        role: 'Viewer',
        rank: 'Alternate',
      }),
    ])
    expect(config.win?.fileAssociations).toBeUndefined()
    expect(config.linux?.fileAssociations).toBeUndefined()
  })

  it('builds an AppImage and a deb, a dmg, and an NSIS installer that keeps the library', () => {
    expect(config.linux?.target).toEqual(['AppImage', 'deb'])
    expect(config.mac?.target).toEqual(['dmg'])
    expect(config.win?.target).toEqual(['nsis'])
    expect(config.nsis?.deleteAppDataOnUninstall).toBe(false)
    expect(config.linux?.maintainer).toBeTruthy()
  })

  it('tells macOS why the app uses the local network, and which Bonjour service it uses', () => {
    const info = config.mac?.extendInfo as Record<string, unknown>
    expect(info['NSLocalNetworkUsageDescription']).toMatch(/editors on this network/)
    expect(info['NSBonjourServices']).toEqual([`_${SERVICE_TYPE}._tcp`])
  })

  it('runs hardened on macOS with only the JIT entitlement', () => {
    expect(config.mac?.hardenedRuntime).toBe(true)
    const file = path.join(ROOT, config.mac!.entitlements!)
    const entitlements = readFileSync(file, 'utf8')
    expect([...entitlements.matchAll(/<key>([^<]+)<\/key>/g)].map((match) => match[1])).toEqual([
      'com.apple.security.cs.allow-jit',
    ])
    expect(config.mac?.entitlementsInherit).toBe(config.mac?.entitlements)
  })

  it('has its icons: 1024 px for macOS, 256 px for Windows, the theme sizes for Linux', () => {
    expect(pngSize(path.join(ROOT, config.mac!.icon!))).toEqual({ width: 1024, height: 1024 })
    expect(pngSize(path.join(ROOT, config.win!.icon!))).toEqual({ width: 256, height: 256 })
    for (const size of [16, 24, 32, 48, 64, 128, 256, 512]) {
      const file = path.join(ROOT, config.linux!.icon!, `${size}x${size}.png`)
      expect(pngSize(file)).toEqual({ width: size, height: size })
    }
  })

  it('has `npm run dist` build first, then package for this system', () => {
    expect(packageJson.scripts['dist']).toBe('electron-vite build && electron-builder')
    expect(packageJson.engines?.node).toBe('^20.19.0 || >=22.12.0')
  })

  it('runs electron-builder’s command line offline (--help downloads nothing)', () => {
    const cli = path.join(ROOT, 'node_modules', 'electron-builder', 'cli.js')
    expect(existsSync(cli)).toBe(true)
    const result = spawnSync(process.execPath, [cli, '--help'], { encoding: 'utf8' })
    expect(result.status).toBe(0)
    expect(result.stdout).toMatch(/--linux/)
  })
})
