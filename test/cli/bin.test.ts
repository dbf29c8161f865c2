import * as fs from 'node:fs/promises'
import * as path from 'node:path'
import { describe, expect, it } from 'vitest'
import { cliProcess } from '../support/run-cli'
import { tempDir } from '../support/temp-dir'
import { STORY_MARKDOWN } from './fixtures'

describe('the dossier executable', () => {
  it('runs as a real process: import, decide, export, with exit codes', async () => {
    const dir = await tempDir()
    const story = path.join(dir, 'ferry.md')
    await fs.writeFile(story, STORY_MARKDOWN)
    const env = { DOSSIER_DATA: path.join(dir, 'library') }
    // Named, so the import prints no hint about a default name (unnamed-hint.ts).
    await cliProcess(['identity', '--name', 'Test Editor'], env)
    const imported = await cliProcess(['import', story], env)
    expect(imported).toMatchObject({ code: 0, stderr: '' })
    const id = imported.stdout.trim()
    expect(
      await cliProcess(
        ['status', id, '1', 'retracted', '--rationale', 'Withdrawn by the coast guard'],
        env,
      ),
    ).toMatchObject({ code: 0 })
    const md = await cliProcess(['export', id, '--format', 'md'], env)
    expect(md.code).toBe(0)
    expect(md.stdout).toContain('Withdrawn by the coast guard')
    const missing = await cliProcess(['show', 'm_doesnotexist'], env)
    expect(missing.code).toBe(1)
    expect(missing.stderr.trim().split('\n')).toHaveLength(1)
  })

  it('defaults to the desktop app library under XDG_CONFIG_HOME', async () => {
    const dir = await tempDir()
    const result = await cliProcess(['identity'], { XDG_CONFIG_HOME: dir })
    expect(result.code).toBe(0)
    expect(result.stdout).toContain(path.join(dir, 'Verification Desk', 'library'))
    await fs.access(path.join(dir, 'Verification Desk', 'library', 'identity.json'))
  })
})
