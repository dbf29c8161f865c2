import { app, MessageChannelMain } from 'electron'
import type { BrowserWindow, MessagePortMain } from 'electron'
import { randomUUID } from 'node:crypto'
import type { OpenFileOutcome } from '../host/desktop/open-file'
import type { HostProcess } from './host-process'
import { INVITE_SCHEME, protocolClientArgs, readLaunchArgs, readOpened } from './open-requests'
import { OpenRouter, WindowCommands, awaitOpenAnswer } from './open-router'
import type { AnswerPort } from './open-router'
import { sendAppCommand } from './send-command'

/**
 * Files and invite links the OS hands the app (double click, drag onto the dock icon, command
 * line, a clicked `verification-desk://join/…` link) reach the router here; the logic is in
 * open-requests.ts and open-router.ts. Installed before the app is ready: macOS reports the file
 * that started the app before 'ready'.
 */
export interface OsOpen {
  /** The host has been started and the first window made: files go to the host from now on. */
  start(): void
  /** A second start's command line, from its `second-instance` event. */
  secondInstance(argv: readonly string[], workingDirectory: string): void
}

const answerPort = (port: MessagePortMain): AnswerPort => ({
  onMessage: (listener) => {
    port.once('message', (event) => listener(event.data))
    port.start()
  },
  onClose: (listener) => void port.once('close', () => listener()),
  close: () => port.close(),
})

export const installOsOpen = (host: HostProcess, showWindow: () => BrowserWindow): OsOpen => {
  const commands = new WindowCommands()
  const openFile = async (path: string): Promise<OpenFileOutcome> => {
    const requestId = randomUUID()
    const { port1, port2 } = new MessageChannelMain()
    const sent = await host.post({ type: 'open-file', requestId, path }, port1)
    if (!sent.ok) {
      port2.close()
      return { ok: false, reason: `the app’s host is not running (${sent.reason})` }
    }
    return awaitOpenAnswer(answerPort(port2), requestId)
  }
  // Until the app has made its first window, commands only wait for it.
  let started = false
  const router = new OpenRouter({
    openFile,
    deliver: (command) => {
      commands.push(command)
      if (!started) return
      const window = showWindow()
      if (window.isMinimized()) window.restore()
      window.focus()
    },
  })

  // A page takes commands once it has loaded, and none while it reloads or after it is gone.
  app.on('browser-window-created', (_event, window) => {
    const contents = window.webContents
    const sink = (command: Parameters<typeof sendAppCommand>[1]): void =>
      sendAppCommand(contents, command)
    contents.on('did-finish-load', () => commands.attach(sink))
    contents.on('did-start-navigation', (details) => {
      if (details.isMainFrame && !details.isSameDocument) commands.detach(sink)
    })
    contents.on('render-process-gone', () => commands.detach(sink))
    contents.once('destroyed', () => commands.detach(sink))
  })

  app.on('open-file', (event, path) => {
    event.preventDefault()
    router.receive(readOpened([path], process.cwd()))
  })
  app.on('open-url', (event, url) => {
    event.preventDefault()
    router.receive(readOpened([url], process.cwd()))
  })

  const launch = { argv: process.argv, cwd: process.cwd(), defaultApp: process.defaultApp === true }
  const args = protocolClientArgs(launch)
  const registered =
    args === null
      ? app.setAsDefaultProtocolClient(INVITE_SCHEME)
      : app.setAsDefaultProtocolClient(INVITE_SCHEME, process.execPath, [...args])
  if (!registered)
    console.warn(`invite links (${INVITE_SCHEME}:) could not be registered with the system`)
  router.receive(readLaunchArgs(launch))

  return {
    start: () => {
      started = true
      router.start()
    },
    secondInstance: (argv, workingDirectory) =>
      router.receive(
        readLaunchArgs({ argv, cwd: workingDirectory, defaultApp: launch.defaultApp }),
      ),
  }
}
