#!/usr/bin/env node
// Renders the app's icon (src/renderer/public/icon.svg) into the PNGs packaging uses:
// build/icon.png (1024×1024, from which electron-builder derives the macOS .icns) and
// build/icons/<size>x<size>.png (the Linux icon theme sizes; the Windows .ico comes from the
// 256 px one). Run it after changing the SVG and commit its output: packaging then needs no
// browser.
//   node scripts/render-icons.mjs
import { mkdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { chromium } from 'playwright-core'

const root = fileURLToPath(new URL('..', import.meta.url))
const source = join(root, 'src', 'renderer', 'public', 'icon.svg')
const buildDir = join(root, 'build')
const LINUX_SIZES = [16, 24, 32, 48, 64, 128, 256, 512]
const APP_ICON_SIZE = 1024
// macOS draws app icons on a grid where the shape fills 824 of 1024 pixels; a full-bleed square
// looks larger than every other icon in the Dock. Linux and small sizes use the whole square.
const MAC_GRID_MARGIN = 100

const page = (svg, size, margin) => `<!doctype html>
<html><head><style>
  html, body { margin: 0; background: transparent; }
  body { width: ${size}px; height: ${size}px; padding: ${margin}px; box-sizing: border-box; }
  svg { display: block; width: 100%; height: 100%; }
</style></head><body>${svg}</body></html>`

const render = async (browser, svg, size, margin, path) => {
  const context = await browser.newContext({
    viewport: { width: size, height: size },
    deviceScaleFactor: 1,
  })
  const tab = await context.newPage()
  await tab.setContent(page(svg, size, margin))
  await tab.screenshot({ path, omitBackground: true })
  await context.close()
  console.log(`wrote ${path.slice(root.length)}`)
}

const main = async () => {
  const svg = await readFile(source, 'utf8')
  await mkdir(join(buildDir, 'icons'), { recursive: true })
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  })
  try {
    await render(browser, svg, APP_ICON_SIZE, MAC_GRID_MARGIN, join(buildDir, 'icon.png'))
    for (const size of LINUX_SIZES) {
      await render(browser, svg, size, 0, join(buildDir, 'icons', `${size}x${size}.png`))
    }
  } finally {
    await browser.close()
  }
}

main().catch((error) => {
  console.error(`The icons could not be rendered: ${error?.message ?? error}`)
  process.exitCode = 1
})
