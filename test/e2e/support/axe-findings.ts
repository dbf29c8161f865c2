import AxeBuilder from '@axe-core/playwright'
import type { Page } from 'playwright-core'

/** The bar every end-to-end suite holds the app to: WCAG 2.1 A and AA. */
const WCAG_21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']
const FAILING = new Set(['serious', 'critical'])

export interface AxeFindingOptions {
  /** Only these parts of the page (CSS selectors); the whole page when absent. */
  readonly include?: readonly string[]
  /**
   * Also fail on checks axe could not decide (`incomplete`), for parts whose colours a test wants
   * decided rather than left for review.
   */
  readonly undecided?: boolean
}

/**
 * axe-core's serious and critical findings on the page as it is now, one line each (rule, help,
 * where), so a failing test prints what to fix. An empty list is the pass.
 */
export const axeFindings = async (
  page: Page,
  options: AxeFindingOptions = {},
): Promise<string[]> => {
  const builder = new AxeBuilder({ page }).withTags(WCAG_21_AA)
  for (const part of options.include ?? []) builder.include(part)
  const results = await builder.analyze()
  const considered = options.undecided
    ? [...results.violations, ...results.incomplete]
    : results.violations
  return considered
    .filter((result) => FAILING.has(result.impact ?? ''))
    .map(
      (result) =>
        `${result.id}: ${result.help} at ${JSON.stringify(result.nodes.map((node) => node.target))}`,
    )
}
