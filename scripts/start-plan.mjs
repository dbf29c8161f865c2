// What `npm start` does and says, decided from facts start.mjs gathers (pure, so it is tested in
// test/app/start-message.test.ts without Electron, a display or the network).

/**
 * @param {{ browserAsked: boolean, hasBinary: boolean, hasDisplay: boolean, triedFetchBefore: boolean }} facts
 * @returns {{ action: 'browser' | 'desktop' | 'fetch-then-desktop', message: string | null }}
 */
export const startPlan = ({ browserAsked, hasBinary, hasDisplay, triedFetchBefore }) => {
  if (browserAsked) return { action: 'browser', message: null }
  // Checked before fetching: a session with no window to show needs no 100 MB download.
  if (!hasDisplay) {
    return {
      action: 'browser',
      message: 'No graphical display found: opening Verification Desk in your browser instead.',
    }
  }
  if (hasBinary) return { action: 'desktop', message: null }
  return {
    action: 'fetch-then-desktop',
    message: triedFetchBefore
      ? "Fetching Electron's binary (an earlier start could not finish the download)…"
      : "Fetching Electron's binary (first start only, about 100 MB)…",
  }
}

/** Said when the download fails, before the browser version opens. */
export const FETCH_FAILED_MESSAGE =
  "Electron's binary could not be downloaded (offline?): opening Verification Desk in your browser instead. The next `npm start` tries again."
