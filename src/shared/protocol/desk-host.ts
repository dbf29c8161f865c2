/**
 * The header `dossier serve` sends with every answer: how a page that has no token tells that it
 * was served by a desk host (and must ask for the address with the token), not by a plain web
 * server. A header on the page's own address, so asking costs no request that could fail.
 */
export const DESK_HOST_HEADER = 'X-Verification-Desk-Host'

export const DESK_HOST_VALUE = 'dossier serve'
