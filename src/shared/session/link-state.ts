/**
 * When a link that failed tries again: at a time (ms since the epoch), `'now'` while an attempt
 * is under way, or null when trying again cannot help.
 */
export type RetryAt = number | 'now' | null

/**
 * Where one connection to the host stands. Once a link has been live or has failed, retries do
 * not flip it back to `connecting`: the UI keeps saying "offline" until it is live again.
 */
export type LinkState =
  /** The first attempt is under way. */
  | { readonly kind: 'connecting' }
  /** Connected, and the host has answered our sync step 1. */
  | { readonly kind: 'live' }
  /** The host cannot be reached (not running, restarting, or it closed the connection). */
  | { readonly kind: 'offline'; readonly reason: string; readonly retryAt: RetryAt }
  /** The host is up but turned us away: a wrong or expired token. */
  | { readonly kind: 'refused'; readonly reason: string; readonly retryAt: RetryAt }
  /** The host would not serve us (an unknown dossier), or the exchange broke. */
  | { readonly kind: 'error'; readonly reason: string; readonly retryAt: RetryAt }
  /** Closed by us. */
  | { readonly kind: 'closed' }

export type LinkStateKind = LinkState['kind']
