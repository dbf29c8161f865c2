import { useEffect, useRef, useState } from 'react'
import { NO_FILTER, type ClaimFilter } from '../../logic/claim-filter'
import { DebouncedWrite } from '../../logic/debounced-write'
import { withFilter } from '../../logic/filter-address'

/** How long typing in the search must pause before the address follows it. */
export const ADDRESS_PAUSE_MS = 400

/** The address with no filter in it: which screen (dossier, version) the filter belongs to. */
const screenOf = (hash: string): string => withFilter(hash, NO_FILTER)

interface FilterWrite {
  readonly filter: ClaimFilter
  /** The screen it was chosen on; written only while that screen is still shown. */
  readonly screen: string
}

const writeToAddress = ({ filter, screen }: FilterWrite): void => {
  const current = window.location.hash
  if (screenOf(current) !== screen) return
  const hash = withFilter(current, filter)
  if (hash === current) return
  // Replaced, not pushed: Back must not step through every keystroke of a search.
  const { pathname, search } = window.location
  window.history.replaceState(window.history.state, '', `${pathname}${search}${hash}`)
}

/** Whether only the search words differ (typing), not a choice made once (a select, a box). */
const onlySearchDiffers = (a: ClaimFilter, b: ClaimFilter): boolean =>
  JSON.stringify({ ...a, query: '' }) === JSON.stringify({ ...b, query: '' })

/**
 * Keeps `filter` in the address (`&status=…&q=…`), so that a copied address opens the same view.
 * Writing the address (`history.replaceState`) costs 3–7 ms, so it is kept out of the frame that
 * shows the change: typing in the search writes it once the typing pauses, every other change
 * right after the next frame. A filter not yet written is written before the page is hidden or
 * left, before a link is followed, and when the list goes away.
 */
export const useFilterAddress = (filter: ClaimFilter): void => {
  const [writer] = useState(() => new DebouncedWrite(writeToAddress, ADDRESS_PAUSE_MS))
  const written = useRef<ClaimFilter | null>(null)

  useEffect(() => {
    const before = written.current
    written.current = filter
    const change = { filter, screen: screenOf(window.location.hash) }
    if (before === null) writer.now(change)
    else writer.later(change, onlySearchDiffers(before, filter) ? ADDRESS_PAUSE_MS : 0)
  }, [filter, writer])

  useEffect(() => {
    const flush = () => writer.flush()
    const whenHidden = () => {
      if (document.visibilityState === 'hidden') writer.flush()
    }
    // A link's click event runs before the browser follows it.
    const beforeLink = (event: MouseEvent) => {
      if (event.target instanceof Element && event.target.closest('a[href]') !== null) flush()
    }
    window.addEventListener('pagehide', flush)
    document.addEventListener('visibilitychange', whenHidden)
    document.addEventListener('click', beforeLink, true)
    return () => {
      window.removeEventListener('pagehide', flush)
      document.removeEventListener('visibilitychange', whenHidden)
      document.removeEventListener('click', beforeLink, true)
      flush()
    }
  }, [writer])
}
