import type { Page } from 'playwright-core'
import { Library } from '../../../src/main/host/library/library'
import { Dossier } from '../../../src/shared/dossier'
import { SOURCE, alice, bob } from '../../support/dossier-fixtures'

/** Fixtures more than one end-to-end suite builds: a conflict in a library, a source selection. */

export const ALICE_RATIONALE = 'The river authority’s statement gives 23'
export const BOB_RATIONALE = 'Hospital admissions list only 19 people'

/**
 * A library with one dossier whose claim #1 is in conflict: Alice confirmed it and Bob disputed
 * it, citing evidence, neither decision superseding the other (as when two editors decide apart).
 */
export const libraryWithConflict = async (dir: string): Promise<void> => {
  const library = await Library.open(dir)
  try {
    await library.add((doc) => {
      const dossier = Dossier.create(doc, { title: 'Dam failure', sourceText: SOURCE })
      const [claimId] = dossier.addClaims(
        [
          {
            text: 'Twenty-three people are missing',
            attribution: { who: 'River authority' },
            kind: 'figure',
          },
          {
            text: 'The operator denied any fault',
            attribution: { who: 'Operator' },
            kind: 'denial',
          },
        ],
        alice,
      )
      const evidenceId = dossier.addEvidence(
        claimId!,
        {
          title: 'Hospital admissions, Tuesday night',
          url: 'https://example.org/admissions',
          stance: 'refutes',
        },
        bob,
      )
      dossier.decide(
        claimId!,
        { status: 'confirmed', rationale: ALICE_RATIONALE, supersedes: [] },
        alice,
      )
      dossier.decide(
        claimId!,
        { status: 'disputed', rationale: BOB_RATIONALE, evidenceIds: [evidenceId], supersedes: [] },
        bob,
      )
      return dossier
    })
  } finally {
    await library.close()
  }
}

/**
 * Selects `from` … `to` (inclusive of `to`) in the source pane the way a mouse would: a DOM
 * Range over whatever text nodes and highlight elements the pane drew. Runs in the page; written
 * as source text because this file is type-checked without the DOM's types.
 */
const SELECT_IN_SOURCE = `(first, last) => {
  const container = document.querySelector('.source-text')
  if (container === null) throw new Error('no source text on the page')
  const walker = document.createTreeWalker(container, NodeFilter.SHOW_TEXT)
  const nodes = []
  for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) nodes.push(node)
  const whole = nodes.map((node) => node.data).join('')
  const start = whole.indexOf(first)
  const end = whole.indexOf(last, start) + last.length
  if (start < 0 || end < start) throw new Error('"' + first + '" is not in the source')
  const at = (offset) => {
    let before = 0
    for (const node of nodes) {
      if (offset <= before + node.data.length) return [node, offset - before]
      before += node.data.length
    }
    throw new Error('offset ' + offset + ' is past the source')
  }
  const range = document.createRange()
  range.setStart(...at(start))
  range.setEnd(...at(end))
  const selection = document.getSelection()
  selection.removeAllRanges()
  selection.addRange(range)
}`

export const selectInSource = async (page: Page, from: string, to: string): Promise<void> => {
  await page.evaluate(`(${SELECT_IN_SOURCE})(${JSON.stringify(from)}, ${JSON.stringify(to)})`)
}
