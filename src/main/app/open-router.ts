import type { AppCommand } from '../../shared/ipc/app-command'
import { readOpenFileAnswer } from '../../shared/ipc/utility-host-ipc'
import type { OpenFileOutcome } from '../host/desktop/open-file'
import { noticeName, refusalNotice } from './open-requests'
import type { ReadOpenRequests } from './open-requests'

/**
 * Where what the OS hands the app goes: a file to the host to import, then the window to show
 * the dossier (or say why not); an invite link to the window's join flow. No Electron here: the
 * shell gives it a way to ask the host and a way to reach the window.
 */
export interface OpenRouterDeps {
  /** Asks the host to import `path`; resolves with its answer, never rejects. */
  readonly openFile: (path: string) => Promise<OpenFileOutcome>
  /** Hands a command to the window (`WindowCommands` holds it until a page can take it). */
  readonly deliver: (command: AppCommand) => void
}

export class OpenRouter {
  private intake: Promise<void> = Promise.resolve()
  private readonly hostAsked: Promise<void>
  private startHost: () => void = () => undefined

  constructor(private readonly deps: OpenRouterDeps) {
    this.hostAsked = new Promise((resolve) => (this.startHost = resolve))
  }

  /** Takes what the OS handed over, handled in the order it arrived (files one at a time). */
  receive(read: Promise<ReadOpenRequests> | ReadOpenRequests): void {
    this.intake = this.intake
      .then(async () => this.route(await read))
      // One failure must not stop what comes after it.
      .catch((error: unknown) => {
        const text = `Something the system asked the app to open was not opened: ${String(error)}`
        this.deps.deliver({ type: 'notice', text: text.slice(0, 2000) })
      })
  }

  /** The host has been started: files may be sent to it from now on (those waiting first). */
  start(): void {
    this.startHost()
  }

  /** Resolves once everything received so far has been handled. */
  settled(): Promise<void> {
    return this.intake
  }

  private async route({ requests, refused }: ReadOpenRequests): Promise<void> {
    for (const refusal of refused)
      this.deps.deliver({ type: 'notice', text: refusalNotice(refusal) })
    for (const request of requests) {
      if (request.kind === 'invite') {
        this.deps.deliver({ type: 'join-invite', link: request.link })
        continue
      }
      await this.hostAsked
      const outcome = await this.deps
        .openFile(request.path)
        .catch((error: unknown): OpenFileOutcome => ({ ok: false, reason: String(error) }))
      if (!outcome.ok) {
        this.deps.deliver({
          type: 'notice',
          text: refusalNotice({ input: request.path, reason: outcome.reason }).slice(0, 2000),
        })
        continue
      }
      this.deps.deliver({ type: 'open-dossier', dossierId: outcome.dossierId })
      if (outcome.warning !== null) {
        const text = `${noticeName(request.path)}: ${outcome.warning}`.slice(0, 2000)
        this.deps.deliver({ type: 'notice', text })
      }
    }
  }
}

/**
 * Commands for the window, held while no page can take them (before the first window has loaded,
 * during a reload, with every window closed on macOS) and handed over in order once one can.
 */
export class WindowCommands {
  private readonly held: AppCommand[] = []
  private sink: ((command: AppCommand) => void) | null = null

  push(command: AppCommand): void {
    if (this.sink === null) this.held.push(command)
    else this.sink(command)
  }

  /** A page has loaded and listens: it gets what was held, then each command as it comes. */
  attach(sink: (command: AppCommand) => void): void {
    this.sink = sink
    for (const command of this.held.splice(0)) sink(command)
  }

  /** The page is going (reloading, closed): hold commands again. */
  detach(sink?: (command: AppCommand) => void): void {
    if (sink === undefined || this.sink === sink) this.sink = null
  }

  get waiting(): number {
    return this.held.length
  }
}

/** The end of an `open-file`'s port main keeps: Electron's MessagePortMain, adapted. */
export interface AnswerPort {
  /** Calls `listener` with the data of the first message. */
  onMessage(listener: (data: unknown) => void): void
  /** Calls `listener` if the host's end goes away (it stopped) before answering. */
  onClose(listener: () => void): void
  close(): void
}

/** Past this the host is taken to be stuck on the file (a story's import budget is 25 s). */
export const OPEN_ANSWER_TIMEOUT_MS = 60_000

/** The host's answer to one `open-file`, read and checked; a clear refusal when none comes. */
export const awaitOpenAnswer = (
  port: AnswerPort,
  requestId: string,
  timeoutMs = OPEN_ANSWER_TIMEOUT_MS,
): Promise<OpenFileOutcome> =>
  new Promise((resolve) => {
    let settled = false
    const finish = (outcome: OpenFileOutcome): void => {
      if (settled) return
      settled = true
      clearTimeout(timer)
      port.close()
      resolve(outcome)
    }
    const timer = setTimeout(
      () => finish({ ok: false, reason: 'the app’s host did not answer in time; open it again' }),
      timeoutMs,
    )
    port.onClose(() =>
      finish({ ok: false, reason: 'the app’s host stopped while opening it; open it again' }),
    )
    port.onMessage((data) => {
      const read = readOpenFileAnswer(data)
      if (!read.ok || read.message.requestId !== requestId) {
        return finish({
          ok: false,
          reason: 'the app’s host gave an answer this version cannot read',
        })
      }
      const answer = read.message
      finish(
        answer.type === 'file-opened'
          ? { ok: true, dossierId: answer.dossierId, warning: answer.warning }
          : { ok: false, reason: answer.reason },
      )
    })
  })
