import { EventEmitter } from 'node:events'
import { writeFile } from 'node:fs/promises'
import * as path from 'node:path'
import { MessageChannel } from 'node:worker_threads'
import type { MessagePort } from 'node:worker_threads'
import { describe, expect, it } from 'vitest'
import { OpenRouter, WindowCommands, awaitOpenAnswer } from '../../../src/main/app/open-router'
import type { AnswerPort } from '../../../src/main/app/open-router'
import { readOpened } from '../../../src/main/app/open-requests'
import type { OpenFileOutcome } from '../../../src/main/host/desktop/open-file'
import type { HostPort, ParentPortLike } from '../../../src/main/host/desktop/parent-port'
import { servePorts } from '../../../src/main/host/desktop/serve-ports'
import { libraryDocProvider } from '../../../src/main/host/serve/library-doc-provider'
import { libraryRpc } from '../../../src/main/host/serve/library-rpc'
import type { AppCommand } from '../../../src/shared/ipc/app-command'
import { readAppCommand } from '../../../src/shared/ipc/app-command'
import type { FromHostMessage } from '../../../src/shared/ipc/utility-host-ipc'
import { eventually } from '../../support/eventually'
import { tempDir } from '../../support/temp-dir'
import { openLibrary } from '../../host/library/library-fixtures'

const INVITE = 'verification-desk://join/AQIDBAUGBwgJCgsMDQ4PEA'

/** Main's end of an `open-file` port, as the shell adapts Electron's MessagePortMain. */
const answerPort = (port: MessagePort): AnswerPort => ({
  onMessage: (listener) => void port.once('message', listener),
  onClose: (listener) => void port.once('close', listener),
  close: () => port.close(),
})

/** A router whose window is a list, every command checked as the renderer reads it. */
const routerWith = (openFile: (file: string) => Promise<OpenFileOutcome>) => {
  const window: AppCommand[] = []
  const router = new OpenRouter({
    openFile,
    deliver: (command) => {
      const read = readAppCommand(structuredClone(command))
      if (read === null) throw new Error(`the window would refuse ${JSON.stringify(command)}`)
      window.push(read)
    },
  })
  return { router, window }
}

describe('routing what the OS opened', () => {
  it('sends invites and refusals at once, and files to the host only once it is started', async () => {
    const dir = await tempDir()
    const story = path.join(dir, 'story.txt')
    await writeFile(story, 'text')
    const asked: string[] = []
    const { router, window } = routerWith(async (file) => {
      asked.push(file)
      return { ok: true, dossierId: 'm_abcdefgh1234', warning: null }
    })
    router.receive(readOpened([INVITE, 'missing.md', story], dir))
    // The invite and the refusal reach the window while the file waits for the host.
    await eventually(() => expect(window).toHaveLength(2))
    expect(asked).toEqual([])
    expect(window).toEqual([
      {
        type: 'notice',
        text: expect.stringMatching(/^missing\.md was not opened: there is no such file/),
      },
      { type: 'join-invite', link: INVITE },
    ])
    router.start()
    await router.settled()
    expect(asked).toEqual([story])
    expect(window.at(-1)).toEqual({ type: 'open-dossier', dossierId: 'm_abcdefgh1234' })
  })

  it('says why the host did not open a file, and what an opened one brought', async () => {
    const outcomes: OpenFileOutcome[] = [
      { ok: false, reason: 'it is a PNG image (a binary file), not a story' },
      {
        ok: true,
        dossierId: 'm_abcdefgh1234',
        warning: 'Imported, but 1 decision in it is tampered.',
      },
    ]
    const { router, window } = routerWith(async () => outcomes.shift()!)
    router.start()
    router.receive({
      requests: [
        { kind: 'file', path: '/home/ana/photo.txt' },
        { kind: 'file', path: '/home/ana/dam.json' },
      ],
      refused: [],
    })
    await router.settled()
    expect(window).toEqual([
      {
        type: 'notice',
        text: 'photo.txt was not opened: it is a PNG image (a binary file), not a story.',
      },
      { type: 'open-dossier', dossierId: 'm_abcdefgh1234' },
      { type: 'notice', text: 'dam.json: Imported, but 1 decision in it is tampered.' },
    ])
  })

  it('says when something could not be read at all, and goes on with what comes next', async () => {
    const { router, window } = routerWith(async () => ({ ok: false, reason: 'unused' }))
    router.start()
    router.receive(Promise.reject(new Error('EMFILE: too many open files')))
    router.receive({ requests: [{ kind: 'invite', link: INVITE }], refused: [] })
    await router.settled()
    expect(window).toEqual([
      {
        type: 'notice',
        text: 'Something the system asked the app to open was not opened: Error: EMFILE: too many open files',
      },
      { type: 'join-invite', link: INVITE },
    ])
  })

  it('holds commands until a page listens, and again while it reloads', () => {
    const commands = new WindowCommands()
    const first: AppCommand[] = []
    const second: AppCommand[] = []
    commands.push({ type: 'join-invite', link: INVITE })
    commands.push({ type: 'open-dossier', dossierId: 'm_abcdefgh1234' })
    expect(commands.waiting).toBe(2)
    const firstSink = (command: AppCommand): number => first.push(command)
    commands.attach(firstSink)
    expect(first.map((c) => c.type)).toEqual(['join-invite', 'open-dossier'])
    commands.detach(firstSink)
    commands.push({ type: 'notice', text: 'later' })
    expect(first).toHaveLength(2)
    const secondSink = (command: AppCommand): number => second.push(command)
    commands.attach(secondSink)
    // The old page's late "gone" does not stop the new one's delivery.
    commands.detach(firstSink)
    commands.push({ type: 'about' })
    expect(second.map((c) => c.type)).toEqual(['notice', 'about'])
  })
})

