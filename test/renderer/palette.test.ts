import * as fs from 'node:fs'
import * as path from 'node:path'
import { describe, expect, it } from 'vitest'
import { STATUS_LABELS } from '../../src/shared/dossier'
import { VERIFICATIONS, paletteDeclarations, paletteProperties } from '../../src/shared/vocabulary'
import type { PaletteTheme } from '../../src/shared/vocabulary'
import { applyPalette } from '../../src/renderer/logic/palette'
import { appCss, declaredProperties, ruleDeclarations, usedProperties } from './css-rules'

/**
 * The status and signature colours have one source, src/shared/vocabulary. The renderer sets them
 * at start-up (and again when the theme changes); these tests keep the stylesheets from defining a
 * second copy that could drift, and every theme readable.
 */
describe('applyPalette', () => {
  it('sets every vocabulary colour on the root style, for the theme asked', () => {
    for (const theme of ['light', 'dark'] as const) {
      const set = new Map<string, string>()
      applyPalette({ setProperty: (name, value) => void set.set(name, value ?? '') }, theme)
      expect(Object.fromEntries(set)).toEqual(paletteProperties(theme))
    }
  })

  it('is light unless told otherwise, and the report stays light', () => {
    const set = new Map<string, string>()
    applyPalette({ setProperty: (name, value) => void set.set(name, value ?? '') })
    expect(Object.fromEntries(set)).toEqual(paletteProperties('light'))
    expect(paletteProperties()).toEqual(paletteProperties('light'))
    expect(paletteDeclarations()).toContain(
      `--confirmed: ${paletteProperties('light')['--confirmed']};`,
    )
  })

  it('gives both themes the same properties', () => {
    expect(Object.keys(paletteProperties('dark')).sort()).toEqual(
      Object.keys(paletteProperties('light')).sort(),
    )
  })

  it('is the only source: no stylesheet defines a vocabulary colour itself', () => {
    const declared = declaredProperties(appCss())
    for (const name of Object.keys(paletteProperties()))
      expect(declared.has(name), `${name} defined in CSS`).toBe(false)
  })

  it('leaves no colour a stylesheet uses undefined', () => {
    const defined = new Set([
      ...declaredProperties(appCss()).keys(),
      ...Object.keys(paletteProperties()),
    ])
    const undefinedOnes = [...usedProperties(appCss())].filter((name) => !defined.has(name))
    expect(undefinedOnes).toEqual([])
  })
})

// ----- contrast (WCAG 2.x relative luminance) -----

const channel = (value: number): number => {
  const c = value / 255
  return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4
}

const luminance = (hex: string): number => {
  const match = /^#([0-9a-f]{6})$/i.exec(hex)
  if (match === null) throw new Error(`not a #rrggbb colour: ${hex}`)
  const [r, g, b] = [0, 2, 4].map((at) => channel(parseInt(match[1]!.slice(at, at + 2), 16)))
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!
}

const contrast = (a: string, b: string): number => {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x)
  return (light! + 0.05) / (dark! + 0.05)
}

const BASE_CSS = fs.readFileSync(
  path.resolve(import.meta.dirname, '../../src/renderer/styles/base.css'),
  'utf8',
)

/** The neutral colours of a theme as base.css gives them: light is `:root`, dark overrides it. */
const neutrals = (theme: PaletteTheme): Map<string, string> => {
  const light = ruleDeclarations(BASE_CSS, ':root')
  return theme === 'light'
    ? light
    : new Map([...light, ...ruleDeclarations(BASE_CSS, "[data-theme='dark']")])
}

const THEMES: readonly PaletteTheme[] = ['light', 'dark']

