import * as z from 'zod'

/**
 * What a replica tells the others through awareness: who it is and where it is. It is a courtesy,
 * not an identity: anyone can claim any name here, so nothing is decided on it. Decisions carry
 * signatures for that.
 */
export const presenceSchema = z.object({
  user: z.object({
    name: z.string().max(200),
    /** The device's public key (hex), as claimed by the replica. */
    key: z.string().max(128).optional(),
    color: z.string().max(32).optional(),
  }),
  dossierId: z.string().max(64).optional(),
  /** The claim the editor has open, if any. */
  claimId: z.string().max(64).nullable().optional(),
})
export type Presence = z.infer<typeof presenceSchema>

/** `state` as a presence, or null when it is not one (an unmodified y-websocket client sends `{}`). */
export const readPresence = (state: unknown): Presence | null => {
  const parsed = presenceSchema.safeParse(state)
  return parsed.success ? parsed.data : null
}
