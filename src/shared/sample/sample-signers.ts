import { createDeviceKey, signerFromKey } from '../identity'
import type { Signer } from '../identity'

export interface SampleSigners {
  readonly editor: Signer
  readonly colleague: Signer
}

/**
 * The two invented desk members who work on the sample, each with a key made for the occasion
 * (never stored, so nobody can sign as them later). Their names reach every replica through the
 * signed author declarations their first writes carry. The sample's history is theirs, not that
 * of whoever opens it, so every device and host that seeds it shows the same people.
 */
export const sampleDeskSigners = (): SampleSigners => ({
  editor: signerFromKey(createDeviceKey('Ines Valdés')),
  colleague: signerFromKey(createDeviceKey('Kwame Mensah')),
})
