import * as z from 'zod'
import { claimsCounted } from '../../../shared/dossier'
import type { StoryInput } from '../../../shared/ingest'
import { statusCountsSchema } from '../../../shared/protocol/library-schemas'

/**
 * What passes between the host and its ingest worker. The device's secret key never leaves the
 * host's thread: the worker asks for each signature (an ingest signs once or twice) and waits
 * for it on a shared buffer, since the dossier code signs synchronously. A worker takes one job
 * at a time and may be given another once it has answered (ingest-workers.ts keeps it warm).
 */
export interface IngestJob {
  readonly type: 'job'
  readonly input: StoryInput
  readonly author: { readonly publicKey: string; readonly name: string }
  /** SIGN_SLOTS: [0] state (0 waiting, 1 signed, 2 failed), [1] signature length, then bytes. */
  readonly signatures: SharedArrayBuffer
}

/** A job as the worker receives it, checked there: the host's thread is the only sender. */
export const ingestJobSchema = z.object({
  type: z.literal('job'),
  input: z.object({
    text: z.string(),
    filename: z.string().optional(),
    format: z.enum(['text', 'markdown', 'html']).optional(),
    title: z.string().optional(),
    language: z.string().optional(),
    story: z.string().optional(),
  }),
  author: z.object({ publicKey: z.string(), name: z.string() }),
  signatures: z.custom<SharedArrayBuffer>(
    (value) => value instanceof SharedArrayBuffer,
    'expected a shared buffer',
  ),
}) satisfies z.ZodType<IngestJob>

/**
 * Asks a worker started ahead of an import (an editor opened the import form) to compile the
 * ingest's code on the built-in sample story, so that the first import does not pay for it.
 */
export interface WarmUp {
  readonly type: 'warm'
}

/** Everything the worker receives: a job, or a warm-up before one. */
export const toIngestWorkerSchema = z.discriminatedUnion('type', [
  ingestJobSchema,
  z.object({ type: z.literal('warm') }) satisfies z.ZodType<WarmUp>,
])

/**
 * The new dossier's listing summary, computed by the worker from the dossier it built, so the
 * host need not decode and open the whole state again only to count it. The id is any string
 * here: the library refuses an unsafe one itself, with its own message.
 */
const ingestedSummarySchema = z
  .object({
    id: z.string(),
    title: z.string(),
    story: z.string(),
    claims: z.number().int().nonnegative(),
    counts: statusCountsSchema,
    updated: z.iso.datetime(),
  })
  .refine((summary) => summary.claims === claimsCounted(summary.counts), {
    message: 'its claims are not the sum of its status counts',
    path: ['claims'],
  })

const bytes = z.custom<Uint8Array>((value) => value instanceof Uint8Array, 'expected bytes')

/** Every message the worker posts, checked where it arrives (the host's thread). */
export const fromIngestWorkerSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('sign'), message: bytes }),
  z.object({
    type: z.literal('done'),
    update: bytes,
    summary: ingestedSummarySchema,
  }),
  z.object({ type: z.literal('refused'), message: z.string() }),
  z.object({ type: z.literal('failed'), message: z.string() }),
  /** A warm-up finished (or failed, which the job after it finds out for itself). */
  z.object({ type: z.literal('warmed') }),
])

export type FromIngestWorker = z.infer<typeof fromIngestWorkerSchema>
export type IngestedSummary = z.infer<typeof ingestedSummarySchema>

export const SIGNATURE_OFFSET = 8
export const SIGNATURE_BYTES = 256
export const signatureBuffer = (): SharedArrayBuffer =>
  new SharedArrayBuffer(SIGNATURE_OFFSET + SIGNATURE_BYTES)

export const SIGN_WAITING = 0
export const SIGN_DONE = 1
export const SIGN_FAILED = 2
