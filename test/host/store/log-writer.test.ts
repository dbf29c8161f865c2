import * as fs from 'node:fs/promises'
import * as path from 'node:path'
import { describe, expect, it } from 'vitest'
import { encodeRecord, logHeader, scanLog } from '../../../src/main/host/store/log-format'
import { LogWriter } from '../../../src/main/host/store/log-writer'
import type { LogFile } from '../../../src/main/host/store/log-writer'
import { seededRandom } from '../../support/seeded-random'
import { tempDir } from '../../support/temp-dir'

/**
 * A SIGKILL keeps the page cache, so the crash rounds cannot notice a missing fdatasync. These
 * tests watch the writer's file operations instead: a record may be acknowledged only after a
 * write that holds it and a datasync after that write.
 */
const recording = (handle: LogFile, steps: string[]): LogFile => ({
  write: async (buffer, offset, length, position) => {
    const result = await handle.write(buffer, offset, length, position)
    steps.push(`write ${result.bytesWritten}`)
    return result
  },
  truncate: async (length) => {
    await handle.truncate(length)
    steps.push(`truncate ${length}`)
  },
  datasync: async () => {
    await handle.datasync()
    steps.push('datasync')
  },
  close: () => handle.close(),
})

const newWriter = async () => {
  const dir = await tempDir()
  const paths = { log: path.join(dir, 'log'), next: path.join(dir, 'log.next'), dir }
  await fs.writeFile(paths.log, logHeader())
  const steps: string[] = []
  const handle = recording(await fs.open(paths.log, 'r+'), steps)
  const open = async (file: string) => recording(await fs.open(file, 'w'), steps)
  const writer = new LogWriter(handle, paths, { size: logHeader().length, records: 0 }, open)
  return { writer, steps, paths }
}

const record = (size: number) => encodeRecord(new Uint8Array(size).fill(7))

/**
 * A file with a page cache: writes land in `cached`, and only a datasync makes them `durable`,
 * which is all a power cut leaves.
 */
class PowerLossFile implements LogFile {
  cached: Buffer = logHeader()
  durable: Buffer = logHeader()

  write(buffer: Buffer, offset: number, length: number, position: number) {
    const end = position + length
    const grown = Buffer.alloc(Math.max(end, this.cached.length))
    this.cached.copy(grown)
    buffer.copy(grown, position, offset, offset + length)
    this.cached = grown
    return Promise.resolve({ bytesWritten: length })
  }

  truncate(length: number) {
    this.cached = this.cached.subarray(0, length)
    return Promise.resolve()
  }

  datasync() {
    this.durable = Buffer.from(this.cached)
    return Promise.resolve()
  }

  close() {
    return Promise.resolve()
  }
}

describe('LogWriter', () => {
  it('acknowledges a record only after writing it and then syncing', async () => {
    const { writer, steps } = await newWriter()
    await writer.append(record(4)).then(() => steps.push('ack'))
    expect(steps).toEqual(['write 16', 'datasync', 'ack'])
    await writer.close()
  })

  it('acknowledges a group only after its one write and one sync', async () => {
    const { writer, steps } = await newWriter()
    const first = writer.append(record(1)).then(() => steps.push('ack 1'))
    // Queued while the first write is in flight: they go together into the next batch.
    const rest = [2, 3, 4].map((n) => writer.append(record(n)).then(() => steps.push(`ack ${n}`)))
    await Promise.all([first, ...rest])
    expect(steps).toEqual([
      'write 13',
      'datasync',
      'ack 1',
      `write ${14 + 15 + 16}`,
      'datasync',
      'ack 2',
      'ack 3',
      'ack 4',
    ])
    await writer.close()
  })

  it('has every acknowledged record in what a power cut leaves, at the moment it is acknowledged', async () => {
    const { paths } = await newWriter()
    const file = new PowerLossFile()
    const writer = new LogWriter(file, paths, { size: logHeader().length, records: 0 })
    const random = seededRandom(7)
    const lost: number[] = []
    let appended = 0
    for (let burst = 0; burst < 40; burst++) {
      const acks = Array.from({ length: random.int(1, 6) }, () => {
        const number = ++appended
        return writer.append(record(random.int(1, 300))).then(() => {
          if (scanLog(file.durable).records.length < number) lost.push(number)
        })
      })
      await Promise.all(acks)
    }
    expect(lost).toEqual([])
    expect(scanLog(file.durable).records).toHaveLength(appended)
  })

  it('syncs the next log before it replaces the log at compaction', async () => {
    const { writer, steps } = await newWriter()
    await writer.append(record(1))
    writer.startCarry()
    await writer.append(record(2))
    steps.length = 0
    await writer.rotate()
    expect(steps).toEqual([`write ${logHeader().length + 14}`, 'datasync'])
    await writer.close()
  })

  it('acknowledges nothing once a sync has failed (the kernel may have dropped the pages)', async () => {
    const { writer, paths } = await newWriter()
    await writer.close()
    const failing: LogFile = {
      write: (_buffer, _offset, length) => Promise.resolve({ bytesWritten: length }),
      truncate: () => Promise.resolve(),
      datasync: () => Promise.reject(new Error('input/output error')),
      close: () => Promise.resolve(),
    }
    const broken = new LogWriter(failing, paths, { size: 8, records: 0 })
    await expect(broken.append(record(1))).rejects.toThrow('input/output error')
    await expect(broken.append(record(2))).rejects.toThrow('input/output error')
    await expect(broken.flush()).rejects.toThrow('input/output error')
  })
})
