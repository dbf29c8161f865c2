import { hostname } from 'node:os'
import { describe, expect, it } from 'vitest'
import {
  advertisedService,
  advertisedVersion,
  isInstanceName,
  randomInstanceName,
} from '../../../src/main/host/discovery/advertisement'

describe('what a member advertises', () => {
  it('a fresh random instance name each time, vd- and 8 base32 characters', () => {
    const names = Array.from({ length: 2000 }, randomInstanceName)
    for (const name of names) expect(name).toMatch(/^vd-[a-z2-7]{8}$/)
    expect(new Set(names).size).toBe(names.length)
    // Every base32 character turns up, so no bits are stuck.
    expect(new Set(names.join('').replaceAll('vd-', '')).size).toBe(32)
  })

  it('the TXT record holds the protocol version and nothing else', () => {
    const service = advertisedService('vd-abcdefgh', 4100, 3)
    expect(service.txt).toEqual({ v: '3' })
    expect(service).toEqual({
      name: 'vd-abcdefgh',
      type: 'vdesk',
      protocol: 'tcp',
      port: 4100,
      host: 'vd-abcdefgh.local',
      txt: { v: '3' },
    })
    expect(JSON.stringify(service)).not.toContain(hostname())
  })

  it('reads a peer version only from a plain small number', () => {
    expect(advertisedVersion({ v: '1' })).toBe(1)
    expect(advertisedVersion({ v: 2 })).toBe(2)
    for (const txt of [
      {},
      null,
      'v=1',
      { v: '' },
      { v: '1.5' },
      { v: '-1' },
      { v: '9999999' },
      { v: ['1'] },
    ]) {
      expect(advertisedVersion(txt), JSON.stringify(txt)).toBeUndefined()
    }
  })

  it('recognises instance names of our shape only', () => {
    expect(isInstanceName('vd-abcdefg2')).toBe(true)
    for (const name of [
      'vd-ABCDEFGH',
      'vd-abcdefg1',
      'vd-abcdefghi',
      'janes-laptop',
      'vd-abc.defg',
    ]) {
      expect(isInstanceName(name), name).toBe(false)
    }
  })
})
