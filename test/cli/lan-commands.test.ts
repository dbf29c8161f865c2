import * as path from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseDuration } from '../../src/main/cli/commands/share'
import { parseLanListen } from '../../src/main/host/lan-session'
import { cli } from '../support/run-cli'
import { tempDir } from '../support/temp-dir'

const NEEDS_HOST = 'dossier: start the app or `dossier serve` first: sharing needs a running host\n'

describe('the LAN commands', () => {
  it('need a running host, and say so in one line', async () => {
    const data = path.join(await tempDir(), 'library')
    for (const args of [
      ['share', 'm_abc'],
      ['share', 'm_abc', '--stop'],
      ['join', 'verification-desk://join/x'],
      ['peers', 'm_abc'],
      ['revoke', 'm_abc', 'abcd'],
      ['role', 'm_abc', 'abcd', 'viewer'],
    ]) {
      expect(await cli([...args, '--data', data])).toEqual({
        code: 1,
        stdout: '',
        stderr: NEEDS_HOST,
      })
    }
  })

  it.each([
    [['share'], 'share needs the ID of a dossier'],
    [['share', 'm_abc', '--role', 'owner'], '--role is editor or viewer, not "owner"'],
    [['share', 'm_abc', '--expires', '2 hours'], '--expires takes a time like 90m, 2h or 7d'],
    [['join'], 'join needs the invite link'],
    [['revoke', 'm_abc'], 'revoke needs ID and an invite id or member key'],
    [['revoke', 'm_abc', '../x'], 'is not an invite id or key prefix'],
    [['role', 'm_abc', 'abcd', 'owner'], 'the role is viewer or editor, not "owner"'],
    [['serve', '--lan-listen', 'example.com:80'], '--lan-listen must be an IP address'],
  ])('%j is a usage error (exit 2)', async (args, message) => {
    const result = await cli(args)
    expect(result.code).toBe(2)
    expect(result.stderr).toContain(message)
  })

  it('have help, and are in the command list', async () => {
    for (const name of ['share', 'join', 'peers', 'revoke', 'role']) {
      const help = await cli([name, '--help'])
      expect(help).toMatchObject({ code: 0, stderr: '' })
      expect(help.stdout).toMatch(new RegExp(`^Usage: dossier ${name} `))
      expect((await cli(['--help'])).stdout).toMatch(new RegExp(`^  ${name} +\\S`, 'm'))
    }
  })

  it('read durations and listen addresses', () => {
    expect(parseDuration('90m')).toBe(90 * 60_000)
    expect(parseDuration('2h')).toBe(2 * 3_600_000)
    expect(parseDuration('0h')).toBeNull()
    expect(parseDuration('1w')).toBeNull()
    expect(parseLanListen('127.0.0.1:0')).toEqual({ host: '127.0.0.1', port: 0 })
    expect(parseLanListen('192.168.1.20')).toEqual({ host: '192.168.1.20', port: 0 })
    expect(parseLanListen(':4000')).toEqual({ host: '0.0.0.0', port: 4000 })
    expect(parseLanListen('[::1]:4000')).toEqual({ host: '::1', port: 4000 })
    expect(parseLanListen('::')).toEqual({ host: '::', port: 0 })
    expect(parseLanListen('localhost:80')).toBeNull()
    expect(parseLanListen('127.0.0.1:70000')).toBeNull()
  })
})
