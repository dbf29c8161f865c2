import type * as Y from 'yjs'
import type { Dossier } from '../../shared/dossier'
import { createDeviceKey, signerFromKey } from '../../shared/identity'
import { createSampleDossier } from '../../shared/sample/sample-dossier'

/**
 * The built-in sample, written by two invented desk members with keys made for the occasion, so
 * its history (a conflict included) is theirs and not the editor's on this device.
 */
export const seedSampleDossier = (doc: Y.Doc): Dossier =>
  createSampleDossier(doc, {
    editor: signerFromKey(createDeviceKey('Ines Valdés')),
    colleague: signerFromKey(createDeviceKey('Kwame Mensah')),
  })
