import { describe, expect, it } from 'vitest'
import { FETCH_FAILED_MESSAGE, startPlan } from '../../scripts/start-plan.mjs'
import type { StartFacts } from '../../scripts/start-plan.mjs'

const facts = (overrides: Partial<StartFacts>): StartFacts => ({
  browserAsked: false,
  hasBinary: false,
  hasDisplay: true,
  triedFetchBefore: false,
  ...overrides,
})

describe('what `npm start` does and says', () => {
  it('says "first start" only when no fetch was tried before', () => {
    const first = startPlan(facts({}))
    expect(first.action).toBe('fetch-then-desktop')
    expect(first.message).toMatch(/first start only/)

    const again = startPlan(facts({ triedFetchBefore: true }))
    expect(again.action).toBe('fetch-then-desktop')
    expect(again.message).not.toMatch(/first/i)
    expect(again.message).toMatch(/earlier start could not finish/)
  })

  it('starts the desktop app silently once the binary is there', () => {
    expect(startPlan(facts({ hasBinary: true }))).toEqual({ action: 'desktop', message: null })
    expect(startPlan(facts({ hasBinary: true, triedFetchBefore: true }))).toEqual({
      action: 'desktop',
      message: null,
    })
  })

  it('fetches nothing without a display, and says why it opens the browser', () => {
    const plan = startPlan(facts({ hasDisplay: false }))
    expect(plan.action).toBe('browser')
    expect(plan.message).toMatch(/No graphical display/)
    expect(plan.message).not.toMatch(/first|Fetching/i)
  })

  it('goes to the browser without a word when asked to (--browser)', () => {
    expect(startPlan(facts({ browserAsked: true }))).toEqual({ action: 'browser', message: null })
    expect(startPlan(facts({ browserAsked: true, hasDisplay: false })).message).toBeNull()
  })

  it('says after a failed download that the next start tries again, not that it was the first', () => {
    expect(FETCH_FAILED_MESSAGE).toMatch(/could not be downloaded/)
    expect(FETCH_FAILED_MESSAGE).toMatch(/tries again/)
    expect(FETCH_FAILED_MESSAGE).not.toMatch(/first/i)
  })
})
