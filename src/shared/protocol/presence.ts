import * as z from 'zod'

/** Largest Yjs client id (a uint32) and clock a position may name; anything past is not Yjs'. */
const MAX_CLIENT = 0xffffffff
const yjsId = z
  .object({
    client: z.number().int().min(0).max(MAX_CLIENT),
    clock: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER),
  })
  .strict()

/**
 * A Yjs relative position as `Y.relativePositionToJSON` writes it: the character it sticks to
 * (`item`), or the end of a root type named `tname` (or of the type `type`), and which side it
 * keeps to (`assoc`). Strict and small: nothing a cursor does not need is accepted.
 */
export const relativePositionSchema = z
  .object({
    type: yjsId.optional(),
    tname: z.string().max(64).optional(),
    item: yjsId.optional(),
    assoc: z.number().int().min(-1).max(1).optional(),
  })
  .strict()
export type RelativePositionJson = z.infer<typeof relativePositionSchema>

/** Where an editor's selection is in the source text: `anchor` where it began, `head` its caret. */
export const sourceSelectionSchema = z
  .object({ anchor: relativePositionSchema, head: relativePositionSchema })
  .strict()
export type SourceSelection = z.infer<typeof sourceSelectionSchema>

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
  /**
   * The editor's selection or caret in the source text, if any. A malformed or oversized one is
   * dropped (read as none) without losing the rest of the presence: the editor is still shown,
   * their cursor is not.
   */
  source: sourceSelectionSchema.nullable().optional().catch(null),
})
export type Presence = z.infer<typeof presenceSchema>

/** `state` as a presence, or null when it is not one (an unmodified y-websocket client sends `{}`). */
export const readPresence = (state: unknown): Presence | null => {
  const parsed = presenceSchema.safeParse(state)
  return parsed.success ? parsed.data : null
}