describe.each(THEMES)('the %s theme meets WCAG AA', (theme) => {
  const palette = paletteProperties(theme)
  const neutral = neutrals(theme)
  const colour = (name: string): string => {
    const value = palette[name] ?? neutral.get(name)
    if (value === undefined) throw new Error(`${name} is not defined for ${theme}`)
    return value
  }

  it.each(STATUS_LABELS)('the %s badge: its ink on its fill, 4.5:1 or better', (label) => {
    expect(contrast(colour(`--${label}`), colour(`--${label}-bg`))).toBeGreaterThanOrEqual(4.5)
  })

  it.each(VERIFICATIONS)('the %s signature badge: 4.5:1 or better', (verification) => {
    expect(
      contrast(colour(`--${verification}`), colour(`--${verification}-bg`)),
    ).toBeGreaterThanOrEqual(4.5)
  })

  it('status marks (stripes, frames) stand out from the surfaces, 3:1 or better', () => {
    for (const label of STATUS_LABELS)
      for (const surface of ['--surface', '--bg'])
        expect(
          contrast(colour(`--${label}-mark`), colour(surface)),
          `${label} mark on ${surface}`,
        ).toBeGreaterThanOrEqual(3)
  })

  it('text on every background it is set on, 4.5:1 or better', () => {
    const pairs: readonly (readonly [string, string])[] = [
      ['--text', '--bg'],
      ['--text', '--surface'],
      ['--text', '--surface-sunk'],
      ['--text', '--danger-bg'],
      ['--text', '--tint-bg'],
      ['--text', '--selected-bg'],
      ['--text', '--mark'],
      ['--text', '--mark-edited'],
      ['--muted', '--bg'],
      ['--muted', '--surface'],
      ['--muted', '--surface-sunk'],
      ['--muted', '--tint-bg'],
      ['--accent', '--bg'],
      ['--accent', '--surface'],
      ['--accent', '--tint-bg'],
      ['--accent-text', '--accent'],
      ['--danger', '--surface'],
      ['--danger', '--danger-bg'],
      ['--danger', '--tint-bg'],
      ['--warning', '--warning-bg'],
      ['--ok', '--ok-bg'],
    ]
    for (const [ink, background] of pairs)
      expect(
        contrast(colour(ink), colour(background)),
        `${ink} on ${background}`,
      ).toBeGreaterThanOrEqual(4.5)
  })

  it.each(STATUS_LABELS)(
    'a %s quote in the source text is its badge ink on its badge fill (so 4.5:1 or better)',
    (label) => {
      const css = fs.readFileSync(
        path.resolve(import.meta.dirname, '../../src/renderer/styles/source-editing.css'),
        'utf8',
      )
      const quote = ruleDeclarations(css, `.quote-status-${label}`)
      expect(quote.get('--quote-ink')).toBe(`var(--${label})`)
      expect(quote.get('--quote-fill')).toBe(`var(--${label}-bg)`)
      expect(ruleDeclarations(css, '.source-text mark.quote').get('color')).toBe('var(--quote-ink)')
      expect(contrast(colour(`--${label}`), colour(`--${label}-bg`))).toBeGreaterThanOrEqual(4.5)
    },
  )

  it('the focus ring stands out from the surfaces, 3:1 or better', () => {
    for (const surface of ['--bg', '--surface', '--tint-bg'])
      expect(contrast(colour('--focus'), colour(surface)), surface).toBeGreaterThanOrEqual(3)
  })
})

describe('the dark theme in base.css', () => {
  it('is the same whether chosen (Dark) or followed (System on a dark computer)', () => {
    const system = /@media \(prefers-color-scheme: dark\)\s*\{([^]*?\n)\}/.exec(BASE_CSS)
    expect(system).not.toBeNull()
    expect(ruleDeclarations(system![1]!, "[data-theme='system']")).toEqual(
      ruleDeclarations(BASE_CSS, "[data-theme='dark']"),
    )
  })

  it('overrides every neutral colour the light theme defines', () => {
    const light = [...ruleDeclarations(BASE_CSS, ':root').keys()].filter(
      (name) => name.startsWith('--') && !name.startsWith('--font') && name !== '--radius',
    )
    const dark = ruleDeclarations(BASE_CSS, "[data-theme='dark']")
    expect(light.filter((name) => !dark.has(name))).toEqual([])
  })
})
