import * as path from 'node:path'
import * as z from 'zod'
import { dossierIdSchema } from '../../../shared/protocol'
import { relaySettingsSchema } from '../../../shared/relay'
import type { RelaySettings } from '../../../shared/relay'
import { JsonSettingsFile } from '../store/json-settings-file'

/**
 * Which dossiers this host syncs through a relay, and how: `<library>/relay/relays.json` (0600:
 * it holds the relays' tokens). Replaced atomically; a file that does not read is set aside and
 * reported, never overwritten.
 */
const relaysFileSchema = z.strictObject({
  version: z.literal(1),
  dossiers: z.record(dossierIdSchema, relaySettingsSchema),
})
export type RelaysFile = z.infer<typeof relaysFileSchema>

export const RELAYS_FILE = path.join('relay', 'relays.json')

const EMPTY: RelaysFile = { version: 1, dossiers: {} }

/** `<library>/relay/relays.json`, read and written by `JsonSettingsFile`. */
export class RelayStore extends JsonSettingsFile<RelaysFile> {
  constructor(readonly libraryDir: string) {
    super(
      path.join(libraryDir, RELAYS_FILE),
      relaysFileSchema,
      EMPTY,
      'set the relays again',
      'the relay settings file',
    )
  }
}

export type { RelaySettings }
