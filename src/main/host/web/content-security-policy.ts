/**
 * The UI's Content-Security-Policy, one source for both ways it is delivered: a <meta> tag in the
 * built index.html (Electron loads file:// pages, which have no headers) and a response header
 * from the loopback server. Everything comes from the app itself: no inline scripts, no eval, no
 * remote origins; the renderer opens no sockets beyond its own origin.
 */
const DIRECTIVES = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "object-src 'none'",
]

export const META_CSP = DIRECTIVES.join('; ')

/** frame-ancestors only works as a header (browsers ignore it, noisily, in a <meta> tag). */
export const HEADER_CSP = [...DIRECTIVES, "frame-ancestors 'none'"].join('; ')
