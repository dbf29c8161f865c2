import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  LOG_HEADER_SIZE,
  RECORD_HEADER_SIZE,
  encodeRecord,
  logHeader,
  scanLog,
} from '../../../src/main/host/store/log-format'

const payloads = [
  new Uint8Array([1, 2, 3]),
  new Uint8Array(300).fill(7),
  new Uint8Array([]),
  new Uint8Array([9]),
]
const log = (items = payloads): Buffer => Buffer.concat([logHeader(), ...items.map(encodeRecord)])
const ends = (items = payloads): number[] => {
  let offset = LOG_HEADER_SIZE
  return items.map((item) => (offset += RECORD_HEADER_SIZE + item.length))
}

describe('log records', () => {
  it('read back every record of a clean log', () => {
    const scan = scanLog(log())
    expect(scan.ending).toEqual({ kind: 'clean' })
    expect(scan.records.map((record) => [...record.payload])).toEqual(payloads.map((p) => [...p]))
    expect(scan.goodLength).toBe(log().length)
  })

  it('cut anywhere inside the last record read as a torn tail, keeping every record before', () => {
    const bytes = log()
    const lastStart = ends()[2]!
    for (let cut = lastStart + 1; cut < bytes.length; cut++) {
      const scan = scanLog(bytes.subarray(0, cut))
      expect(scan.ending).toEqual({ kind: 'torn', bytes: cut - lastStart })
      expect(scan.records).toHaveLength(3)
      expect(scan.goodLength).toBe(lastStart)
    }
  })

  it('cut anywhere read as torn at the last whole record (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.uint8Array({ maxLength: 64 }), { maxLength: 8 }),
        fc.nat(),
        (items, at) => {
          const bytes = log(items)
          const cut = LOG_HEADER_SIZE + (at % (bytes.length - LOG_HEADER_SIZE + 1))
          const scan = scanLog(bytes.subarray(0, cut))
          const whole = ends(items).filter((end) => end <= cut)
          expect(scan.records).toHaveLength(whole.length)
          expect(scan.goodLength).toBe(whole.at(-1) ?? LOG_HEADER_SIZE)
          expect(scan.ending.kind).toBe(cut === scan.goodLength ? 'clean' : 'torn')
        },
      ),
    )
  })

  it('with a flipped payload byte mid-log stop at the record before, as damage', () => {
    const bytes = log()
    const second = ends()[0]!
    bytes[second + RECORD_HEADER_SIZE + 100] = bytes[second + RECORD_HEADER_SIZE + 100]! ^ 0x20
    const scan = scanLog(bytes)
    expect(scan.ending).toEqual({
      kind: 'damaged',
      offset: second,
      reason: 'a record fails its checksum',
    })
    expect(scan.records).toHaveLength(1)
    expect(scan.goodLength).toBe(second)
  })

  it('with a flipped length byte are damage, not a torn tail', () => {
    const bytes = log()
    const second = ends()[0]!
    bytes[second + 1] = bytes[second + 1]! ^ 0x40 // would claim a huge record running past the end
    const scan = scanLog(bytes)
    expect(scan.ending).toMatchObject({ kind: 'damaged', reason: 'a record header is damaged' })
    expect(scan.records).toHaveLength(1)
  })

  it('followed by zeros (a crash on some file systems) read as a torn tail', () => {
    const scan = scanLog(Buffer.concat([log(), Buffer.alloc(4096)]))
    expect(scan.ending).toEqual({ kind: 'torn', bytes: 4096 })
    expect(scan.records).toHaveLength(4)
  })

  it('report an empty file, a torn header, another kind of file and a newer log', () => {
    expect(scanLog(new Uint8Array()).ending).toEqual({ kind: 'empty' })
    expect(scanLog(logHeader().subarray(0, 3)).ending).toEqual({ kind: 'torn', bytes: 3 })
    expect(scanLog(Buffer.from('hello, world')).ending).toMatchObject({
      kind: 'damaged',
      reason: 'the file is not a dossier log',
    })
    const newer = log()
    newer[4] = 2
    expect(scanLog(newer).ending).toEqual({ kind: 'newer', version: 2 })
  })
})