/** Electron's `process.parentPort` for a host served in this process. */
class ParentPort extends EventEmitter implements ParentPortLike {
  postMessage(_message: FromHostMessage): void {}
  /** What the shell does for a file: the message with a new port, and the answer awaited. */
  openFile(file: string, requestId: string): Promise<OpenFileOutcome> {
    const { port1, port2 } = new MessageChannel()
    const answer = awaitOpenAnswer(answerPort(port2), requestId)
    const ports: HostPort[] = [port1]
    this.emit('message', { data: { type: 'open-file', requestId, path: file }, ports })
    return answer
  }
}

describe('a file opened through the host, main’s side of the port', () => {
  it('opens a story in a real library and shows its dossier', async () => {
    const library = await openLibrary()
    const parent = new ParentPort()
    const host = servePorts(parent, {
      docs: libraryDocProvider(library, () => undefined),
      rpc: libraryRpc(library),
      close: async () => undefined,
    })
    try {
      const dir = await tempDir()
      const story = path.join(dir, 'Ministry statement.md')
      await writeFile(
        story,
        '# Ministry denies cuts\n\nThe minister said: "No school will close."\n',
      )
      let request = 0
      const { router, window } = routerWith((file) => parent.openFile(file, `r-${++request}`))
      router.start()
      router.receive(readOpened([story], dir))
      await router.settled()
      const [id] = await library.ids()
      expect(window).toEqual([{ type: 'open-dossier', dossierId: id }])
    } finally {
      await host.stop()
    }
  })

  it('refuses an answer that does not read or is for another request, and a host that went away', async () => {
    const answered = async (data: unknown): Promise<OpenFileOutcome> => {
      const { port1, port2 } = new MessageChannel()
      const outcome = awaitOpenAnswer(answerPort(port2), 'r-1')
      port1.postMessage(data)
      return outcome
    }
    expect(
      await answered({
        type: 'file-opened',
        requestId: 'r-2',
        dossierId: 'm_abcdefgh1234',
        warning: null,
      }),
    ).toEqual({
      ok: false,
      reason: 'the app’s host gave an answer this version cannot read',
    })
    expect(
      await answered({ type: 'file-opened', requestId: 'r-1', dossierId: '../etc', warning: null }),
    ).toMatchObject({
      ok: false,
    })
    expect(
      await answered({
        type: 'file-refused',
        requestId: 'r-1',
        reason: 'it is a folder, not a file',
      }),
    ).toEqual({
      ok: false,
      reason: 'it is a folder, not a file',
    })

    const { port1, port2 } = new MessageChannel()
    const gone = awaitOpenAnswer(answerPort(port2), 'r-1')
    port1.close()
    expect(await gone).toEqual({
      ok: false,
      reason: 'the app’s host stopped while opening it; open it again',
    })

    const { port2: silent } = new MessageChannel()
    expect(await awaitOpenAnswer(answerPort(silent), 'r-1', 20)).toEqual({
      ok: false,
      reason: 'the app’s host did not answer in time; open it again',
    })
  })
})
