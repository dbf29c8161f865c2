import { EventEmitter, once } from 'node:events'
import { writeFile } from 'node:fs/promises'
import * as path from 'node:path'
import { MessageChannel } from 'node:worker_threads'
import { describe, expect, it } from 'vitest'
import type { HostPort, ParentPortLike } from '../../../src/main/host/desktop/parent-port'
import { servePorts } from '../../../src/main/host/desktop/serve-ports'
import { libraryDocProvider } from '../../../src/main/host/serve/library-doc-provider'
import { libraryRpc } from '../../../src/main/host/serve/library-rpc'
import { readFromHost, readOpenFileAnswer } from '../../../src/shared/ipc/utility-host-ipc'
import type { FromHostMessage, OpenFileAnswer } from '../../../src/shared/ipc/utility-host-ipc'
import { onCleanup } from '../../support/cleanup'
import { tempDir } from '../../support/temp-dir'
import { openLibrary } from '../library/library-fixtures'

/** Electron's `process.parentPort`; what the host posts is read as main reads it. */
class FakeParentPort extends EventEmitter implements ParentPortLike {
  readonly sent: FromHostMessage[] = []
  postMessage(message: FromHostMessage): void {
    const read = readFromHost(structuredClone(message))
    if (!read.ok) throw new Error(`main would refuse ${JSON.stringify(message)}: ${read.reason}`)
    this.sent.push(read.message)
  }
  send(data: unknown, ports: readonly HostPort[] = []): void {
    this.emit('message', { data, ports })
  }
  /** What main does for a file: `data` with a new port, and the answer read off its other end. */
  async ask(data: unknown): Promise<OpenFileAnswer> {
    const { port1, port2 } = new MessageChannel()
    onCleanup(() => port2.close())
    const answered = once(port2, 'message')
    this.send(data, [port1])
    const [answer] = (await answered) as [unknown]
    const read = readOpenFileAnswer(answer)
    if (!read.ok) throw new Error(`main would refuse the answer: ${read.reason}`)
    return read.message
  }
}

const startHost = async () => {
  const library = await openLibrary()
  const parent = new FakeParentPort()
  const host = servePorts(parent, {
    docs: libraryDocProvider(library, () => undefined),
    rpc: libraryRpc(library),
    close: async () => undefined,
  })
  return { library, parent, host }
}

describe('the desktop host’s open-file message', () => {
  it('answers with the new dossier’s id, or with why not, each under its request id', async () => {
    const { library, parent, host } = await startHost()
    try {
      const files = await tempDir()
      const story = path.join(files, 'story.md')
      await writeFile(story, '# Mayor resigns\n\nThe mayor said on Monday: "I am leaving."\n')
      const photo = path.join(files, 'photo.html')
      await writeFile(photo, Buffer.from('GIF89a\x01\x00\x01\x00\x00\x00\x00', 'latin1'))

      const [opened, refused] = await Promise.all([
        parent.ask({ type: 'open-file', requestId: 'r-1', path: story }),
        parent.ask({ type: 'open-file', requestId: 'r-2', path: photo }),
      ])
      const ids = await library.ids()
      expect(ids).toHaveLength(1)
      expect(opened).toEqual({
        type: 'file-opened',
        requestId: 'r-1',
        dossierId: ids[0],
        warning: null,
      })
      expect(refused).toEqual({
        type: 'file-refused',
        requestId: 'r-2',
        reason: expect.stringMatching(/^it is a GIF image/),
      })
      expect(parent.sent).toEqual([{ type: 'ready' }])
    } finally {
      await host.stop()
    }
  })

  it('reports an open-file that does not read, and opens nothing', async () => {
    const { library, parent, host } = await startHost()
    try {
      parent.send({ type: 'open-file', requestId: 'has spaces', path: '/tmp/x.txt' })
      parent.send({ type: 'open-file', requestId: 'r-3', path: '' })
      parent.send({ type: 'open-file', requestId: 'r-4' })
      parent.send({ type: 'open-file', requestId: 'r-5', path: '/tmp/x.txt' })
      expect(parent.sent.slice(1)).toEqual([
        { type: 'event', text: expect.stringMatching(/^ignored a malformed message .*requestId/) },
        { type: 'event', text: expect.stringMatching(/^ignored a malformed message .*path/) },
        { type: 'event', text: expect.stringMatching(/^ignored a malformed message .*path/) },
        { type: 'event', text: 'ignored an open-file that came without a port' },
      ])
      expect(await library.ids()).toEqual([])
    } finally {
      await host.stop()
    }
  })
})
