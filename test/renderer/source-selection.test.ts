import { describe, expect, it } from 'vitest'
import {
  offsetInText,
  rangeInText,
  trimRange,
  type TextTreeNode,
} from '../../src/renderer/logic/source-selection'

interface FakeNode extends TextTreeNode {
  parentNode: FakeNode | null
  readonly childNodes: FakeNode[]
}

const text = (value: string): FakeNode => ({
  nodeType: 3,
  nodeValue: value,
  childNodes: [],
  parentNode: null,
})

const element = (...children: FakeNode[]): FakeNode => {
  const node: FakeNode = { nodeType: 1, nodeValue: null, childNodes: children, parentNode: null }
  for (const child of children) child.parentNode = node
  return node
}

/** As the source pane draws it: text, the highlighted quote in a <mark>, the rest. */
const pane = () => {
  const before = text('The river authority said 23 people were missing. ')
  const quoted = text('A provincial official later raised the figure to 31.')
  const mark = element(quoted)
  const after = text(' The operator denied any fault.')
  const root = element(before, mark, after)
  const source = `${before.nodeValue}${quoted.nodeValue}${after.nodeValue}`
  return { root, before, mark, quoted, after, source }
}

describe('offsetInText', () => {
  it('counts the text of every node before the point', () => {
    const { root, before, quoted, after, source } = pane()
    expect(offsetInText(root, { node: before, offset: 4 })).toBe(4)
    const quoteStart = source.indexOf('A provincial')
    expect(offsetInText(root, { node: quoted, offset: 0 })).toBe(quoteStart)
    expect(offsetInText(root, { node: quoted, offset: 2 })).toBe(quoteStart + 2)
    const operator = source.indexOf('operator')
    expect(offsetInText(root, { node: after, offset: 5 })).toBe(operator)
  })

  it('reads an element point as "before its child at offset"', () => {
    const { root, mark, source } = pane()
    const quoteStart = source.indexOf('A provincial')
    expect(offsetInText(root, { node: root, offset: 0 })).toBe(0)
    expect(offsetInText(root, { node: root, offset: 1 })).toBe(quoteStart)
    expect(offsetInText(root, { node: root, offset: 3 })).toBe(source.length)
    expect(offsetInText(root, { node: mark, offset: 1 })).toBe(source.indexOf(' The operator'))
  })

  it('is null for a point outside the container', () => {
    const { root } = pane()
    const elsewhere = element(text('Claims'))
    expect(offsetInText(root, { node: elsewhere.childNodes[0]!, offset: 1 })).toBeNull()
  })

  it('clamps an offset past the end of a text node', () => {
    const { root, before } = pane()
    expect(offsetInText(root, { node: before, offset: 999 })).toBe(before.nodeValue!.length)
  })
})

describe('rangeInText', () => {
  it('maps a selection across the highlight to the story text it covers', () => {
    const { root, before, quoted, source } = pane()
    const range = rangeInText(
      root,
      { node: before, offset: before.nodeValue!.indexOf('23') },
      { node: quoted, offset: 'A provincial'.length },
    )
    expect(range).not.toBeNull()
    expect(source.slice(range!.start, range!.end)).toBe('23 people were missing. A provincial')
  })

  it('orders a backwards selection and refuses an empty one', () => {
    const { root, after, quoted, source } = pane()
    const range = rangeInText(root, { node: after, offset: 9 }, { node: quoted, offset: 0 })
    expect(source.slice(range!.start, range!.end)).toBe(
      'A provincial official later raised the figure to 31. The oper',
    )
    expect(rangeInText(root, { node: after, offset: 3 }, { node: after, offset: 3 })).toBeNull()
  })
})

describe('trimRange', () => {
  it('drops white space at either end', () => {
    const source = 'One.  Two three.\n\nFour.'
    expect(trimRange(source, { start: 4, end: 18 })).toEqual({ start: 6, end: 16 })
    expect(trimRange(source, { start: 16, end: 18 })).toBeNull()
  })
})
