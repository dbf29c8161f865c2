import * as Y from 'yjs'
import { sniffText } from '../../shared/ingest/story-sniff'
import type {
  DossierSummaryWire,
  LibraryMethod,
  RpcParamsInput,
  RpcResult,
} from '../../shared/protocol'
import { SessionLink } from '../../shared/session'
import type { BackoffOptions, LinkState } from '../../shared/session'
import type { Dialer } from '../../shared/transport'
import { LIBRARY_ROOM } from './rooms'

export type StoryFormat = 'text' | 'markdown' | 'html'

export interface StoryUpload {
  readonly text: string
  readonly filename?: string
  readonly format?: StoryFormat
  /** Given when the story was pasted rather than read from a file with a headline. */
  readonly title?: string
  /** A language code; left out, the host detects the language from the text. */
  readonly language?: string
  /** The editor's display name, recorded as who made the import (the host still signs it). */
  readonly by?: string
}

/** The RPC frame cap is 4 MiB; the story travels as JSON inside it, escaped. */
export const MAX_STORY_BYTES = 3 * 1024 * 1024

/** What a file's name says about its format; the host's ingest decides when it says nothing. */
export const storyFormatOf = (filename: string): StoryFormat | undefined => {
  const extension = /\.([^.]+)$/.exec(filename.toLowerCase())?.[1]
  if (extension === 'md' || extension === 'markdown') return 'markdown'
  if (extension === 'html' || extension === 'htm') return 'html'
  if (extension === 'txt' || extension === 'text') return 'text'
  return undefined
}

/**
 * The host's library, reached over its own connection (the library room) so that it works with
 * no dossier open. Calls made while the host is away fail with `disconnected`.
 */
export class LibraryClient {
  private readonly doc = new Y.Doc()
  private readonly link: SessionLink

  constructor(options: { readonly dialer: Dialer; readonly backoff?: BackoffOptions }) {
    this.link = new SessionLink({
      room: LIBRARY_ROOM,
      dialer: options.dialer,
      doc: this.doc,
      ...(options.backoff === undefined ? {} : { backoff: options.backoff }),
    })
    // The library room is for calls, not for company: no presence is sent there.
    this.link.session.setPresence(null)
    this.link.start()
  }

  get state(): LinkState {
    return this.link.state
  }

  readonly subscribe = (listener: (state: LinkState) => void): (() => void) =>
    this.link.subscribe(listener)

  whenLive(): Promise<void> {
    return this.link.whenLive()
  }

  retryNow(): void {
    this.link.retryNow()
  }

  list(): Promise<RpcResult<'list'>> {
    return this.link.session.rpc.call('list', {})
  }

  /** Any library method that needs no wrapper of its own (the Share panel's, for one). */
  call<M extends LibraryMethod>(method: M, params: RpcParamsInput<M>): Promise<RpcResult<M>> {
    return this.link.session.rpc.call(method, params)
  }

  /**
   * Tells the host an import is coming (the import form is open), so that its worker is ready.
   * Best effort: a host away or a viewer's refusal changes nothing for the import itself.
   */
  prepareImport(): void {
    this.link.session.rpc.call('prepareImport', {}).catch(() => undefined)
  }

  /**
   * Sends a story to the host's ingest. Text that is not a story's (an image or an archive read
   * as text) is refused here with the host's own words, without a round trip; the host checks
   * again, whatever a client does.
   */
  async importStory(upload: StoryUpload): Promise<DossierSummaryWire> {
    const verdict = sniffText(upload.text)
    if (!verdict.ok) throw new Error(verdict.message)
    if (new TextEncoder().encode(upload.text).length > MAX_STORY_BYTES) {
      throw new Error('This story is too long to import here (over 3 MB of text).')
    }
    const result = await this.link.session.rpc.call('import', {
      kind: 'story',
      text: upload.text,
      ...(upload.filename === undefined ? {} : { filename: upload.filename.slice(0, 500) }),
      ...(upload.format === undefined ? {} : { format: upload.format }),
      ...(upload.title === undefined ? {} : { title: upload.title.slice(0, 500) }),
      ...(upload.language === undefined ? {} : { language: upload.language }),
      ...(upload.by === undefined ? {} : { by: { name: upload.by.trim().slice(0, 200) } }),
    })
    return result.dossier
  }

  close(): void {
    this.link.close()
    this.doc.destroy()
  }
}
