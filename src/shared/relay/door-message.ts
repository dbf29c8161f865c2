import * as z from 'zod'
import { ROLES, dossierIdSchema } from '../protocol'

/**
 * What a joiner and an inviter's host say to each other through a relay when the invite names a
 * sealed relay and no member is reachable on the LAN (docs/relay.md, "Joining through a relay").
 * Each message travels sealed under a key derived from the invite's secret and signed by its
 * sender's device key; these are their contents, checked where they arrive.
 */
const deviceKeySchema = z.string().regex(/^[0-9a-f]{64}$/)

/** The joiner's request: which dossier, which device, under which name. */
export const doorKnockSchema = z.strictObject({
  kind: z.literal('knock'),
  dossierId: dossierIdSchema,
  key: deviceKeySchema,
  name: z.string().trim().min(1).max(200).optional(),
})
export type DoorKnock = z.infer<typeof doorKnockSchema>

const doorMemberSchema = z.strictObject({ key: deviceKeySchema, role: z.enum(ROLES) })
export type DoorMember = z.infer<typeof doorMemberSchema>

/** The most members an answer lists: more than a desk has, less than a relay may carry. */
export const MAX_DOOR_MEMBERS = 1024

/**
 * The inviter's answer to one device: admitted, with the session secret sealed to that device
 * alone and who the members are (so the joiner can check what the sealed room holds before its
 * own copy of the dossier says it), or refused with a reason to show.
 */
export const doorAnswerSchema = z.discriminatedUnion('admitted', [
  z.strictObject({
    kind: z.literal('answer'),
    to: deviceKeySchema,
    admitted: z.literal(true),
    /** The session secret, sealed to `to` (hex). */
    sealedSecret: z.string().regex(/^[0-9a-f]{160}$/),
    members: z.array(doorMemberSchema).min(1).max(MAX_DOOR_MEMBERS),
  }),
  z.strictObject({
    kind: z.literal('answer'),
    to: deviceKeySchema,
    admitted: z.literal(false),
    reason: z.string().min(1).max(500),
  }),
])
export type DoorAnswer = z.infer<typeof doorAnswerSchema>
