import { describe, expect, it } from 'vitest'
import { paletteProperties } from '../../src/shared/vocabulary'
import { applyPalette } from '../../src/renderer/logic/palette'
import { appCss, declaredProperties, usedProperties } from './css-rules'

/**
 * The status and signature colours have one source, src/shared/vocabulary. The renderer sets them
 * at start-up; these tests keep the stylesheets from defining a second copy that could drift.
 */
describe('applyPalette', () => {
  it('sets every vocabulary colour on the root style', () => {
    const set = new Map<string, string>()
    applyPalette({ setProperty: (name, value) => void set.set(name, value ?? '') })
    expect(Object.fromEntries(set)).toEqual(paletteProperties())
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
