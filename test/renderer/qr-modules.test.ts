import { create } from 'qrcode'
import { describe, expect, it } from 'vitest'
import { darkModules, qrModulesOf } from '../../src/renderer/logic/qr-modules'

describe('the QR code the Share panel draws', () => {
  it('lists the dark modules of a matrix row by row, as column and row', () => {
    // 1 0
    // 1 1
    const matrix = [
      [true, false],
      [true, true],
    ]
    expect(darkModules(2, (x, y) => matrix[y]![x]!)).toEqual({
      size: 2,
      dark: [
        [0, 0],
        [0, 1],
        [1, 1],
      ],
    })
  })

  it('is the qrcode library’s level-M matrix for the link, module for module', () => {
    const link = 'verification-desk://join/AQCgGlP7L_gy_pkaoi0123456789abcdefghijklmnopqrstuvwxyz'
    const { modules } = create(link, { errorCorrectionLevel: 'M' })
    const drawn = qrModulesOf(link)
    expect(drawn.size).toBe(modules.size)
    const dark = new Set(drawn.dark.map(([x, y]) => `${x},${y}`))
    for (let y = 0; y < modules.size; y++) {
      for (let x = 0; x < modules.size; x++) {
        expect(dark.has(`${x},${y}`), `module ${x},${y}`).toBe(modules.get(y, x) === 1)
      }
    }
    // The finder pattern's corner is dark, the separator next to it light: not transposed.
    expect(dark.has('0,0')).toBe(true)
    expect(dark.has('7,0')).toBe(false)
  })
})
