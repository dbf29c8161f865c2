import * as fs from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { routeConsoleToLog } from '../../../src/main/app/logging/console-route'
import { logFilePath, logFolder } from '../../../src/main/app/logging/log-folder'
import { RotatingLog } from '../../../src/main/app/logging/rotating-log'

const folders: string[] = []
const tempFolder = (): string => {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'vdesk-log-'))
  folders.push(folder)
  return folder
}
afterEach(() => {
  for (const folder of folders.splice(0)) fs.rmSync(folder, { recursive: true, force: true })
})

const fixedNow = () => new Date('2026-01-02T03:04:05.000Z')

describe('the log folder', () => {
  it('is logs/ in the data folder, with desk.log in it', () => {
    expect(logFolder('/home/ed/.config/Verification Desk')).toBe(
      path.join('/home/ed/.config/Verification Desk', 'logs'),
    )
    expect(logFilePath('/data')).toBe(path.join('/data', 'logs', 'desk.log'))
  })
})

describe('RotatingLog', () => {
  it('creates its folder and appends one stamped line per entry', () => {
    const file = logFilePath(tempFolder())
    const log = new RotatingLog(file, { now: fixedNow })
    log.write('info', 'started')
    log.write('warn', 'two\nlines')
    log.close()
    expect(fs.readFileSync(file, 'utf8')).toBe(
      '2026-01-02T03:04:05.000Z info  started\n2026-01-02T03:04:05.000Z warn  two\n    lines\n',
    )
  })

  it('moves a full file aside, keeps at most `files` files, and drops the oldest', () => {
    const folder = tempFolder()
    const file = path.join(folder, 'desk.log')
    const log = new RotatingLog(file, { maxBytes: 200, files: 3, now: fixedNow })
    for (let n = 0; n < 40; n++) log.write('info', `entry ${String(n).padStart(3, '0')}`)
    log.close()
    expect(fs.readdirSync(folder).sort()).toEqual(['desk.log', 'desk.log.1', 'desk.log.2'])
    for (const name of fs.readdirSync(folder)) {
      expect(fs.statSync(path.join(folder, name)).size).toBeLessThanOrEqual(200)
    }
    const newest = fs.readFileSync(file, 'utf8')
    expect(newest).toContain('entry 039')
    // The oldest entries went with the oldest file; the ones kept are in order, none twice.
    const kept = ['desk.log.2', 'desk.log.1', 'desk.log']
      .map((name) => fs.readFileSync(path.join(folder, name), 'utf8'))
      .join('')
      .match(/entry \d+/g)!
    expect(kept).toEqual([...kept].sort())
    expect(kept).not.toContain('entry 000')
    expect(new Set(kept).size).toBe(kept.length)
  })

  it('moves aside a file that is already full when the app starts', () => {
    const folder = tempFolder()
    const file = path.join(folder, 'desk.log')
    fs.writeFileSync(file, 'x'.repeat(300))
    const log = new RotatingLog(file, { maxBytes: 200, now: fixedNow })
    log.write('info', 'after a restart')
    log.close()
    expect(fs.readFileSync(`${file}.1`, 'utf8')).toBe('x'.repeat(300))
    expect(fs.readFileSync(file, 'utf8')).toContain('after a restart')
  })

  it('falls back to stderr on a folder it cannot create, and says so once', () => {
    const blocker = path.join(tempFolder(), 'not-a-folder')
    fs.writeFileSync(blocker, '')
    const fallback: string[] = []
    const log = new RotatingLog(path.join(blocker, 'logs', 'desk.log'), {
      fallback: (line) => fallback.push(line),
      now: fixedNow,
    })
    expect(() => log.write('error', 'the host stopped')).not.toThrow()
    log.write('info', 'still going')
    expect(log.writing).toBe(false)
    expect(fallback).toHaveLength(3)
    expect(fallback[0]).toMatch(
      /cannot write its log .*not-a-folder.*logging to stderr from now on/,
    )
    expect(fallback.slice(1)).toEqual([
      '2026-01-02T03:04:05.000Z error the host stopped\n',
      '2026-01-02T03:04:05.000Z info  still going\n',
    ])
  })

  it('falls back to stderr when the disk is full', () => {
    const folder = tempFolder()
    const file = path.join(folder, 'desk.log')
    fs.symlinkSync('/dev/full', file)
    const fallback: string[] = []
    const log = new RotatingLog(file, { fallback: (line) => fallback.push(line), now: fixedNow })
    log.write('warn', 'a line that does not fit')
    expect(log.writing).toBe(false)
    expect(fallback[0]).toContain('ENOSPC')
    expect(fallback[1]).toContain('a line that does not fit')
  })
})

describe('routeConsoleToLog', () => {
  it('copies warnings and errors into the log and still prints them, until undone', () => {
    const file = path.join(tempFolder(), 'desk.log')
    const log = new RotatingLog(file, { now: fixedNow })
    const printed: unknown[][] = []
    const target = {
      warn: (...args: unknown[]) => printed.push(args),
      error: (...args: unknown[]) => printed.push(args),
    } as unknown as Console
    const undo = routeConsoleToLog(log, target)
    target.warn('port %d refused', 7)
    target.error(new Error('boom'))
    undo()
    target.warn('not logged')
    log.close()
    const text = fs.readFileSync(file, 'utf8')
    expect(text).toContain('warn  port 7 refused')
    expect(text).toContain('error Error: boom')
    expect(text).not.toContain('not logged')
    expect(printed).toHaveLength(3)
  })
})
