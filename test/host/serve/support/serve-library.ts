import { Library } from '../../../../src/main/host/library/library'
import { Dossier } from '../../../../src/shared/dossier'
import { SOURCE, alice } from '../../../support/dossier-fixtures'

export const CLAIM_TEXTS = [
  'Twenty-three people are missing',
  'The figure was raised to 31',
  'The operator denied any fault',
] as const

/** A library folder holding one dossier with three claims (by alice), closed again. */
export const libraryWithDossier = async (dir: string): Promise<string> => {
  const library = await Library.open(dir)
  try {
    return await library.add((doc) => {
      const dossier = Dossier.create(doc, { title: 'Dam failure', sourceText: SOURCE })
      dossier.addClaims(
        CLAIM_TEXTS.map((text) => ({
          text,
          attribution: { who: 'River authority' },
          kind: 'figure',
        })),
        alice,
      )
      return dossier
    })
  } finally {
    await library.close()
  }
}

/** Every decision id in a dossier, over all its claims. */
export const decisionIds = (dossier: Dossier): Set<string> =>
  new Set(dossier.claims().flatMap((claim) => dossier.decisions(claim.id).map(({ id }) => id)))
