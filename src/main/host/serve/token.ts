import { randomBytes } from 'node:crypto'

/**
 * 32 random bytes, base64url: unguessable, and safe in a URL fragment and a query string. A file
 * of its own so that what only needs a token (the saved address) does not load the server.
 */
export const newToken = (): string => randomBytes(32).toString('base64url')
