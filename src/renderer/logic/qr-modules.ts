import { create } from 'qrcode'

/** A QR code as the Share panel draws it: its side in modules and where the dark ones are. */
export interface QrModules {
  readonly size: number
  /** Column and row of each dark module, row by row. */
  readonly dark: readonly (readonly [x: number, y: number])[]
}

/**
 * The dark modules of a side × side matrix whose cells `isDark(x, y)` reads: what the panel turns
 * into SVG rectangles itself, so no image or markup string ever reaches the page (the app's
 * Content-Security-Policy allows neither inline markup nor data: URLs for this).
 */
export const darkModules = (size: number, isDark: (x: number, y: number) => boolean): QrModules => {
  const dark: (readonly [number, number])[] = []
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) if (isDark(x, y)) dark.push([x, y])
  }
  return { size, dark }
}

/** Level M survives a smudged or glaring screen and keeps a whole invite under version 13. */
export const qrModulesOf = (text: string): QrModules => {
  const { modules } = create(text, { errorCorrectionLevel: 'M' })
  return darkModules(modules.size, (x, y) => modules.get(y, x) !== 0)
}

/** The blank border scanners need around a code, in modules (ISO/IEC 18004). */
export const QUIET_ZONE = 4
