import * as fs from 'node:fs'
import * as path from 'node:path'
import { describe, expect, it } from 'vitest'
import { PRESENCE_COLOURS, colourOf } from '../../src/renderer/sync/presence'

const styles = (name: string): string =>
  fs.readFileSync(path.resolve(import.meta.dirname, '../../src/renderer/styles', name), 'utf8')

const CSS = styles('source-editing.css')
const BASE = styles('base.css')

/** The custom properties a rule block declares, from the first block whose selector is given. */
const block = (css: string, selector: string): Map<string, string> => {
  const start = css.indexOf(`${selector} {`)
  if (start < 0) throw new Error(`no ${selector} block`)
  const body = css.slice(css.indexOf('{', start) + 1, css.indexOf('}', start))
  return new Map(
    [...body.matchAll(/(--[\w-]+):\s*([^;]+);/g)].map((match) => [match[1]!, match[2]!.trim()]),
  )
}

const luminance = (hex: string): number => {
  const [r, g, b] = [1, 3, 5].map((at) => {
    const c = parseInt(hex.slice(at, at + 2), 16) / 255
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4
  })
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!
}
const contrast = (a: string, b: string): number => {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x)
  return (light! + 0.05) / (dark! + 0.05)
}

describe('presence colours', () => {
  const themes = [
    { name: 'light', own: block(CSS, ':root'), base: block(BASE, ':root') },
    {
      name: 'dark',
      own: block(CSS, "[data-theme='dark']"),
      base: block(BASE, "[data-theme='dark']"),
    },
  ]

  it.each(themes)('are readable in the $name theme: names on them, carets on the text', (theme) => {
    const ink = theme.own.get('--presence-ink')!
    for (let slot = 1; slot <= PRESENCE_COLOURS; slot += 1) {
      const colour = theme.own.get(`--presence-${slot}`)!
      expect(contrast(colour, ink), `--presence-${slot} under its name`).toBeGreaterThanOrEqual(4.5)
      expect(
        contrast(colour, theme.base.get('--surface')!),
        `--presence-${slot} caret`,
      ).toBeGreaterThanOrEqual(3)
    }
  })

  it('gives the system dark theme the dark colours too', () => {
    const system = block(
      CSS.slice(CSS.indexOf('@media (prefers-color-scheme: dark)')),
      "[data-theme='system']",
    )
    expect(system).toEqual(themes[1]!.own)
  })

  it('picks the same colour for a key on every page, and every colour for some key', () => {
    expect(colourOf('ab'.repeat(32))).toBe(colourOf('ab'.repeat(32)))
    const seen = new Set(Array.from({ length: 200 }, (_, i) => colourOf(`key-${i}`)))
    expect([...seen].sort()).toEqual(Array.from({ length: PRESENCE_COLOURS }, (_, i) => i + 1))
  })
})
