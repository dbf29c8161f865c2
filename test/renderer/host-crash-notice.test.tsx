import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import { HostCrashNoticeView } from '../../src/renderer/components/HostCrashNotice'
import {
  FAILED_TITLE,
  RESTARTING_TITLE,
  hostCrashWords,
} from '../../src/renderer/logic/host-crash-words'
import { hostStatusFeed } from '../../src/renderer/platform/host-status-feed'
import type { HostStatus } from '../../src/shared/ipc/host-status'

const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ')

const restarting: HostStatus = {
  state: 'restarting',
  attempt: 2,
  of: 5,
  reason: 'the host stopped unexpectedly (exit code 134)',
}
const failed: HostStatus = {
  state: 'failed',
  reason:
    'the host stopped unexpectedly (exit code 134), 6 times in a row; it is not restarted again',
  logFile: '/home/ed/.config/Verification Desk/logs/desk.log',
}

describe('hostCrashWords', () => {
  it('says nothing while the host runs or before main said anything', () => {
    expect(hostCrashWords(null)).toBeNull()
    expect(hostCrashWords({ state: 'running' })).toBeNull()
  })

  it('tells a restart with the edits kept, and which attempt it is', () => {
    const words = hostCrashWords(restarting)!
    expect(words.title).toBe(RESTARTING_TITLE)
    expect(words.lines).toEqual([
      'Your changes are kept in this window and will sync when it is back.',
      'The host stopped unexpectedly (exit code 134). Restart 2 of 5.',
    ])
    expect(words.dismissible).toBe(false)
  })

  it('tells a failure with what went wrong, what to do and the log to send', () => {
    const words = hostCrashWords(failed)!
    expect(words.title).toBe(FAILED_TITLE)
    expect(words.lines[0]).toBe(
      'What went wrong: The host stopped unexpectedly (exit code 134), 6 times in a row; it is not restarted again.',
    )
    expect(words.lines[2]).toMatch(/^What to do: quit Verification Desk and open it again/)
    expect(words.logFile).toBe(failed.logFile)
    expect(words.dismissible).toBe(true)
  })
})

describe('HostCrashNoticeView', () => {
  const render = (status: HostStatus | null) =>
    renderToStaticMarkup(<HostCrashNoticeView status={status} onHide={() => undefined} />)

  it('renders nothing when all is well', () => {
    expect(render(null)).toBe('')
    expect(render({ state: 'running' })).toBe('')
  })

  it('announces a restart politely, with no button to press', () => {
    const html = render(restarting)
    expect(html).toContain('role="status"')
    expect(html).toContain('aria-labelledby="host-crash-title"')
    expect(text(html)).toContain('The desk’s host stopped unexpectedly and is restarting')
    expect(text(html)).toContain('Your changes are kept in this window')
    expect(html).not.toContain('<button')
  })

  it('alerts a failure, shows the log file and can be hidden', () => {
    const html = render(failed)
    expect(html).toContain('role="alert"')
    expect(text(html)).toContain('Log file: /home/ed/.config/Verification Desk/logs/desk.log')
    expect(text(html)).toContain('Hide this message')
  })

  it('says what to report when no log file could be written', () => {
    expect(text(render({ ...failed, logFile: null }))).toContain(
      'The log could not be written: copy this message into your report instead.',
    )
  })
})

describe('hostStatusFeed', () => {
  const fakeDesk = () => {
    let emit: (value: unknown) => void = () => undefined
    return {
      desk: {
        onHostStatus: (listener: (value: unknown) => void) => {
          emit = listener
          return () => undefined
        },
      },
      emit: (value: unknown) => emit(value),
    }
  }

  it('keeps the latest status main sent and tells subscribers', () => {
    const { desk, emit } = fakeDesk()
    const feed = hostStatusFeed(desk)
    let calls = 0
    const stop = feed.subscribe(() => calls++)
    emit(restarting)
    expect(feed.current()).toEqual(restarting)
    emit({ state: 'running' })
    expect(feed.current()).toEqual({ state: 'running' })
    stop()
    emit(failed)
    expect(calls).toBe(2)
    expect(feed.current()).toEqual(failed)
  })

  it('ignores what does not read as a status', () => {
    const { desk, emit } = fakeDesk()
    const feed = hostStatusFeed(desk)
    emit(restarting)
    emit({ state: 'restarting', attempt: 0, of: 5, reason: 'x' })
    emit({ state: 'failed', reason: 'x', logFile: null, extra: 1 })
    emit('running')
    expect(feed.current()).toEqual(restarting)
  })

  it('says nothing in a browser, where there is no desk', () => {
    const feed = hostStatusFeed(null)
    expect(feed.current()).toBeNull()
  })
})
