import * as z from 'zod'
import { roomSchema } from '../protocol/library-room'
import type { HostPortRequest } from './host-port-ipc'

const hostPortRequestSchema: z.ZodType<HostPortRequest> = z.strictObject({
  requestId: z.string().regex(/^[A-Za-z0-9-]{1,64}$/),
  dossierId: roomSchema.nullable(),
})

/** A page's request for a port to the host, as main receives it; null if it does not read. */
export const readHostPortRequest = (value: unknown): HostPortRequest | null => {
  const parsed = hostPortRequestSchema.safeParse(value)
  return parsed.success ? parsed.data : null
}
