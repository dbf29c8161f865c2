import { useLayoutEffect } from 'react'
import { STATUS_LABELS } from '../../shared/dossier'
import { STATUS_WORDS } from '../../shared/vocabulary'
import { StatusBadge } from '../components/StatusBadge'
import { plural } from '../logic/format'
import { shellDescription } from '../platform/shell'
import type { FirstScreenRecord } from './first-screen-record'
import type { FirstScreenList } from './first-screen-rows'

interface Props {
  readonly record: FirstScreenRecord
  /** What of the record fits the list the address asks for (`firstScreenList`). */
  readonly list: FirstScreenList
  /** Where the host is, as the desk's header says it. */
  readonly description: string
  /** What the page is doing meanwhile, when more than loading the copy (checking signatures). */
  readonly progress?: string | null
}

const FIRST_ROWS_MARK = 'vdesk:first-screen-rows'

export const FIRST_SCREEN_NOTE =
  'Opening this device’s copy… (the statuses shown are as last checked here)'

/**
 * The desk as this device last showed it, drawn from its first screen record while the copy
 * loads: a picture, not the desk. Nothing in it can be used (no buttons, no links), and it
 * says so; the desk replaces it once the copy is loaded and its heads checked.
 */
export const FirstScreen = ({ record, list, description, progress = null }: Props) => {
  const { rows } = list
  const hasRows = rows.length > 0
  useLayoutEffect(() => {
    // The bench (test/bench/bench-renderer.ts) times the first rows on screen from here.
    // Once a page: the boot screen's first screen and the dossier's are two mounts of it.
    if (hasRows && performance.getEntriesByName(FIRST_ROWS_MARK).length === 0)
      performance.mark(FIRST_ROWS_MARK)
  }, [record, hasRows])
  const { direction, language } = record
  return (
    <div className="desk first-screen" aria-busy="true">
      <header className="desk-header">
        <div className="dossier-title">
          <p className="app-name">
            Verification Desk{' '}
            <span className="shell">
              {shellDescription()} · {description}
            </span>
          </p>
          <h1 dir={direction} lang={language}>
            {record.title}
          </h1>
          {record.story !== '' && (
            <p className="story" dir={direction} lang={language}>
              {record.story}
            </p>
          )}
        </div>
        <div
          className="first-screen-counts"
          role="group"
          aria-label="Claims by status, as last checked here"
        >
          <ul>
            {STATUS_LABELS.map((label) => (
              <li key={label}>
                <span
                  className={`count count-${label}${record.counts[label] > 0 ? ' nonzero' : ''}`}
                >
                  <span className="count-number">{record.counts[label]}</span>{' '}
                  <span className="count-label">{STATUS_WORDS[label].label}</span>
                </span>
              </li>
            ))}
            <li>
              <span
                className={`count count-flag flag-untrusted${record.untrusted > 0 ? ' nonzero' : ''}`}
              >
                <span className="count-number">{record.untrusted}</span>{' '}
                <span className="count-label">unsigned/tampered</span>
              </span>
            </li>
          </ul>
        </div>
      </header>
      <p className="banner banner-info first-screen-note" role="status">
        {FIRST_SCREEN_NOTE}
        {progress !== null && <span className="first-screen-progress"> {progress}</span>}
      </p>
      <main className="panes">
        <section className="pane list-pane" aria-labelledby="first-screen-claims">
          <h2 id="first-screen-claims">Claims</h2>
          <p className="first-screen-count">
            {list.shown !== null && list.shown !== list.total
              ? `${list.shown} of ${plural(list.total, 'claim')}`
              : plural(list.total, 'claim')}
          </p>
          {rows.length > 0 && (
            <div className="first-screen-scroller">
              <ol role="list" className="first-screen-list">
                {rows.map((row) => (
                  <li
                    key={row.number}
                    className={`first-screen-item${row.label === 'conflict' ? ' in-conflict' : ''}`}
                  >
                    <div className="first-screen-row">
                      <span className="claim-number">#{row.number}</span>
                      <span className="claim-summary">
                        <span className="claim-text" dir={direction} lang={language}>
                          {row.text}
                        </span>
                        <span className="claim-byline">
                          <span className="claim-speaker" dir={direction} lang={language}>
                            {row.speaker}
                          </span>
                        </span>
                      </span>
                      <StatusBadge label={row.label} />
                    </div>
                  </li>
                ))}
              </ol>
            </div>
          )}
        </section>
        <section className="pane source-pane first-screen-blank" aria-label="Source text" />
        <section className="pane detail-pane first-screen-blank" aria-label="Claim" />
      </main>
    </div>
  )
}
