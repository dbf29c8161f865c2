import {
  CLOSE_DOSSIER_FULL,
  CLOSE_HOST_BUSY,
  CLOSE_INTERNAL_ERROR,
  CLOSE_POLICY_VIOLATION,
  CLOSE_REFUSED_UPDATE,
  CLOSE_TOO_BIG,
  CLOSE_UNKNOWN_DOSSIER,
  CLOSE_UNSUPPORTED_DATA,
} from '../protocol'
import type { TransportClose } from '../transport'

/** What a closed connection means for the replica, and whether trying again can help. */
export interface CloseVerdict {
  readonly kind: 'offline' | 'refused' | 'error'
  readonly reason: string
  readonly retry: boolean
}

const POLICY_CODES = new Set([CLOSE_POLICY_VIOLATION, CLOSE_UNSUPPORTED_DATA, CLOSE_TOO_BIG])

export const judgeClose = (close: TransportClose): CloseVerdict => {
  if (close.refused) {
    return {
      kind: 'refused',
      reason: 'the host refused this page’s access token',
      retry: true,
    }
  }
  if (close.code === CLOSE_UNKNOWN_DOSSIER) {
    return { kind: 'error', reason: 'the host has no such dossier', retry: false }
  }
  if (close.code === CLOSE_REFUSED_UPDATE) {
    // This copy holds a change that would erase or rewrite protected entries: resending it cannot help.
    return { kind: 'error', reason: `the host refused a change: ${close.reason}`, retry: false }
  }
  if (close.code === CLOSE_DOSSIER_FULL) {
    return {
      kind: 'error',
      reason: `the host refused a change: ${close.reason || 'the dossier is at its size limit'}`,
      retry: false,
    }
  }
  if (close.code === CLOSE_HOST_BUSY) {
    return { kind: 'error', reason: 'the host is busy; trying again shortly', retry: true }
  }
  if (POLICY_CODES.has(close.code)) {
    // Usually a rate limit or a frame the host would not take; a fresh sync may well pass.
    return { kind: 'error', reason: `the host closed the connection: ${close.reason}`, retry: true }
  }
  if (close.code === CLOSE_INTERNAL_ERROR) {
    const detail = close.reason === '' ? 'an error on the host' : close.reason
    return { kind: 'error', reason: detail, retry: true }
  }
  const reason = close.opened
    ? close.reason === ''
      ? 'the connection to the host was lost'
      : close.reason
    : 'the host is not answering'
  return { kind: 'offline', reason, retry: true }
}
