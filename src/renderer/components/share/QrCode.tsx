import { useMemo } from 'react'
import { QUIET_ZONE, qrModulesOf } from '../../logic/qr-modules'

/**
 * A QR code drawn as SVG rectangles, one per dark module, black on white whatever the theme
 * (scanners want the contrast). Built as elements, not markup or an image URL, so the app's
 * Content-Security-Policy needs nothing new.
 */
export const QrCode = ({ text, label }: { readonly text: string; readonly label: string }) => {
  const { size, dark } = useMemo(() => qrModulesOf(text), [text])
  const side = size + 2 * QUIET_ZONE
  return (
    <svg
      className="qr-code"
      viewBox={`0 0 ${side} ${side}`}
      role="img"
      aria-label={label}
      shapeRendering="crispEdges"
      data-modules={size}
    >
      <rect className="qr-light" width={side} height={side} fill="#ffffff" />
      {dark.map(([x, y]) => (
        <rect
          key={`${x},${y}`}
          className="qr-dark"
          x={x + QUIET_ZONE}
          y={y + QUIET_ZONE}
          width={1}
          height={1}
          fill="#000000"
        />
      ))}
    </svg>
  )
}
