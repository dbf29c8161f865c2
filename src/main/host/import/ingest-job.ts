import type { StoryInput } from '../../../shared/ingest'

/**
 * What passes between the host and its ingest worker. The device's secret key never leaves the
 * host's thread: the worker asks for each signature (an ingest signs once or twice) and waits
 * for it on a shared buffer, since the dossier code signs synchronously.
 */
export interface IngestJob {
  readonly input: StoryInput
  readonly author: { readonly publicKey: string; readonly name: string }
  /** SIGN_SLOTS: [0] state (0 waiting, 1 signed, 2 failed), [1] signature length, then bytes. */
  readonly signatures: SharedArrayBuffer
}

export type FromIngestWorker =
  | { readonly type: 'sign'; readonly message: Uint8Array }
  | { readonly type: 'done'; readonly update: Uint8Array }
  | { readonly type: 'refused'; readonly message: string }
  | { readonly type: 'failed'; readonly message: string }

export const SIGNATURE_OFFSET = 8
export const SIGNATURE_BYTES = 256
export const signatureBuffer = (): SharedArrayBuffer =>
  new SharedArrayBuffer(SIGNATURE_OFFSET + SIGNATURE_BYTES)

export const SIGN_WAITING = 0
export const SIGN_DONE = 1
export const SIGN_FAILED = 2
