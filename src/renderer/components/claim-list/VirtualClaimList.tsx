import { memo, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react'
import type { ClaimView } from '../../../shared/dossier'
import { listWindow, scrollToReveal } from '../../logic/list-window'
import { ClaimListItem } from '../ClaimListItem'

/** A row renders again only when its claim's view, its place or the selection changes. */
const ListRow = memo(ClaimListItem)

interface Props {
  /** The claims to list, filtered and in order. */
  readonly claims: readonly ClaimView[]
  readonly selectedId: string | null
  readonly direction: 'ltr' | 'rtl'
  readonly language: string
  readonly onSelect: (id: string) => void
  /** Changes when the filter does: the list then goes back to the top (or the open claim). */
  readonly filterKey: string
}

/** Rows rendered above and below those in view. */
const OVERSCAN = 8
/** Until the first row is measured; every row has the height `.claim-scroller .claim-item` sets. */
const ESTIMATED_ROW_HEIGHT = 90
const ESTIMATED_VIEWPORT = 900

const STEPS: Readonly<Record<string, (at: number, last: number) => number>> = {
  ArrowDown: (at) => at + 1,
  ArrowUp: (at) => at - 1,
  Home: () => 0,
  End: (_at, last) => last,
}

/** The height of a rendered row, or null when none is rendered. */
const renderedRowHeight = (scroller: HTMLElement): number | null => {
  const row = scroller.querySelector<HTMLElement>('.claim-item')
  const height = row?.getBoundingClientRect().height ?? 0
  return height > 0 ? height : null
}

/**
 * A long claim list with only the rows in view (and a few around them) in the page. Rows have one
 * height (the CSS clamps their text), measured from a rendered row, so row N sits at N × height.
 * The open claim's row is always rendered, so that it keeps focus and `scrollIntoView` finds it,
 * and the list scrolls to it whenever another claim is opened, from the list or elsewhere.
 *
 * Memoised, with memoised rows: a keystroke that leaves the same claims, or a remote change to a
 * claim out of view, renders nothing here.
 */
export const VirtualClaimList = memo(function VirtualClaimList({
  claims,
  selectedId,
  direction,
  language,
  onSelect,
  filterKey,
}: Props) {
  const scroller = useRef<HTMLDivElement>(null)
  const [scrollTop, setScrollTop] = useState(0)
  const [viewport, setViewport] = useState(ESTIMATED_VIEWPORT)
  const [rowHeight, setRowHeight] = useState(ESTIMATED_ROW_HEIGHT)
  const revealed = useRef<{ id: string | null; filterKey: string; rowHeight: number } | null>(null)
  const focusNext = useRef<string | null>(null)

  const selectedIndex = useMemo(
    () => (selectedId === null ? -1 : claims.findIndex((claim) => claim.id === selectedId)),
    [claims, selectedId],
  )

  // The viewport, and the row height the stylesheet gives (measured on a rendered row, changed
  // only if it differs): once, then whenever the list is resized (a window or a zoom change).
  // Not on every render: reading a size there forces a layout of the page in the middle of a
  // burst of remote changes.
  const measured = useRef(false)
  useLayoutEffect(() => {
    const element = scroller.current
    if (element === null) return
    const measure = () => {
      setViewport(element.clientHeight)
      const height = renderedRowHeight(element)
      if (height !== null) {
        measured.current = true
        setRowHeight((before) => (Math.abs(height - before) > 0.01 ? height : before))
      }
    }
    measure()
    const observer = new ResizeObserver(measure)
    observer.observe(element)
    return () => observer.disconnect()
  }, [])

  // The first rows rendered after the list had none (it mounts with rows, so this is rare).
  useLayoutEffect(() => {
    const element = scroller.current
    if (measured.current || element === null) return
    const height = renderedRowHeight(element)
    if (height === null) return
    measured.current = true
    if (Math.abs(height - rowHeight) > 0.01) setRowHeight(height)
  }, [rowHeight, claims])

  // Another claim opened, another filter (or rows of another height): bring the open claim into
  // view, or go back to the top if the filter left it out. Worked out from the scroll position and
  // viewport this component keeps, not read from the page: reading them right after a commit
  // forces a layout in the middle of every keystroke.
  useLayoutEffect(() => {
    const element = scroller.current
    const before = revealed.current
    if (element === null) return
    if (
      before !== null &&
      before.id === selectedId &&
      before.filterKey === filterKey &&
      before.rowHeight === rowHeight
    ) {
      return
    }
    revealed.current = { id: selectedId, filterKey, rowHeight }
    let target: number | null = null
    if (selectedIndex >= 0) {
      // The first time, before anything was measured, the page's own numbers.
      const [top, height] =
        before === null ? [element.scrollTop, element.clientHeight] : [scrollTop, viewport]
      target = scrollToReveal(selectedIndex, top, height, rowHeight)
    } else if (before !== null && before.filterKey !== filterKey && scrollTop !== 0) {
      target = 0
    }
    if (target === null) return
    element.scrollTop = target
    setScrollTop(element.scrollTop)
  }, [selectedId, filterKey, rowHeight, selectedIndex, scrollTop, viewport])

  // After the arrow keys opened a claim: move the focus to its row, now rendered.
  useLayoutEffect(() => {
    const id = focusNext.current
    if (id === null) return
    focusNext.current = null
    scroller.current
      ?.querySelector<HTMLButtonElement>(`.claim-button[data-claim-id="${CSS.escape(id)}"]`)
      ?.focus()
  })

  /** Arrow keys (and Home, End) move between claims, as in any list; Tab leaves the list. */
  const moveFocus = (event: KeyboardEvent<HTMLOListElement>) => {
    const step = STEPS[event.key]
    if (step === undefined || !(event.target instanceof HTMLElement)) return
    const id = event.target.closest<HTMLElement>('.claim-button')?.dataset['claimId']
    const at = id === undefined ? -1 : claims.findIndex((claim) => claim.id === id)
    if (at < 0) return
    const next = claims[Math.min(claims.length - 1, Math.max(0, step(at, claims.length - 1)))]
    if (next === undefined || next.id === id) return
    event.preventDefault()
    focusNext.current = next.id
    onSelect(next.id)
  }

  const { start, end } = listWindow(scrollTop, viewport, rowHeight, claims.length, OVERSCAN)
  const rendered: number[] = []
  if (selectedIndex >= 0 && selectedIndex < start) rendered.push(selectedIndex)
  for (let index = start; index < end; index++) rendered.push(index)
  if (selectedIndex >= end) rendered.push(selectedIndex)

  return (
    <div
      ref={scroller}
      className="claim-scroller"
      onScroll={(event) => setScrollTop(event.currentTarget.scrollTop)}
    >
      {/* role="list": list-style none drops the list role in some browsers. */}
      <ol
        role="list"
        className="claim-list"
        style={{ height: `${claims.length * rowHeight}px` }}
        onKeyDown={moveFocus}
      >
        {rendered.map((index) => {
          const claim = claims[index]!
          return (
            <ListRow
              key={claim.id}
              claim={claim}
              selected={claim.id === selectedId}
              direction={direction}
              language={language}
              onSelect={onSelect}
              position={index + 1}
              setSize={claims.length}
              top={index * rowHeight}
            />
          )
        })}
      </ol>
    </div>
  )
})
