import { describe, expect, it } from 'vitest'
import { newId } from '../../../src/shared/dossier/ids'
import {
  libraryArg,
  libraryDirFromArgs,
  readFromHost,
  readToHost,
} from '../../../src/shared/ipc/utility-host-ipc'

describe('messages from main to the host', () => {
  it('reads connect (to a dossier or the library) and shutdown', () => {
    const id = newId('m')
    for (const message of [
      { type: 'connect', dossierId: id },
      { type: 'connect', dossierId: null },
      { type: 'connect', dossierId: 'library' },
      { type: 'shutdown' },
    ])
      expect(readToHost(message)).toEqual({ ok: true, message })
  })

  it('refuses anything else, saying where it is wrong', () => {
    const refused: [unknown, RegExp][] = [
      [null, /object/],
      ['shutdown', /object/],
      [{}, /type/],
      [{ type: 'ready' }, /type/],
      [{ type: 'connect' }, /^dossierId/],
      [{ type: 'connect', dossierId: '../../etc/passwd' }, /^dossierId/],
      [{ type: 'connect', dossierId: 'm_ABCDEFGH' }, /^dossierId/],
      [{ type: 'connect', dossierId: 42 }, /^dossierId/],
      [{ type: 'connect', dossierId: null, room: 'x' }, /room/],
      [{ type: 'shutdown', now: true }, /now/],
    ]
    for (const [data, reason] of refused) {
      const read = readToHost(data)
      expect(read.ok, JSON.stringify(data)).toBe(false)
      if (!read.ok) expect(read.reason).toMatch(reason)
    }
  })
})

describe('messages from the host to main', () => {
  it('reads ready, unavailable and event', () => {
    for (const message of [
      { type: 'ready' },
      { type: 'unavailable', reason: 'no --library given' },
      { type: 'event', text: 'rpc list failed: boom' },
    ])
      expect(readFromHost(message)).toEqual({ ok: true, message })
  })

  it('refuses anything else', () => {
    for (const data of [
      undefined,
      { type: 'connect', dossierId: null },
      { type: 'unavailable' },
      { type: 'unavailable', reason: 7 },
      { type: 'event', text: null },
      { type: 'ready', extra: 1 },
      ['ready'],
    ])
      expect(readFromHost(data).ok, JSON.stringify(data)).toBe(false)
  })
})

describe('the library argument', () => {
  it('names the folder the host serves, whatever characters it has', () => {
    for (const dir of [
      '/home/ana/Library',
      'C:\\Users\\Ana Rosa\\Desk=Library',
      '/a b/ü/--library=x',
    ])
      expect(libraryDirFromArgs(['/path/to/electron', '--inspect', libraryArg(dir)])).toBe(dir)
  })

  it('is missing when no argument, or an empty one, names a folder', () => {
    expect(libraryDirFromArgs(['/path/to/electron', 'entry.js'])).toBeNull()
    expect(libraryDirFromArgs(['--library='])).toBeNull()
    expect(libraryDirFromArgs(['--library', '/x'])).toBeNull()
  })
})
