import { EventEmitter } from 'node:events'
import { describe, expect, it } from 'vitest'
import { Library, readLock } from '../../src/main/host/library/library'
import { createHostServices, servePorts } from '../../src/main/host/utility-entry'
import type { FromHostMessage, ParentPortLike } from '../../src/main/host/utility-entry'
import { eventually } from '../support/eventually'
import { cli } from '../support/run-cli'
import { tempDir } from '../support/temp-dir'

/** Electron's `process.parentPort`, as the utility process sees it. */
class FakeParentPort extends EventEmitter implements ParentPortLike {
  readonly sent: FromHostMessage[] = []
  postMessage(message: FromHostMessage): void {
    this.sent.push(message)
  }
}

describe('the desktop host', () => {
  it('lets tools work through it while the app owns the library, and gives the library up on shutdown', async () => {
    const dir = await tempDir()
    const seed = await Library.open(dir)
    const id = await seed.createSample()
    await seed.close()

    const parent = new FakeParentPort()
    const host = servePorts(parent, await createHostServices(dir))
    try {
      await eventually(async () =>
        expect((await readLock(dir))?.endpoint).toMatch(/^ws:\/\/127\.0\.0\.1:\d+\/sync\?token=/),
      )
      const listed = await cli(['list', '--json', '--data', dir])
      expect(listed.stderr).toBe('')
      expect(JSON.parse(listed.stdout).dossiers.map((d: { id: string }) => d.id)).toEqual([id])
      const decided = await cli([
        'status',
        id,
        '5',
        'disputed',
        '--rationale',
        'Video contradicts it',
        '--data',
        dir,
      ])
      expect(decided).toMatchObject({ code: 0, stderr: '' })
      // The CLI's connections are gone once it has printed.
      await eventually(() => expect(host.hub.peers()).toEqual([]))
    } finally {
      await host.stop()
    }
    expect(await readLock(dir)).toBeNull()
    const shown = await cli(['show', id, '5', '--data', dir])
    expect(shown.stdout).toMatch(/disputed by .* \(current\)/)
    expect(shown.stdout).toContain('Video contradicts it')
  })
})
