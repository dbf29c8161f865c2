/** A batch of signatures for a verify worker (verify-worker.ts) to check. */
export interface VerifyRequest {
  readonly id: number
  readonly items: readonly {
    readonly key: string
    readonly message: Uint8Array
    readonly signature: string
  }[]
}

export interface VerifyReply {
  readonly id: number
  readonly results: readonly boolean[]
}

/** A reply as it arrives: checked, since a worker is code the page does not control at runtime. */
export const isVerifyReply = (data: unknown): data is VerifyReply =>
  typeof data === 'object' &&
  data !== null &&
  typeof (data as VerifyReply).id === 'number' &&
  Array.isArray((data as VerifyReply).results) &&
  (data as VerifyReply).results.every((result) => typeof result === 'boolean')
