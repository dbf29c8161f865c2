import type { RpcMessage } from './rpc-envelope'

/** One awareness entry as y-protocols/awareness encodes it: a client's state and its clock. */
export interface AwarenessEntry {
  readonly clientId: number
  readonly clock: number
  /** A JSON object, or null for "this client is gone". */
  readonly state: Readonly<Record<string, unknown>> | null
}

/** A decoded frame. Sync payloads are extracted, never applied: see update-check.ts. */
export type Frame =
  | { readonly type: 'sync-step1'; readonly stateVector: Uint8Array }
  | { readonly type: 'sync-step2'; readonly update: Uint8Array }
  | { readonly type: 'sync-update'; readonly update: Uint8Array }
  | {
      readonly type: 'awareness'
      /** The awareness update exactly as received, for y-protocols' applyAwarenessUpdate. */
      readonly update: Uint8Array
      readonly entries: readonly AwarenessEntry[]
    }
  | { readonly type: 'query-awareness' }
  | { readonly type: 'rpc'; readonly message: RpcMessage }
  | { readonly type: 'close'; readonly code: number; readonly reason: string }

export type FrameType = Frame['type']

export type DecodeFailure =
  | 'empty'
  | 'too-big'
  | 'unknown-type'
  | 'truncated'
  | 'trailing-bytes'
  | 'bad-sync-type'
  | 'bad-state-vector'
  | 'bad-awareness'
  | 'bad-rpc'
  | 'bad-close'

export type DecodeResult =
  | { readonly ok: true; readonly frame: Frame }
  | { readonly ok: false; readonly reason: DecodeFailure; readonly detail: string }
