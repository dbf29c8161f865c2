import * as z from 'zod'

/**
 * The desktop host's state as main tells each window on `IPC_HOST_STATUS`: so that a crash is
 * said in the UI with what to do, and the windows reconnect once it runs again. The renderer
 * reads it with `readHostStatus`.
 */
export { IPC_HOST_STATUS } from './host-status-channel'

const hostStatusSchema = z.discriminatedUnion('state', [
  /** Serving: (re)connect now. */
  z.strictObject({ state: z.literal('running') }),
  /** It stopped unexpectedly and is being restarted (attempt n of at most `of`). */
  z.strictObject({
    state: z.literal('restarting'),
    attempt: z.number().int().min(1),
    of: z.number().int().min(1),
    reason: z.string().max(2000),
  }),
  /** It could not be started again: edits stay in this window's cache; say what to do. */
  z.strictObject({
    state: z.literal('failed'),
    reason: z.string().max(2000),
    /** The log file to send with a report, if logging works. */
    logFile: z.string().max(4096).nullable(),
  }),
])

export type HostStatus = z.infer<typeof hostStatusSchema>

export const readHostStatus = (value: unknown): HostStatus | null => {
  const parsed = hostStatusSchema.safeParse(value)
  return parsed.success ? parsed.data : null
}
