import type { Transport } from './transport'

/**
 * Opens one connection to `room` (a dossier id, or the library room). One dial is one attempt:
 * the transport reports open, or close with why; reconnecting is the caller's job (SessionLink).
 */
export type Dialer = (room: string) => Transport
