import { Writable } from 'node:stream'
import { describe, expect, it } from 'vitest'
import { statusCell, table, wantsColour } from '../../src/main/cli/format'
import type { CliIo } from '../../src/main/cli/command'
import { STATUS_WORDS } from '../../src/shared/vocabulary'

const io = (isTTY: boolean, env: NodeJS.ProcessEnv = {}): CliIo => {
  const stdout = Object.assign(new Writable({ write: (_chunk, _encoding, done) => done() }), {
    isTTY,
  })
  return { stdout, stderr: stdout, cwd: '/', env }
}

describe('CLI colour', () => {
  it('is for a terminal only, and off with NO_COLOR or TERM=dumb', () => {
    expect(wantsColour(io(true))).toBe(true)
    expect(wantsColour(io(false))).toBe(false)
    expect(wantsColour(io(true, { NO_COLOR: '1' }))).toBe(false)
    expect(wantsColour(io(true, { NO_COLOR: '' }))).toBe(true)
    expect(wantsColour(io(true, { TERM: 'dumb' }))).toBe(false)
  })

  it('shows a status as the vocabulary words it, plain or coloured', () => {
    expect(statusCell('conflict', false)).toBe('CONFLICT')
    expect(statusCell('confirmed', false)).toBe('confirmed')
    const { sgr, symbol } = STATUS_WORDS.confirmed.cli
    expect(statusCell('confirmed', true)).toBe(`\x1b[${sgr}m${symbol} confirmed\x1b[0m`)
  })

  it('lines up columns whether or not a cell is coloured', () => {
    const rows = [
      ['1', statusCell('conflict', true), 'a'],
      ['2', statusCell('confirmed', true), 'b'],
    ]
    // eslint-disable-next-line no-control-regex
    const plain = table(['#', 'STATUS', 'CLAIM'], rows).replace(/\x1b\[[0-9;]*m/g, '')
    expect(plain.split('\n')).toEqual([
      '#  STATUS       CLAIM',
      `1  ${STATUS_WORDS.conflict.cli.symbol} CONFLICT   a`,
      `2  ${STATUS_WORDS.confirmed.cli.symbol} confirmed  b`,
    ])
  })
})
