import * as Y from 'yjs'
import { describe, expect, it } from 'vitest'
import { Dossier } from '../../src/shared/dossier'
import { createDeviceKey, signerFromKey } from '../../src/shared/identity'
import { ChoiceTally } from '../../src/renderer/logic/choice-tally'
import { filterChoices } from '../../src/renderer/logic/claim-filter'

const signer = signerFromKey(createDeviceKey('Test editor'))

const dossierWith = () => {
  const dossier = Dossier.create(new Y.Doc(), { title: 'Choices', sourceText: 'Source.' })
  const ids = dossier.addClaims(
    [
      { text: 'One', attribution: { who: 'Harbour office' }, kind: 'figure', tags: ['storm'] },
      { text: 'Two', attribution: { who: 'Mayor' }, kind: 'denial', tags: ['storm', 'boats'] },
      { text: 'Three', attribution: { who: 'Harbour office' }, kind: 'other' },
    ],
    signer,
  )
  return { dossier, ids }
}

describe('ChoiceTally', () => {
  it('offers what filterChoices offers as claims are edited, assigned, removed and added', () => {
    const { dossier, ids } = dossierWith()
    const tally = new ChoiceTally()
    const agrees = () => {
      expect(tally.update(dossier.claims())).toEqual(filterChoices(dossier.claims()))
      expect(tally.total).toBe(dossier.claims().filter((claim) => !claim.removed).length)
    }
    agrees()
    dossier.editClaim(ids[0]!, { assignee: 'Ana' }, signer)
    agrees()
    dossier.editClaim(ids[1]!, { attribution: { who: 'Port authority' }, tags: ['boats'] }, signer)
    agrees()
    dossier.editClaim(ids[0]!, { removed: true }, signer)
    agrees()
    dossier.editClaim(ids[2]!, { assignee: 'Ana' }, signer)
    dossier.editClaim(ids[1]!, { assignee: 'Ben' }, signer)
    agrees()
    dossier.addClaim(
      { text: 'Four', attribution: { who: 'Zed' }, kind: 'other', tags: ['x'] },
      signer,
    )
    agrees()
    dossier.editClaim(ids[0]!, { removed: false }, signer)
    agrees()
  })

  it('answers the same object while no choice appears or disappears', () => {
    const { dossier, ids } = dossierWith()
    const tally = new ChoiceTally()
    const first = tally.update(dossier.claims())
    dossier.decide(ids[0]!, { status: 'disputed', rationale: 'Figures differ.' }, signer)
    dossier.editClaim(ids[2]!, { tags: ['storm'] }, signer)
    expect(tally.update(dossier.claims())).toBe(first)
    dossier.editClaim(ids[2]!, { tags: ['storm', 'flood'] }, signer)
    const second = tally.update(dossier.claims())
    expect(second).not.toBe(first)
    expect(second.tags).toEqual(['boats', 'flood', 'storm'])
  })
})
