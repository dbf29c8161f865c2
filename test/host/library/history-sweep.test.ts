import type * as Y from 'yjs'
import { describe, expect, it } from 'vitest'
import { Library } from '../../../src/main/host/library/library'
import { Dossier } from '../../../src/shared/dossier'
import type { Decision } from '../../../src/shared/dossier'
import { DecisionVerifier } from '../../../src/shared/dossier/verified-status'
import { signDecision } from '../../../src/shared/dossier/verify'
import { onCleanup } from '../../support/cleanup'
import { SOURCE, alice, bob } from '../../support/dossier-fixtures'
import { eventually } from '../../support/eventually'
import { tempDir } from '../../support/temp-dir'

describe('the host checks every signature of a dossier it keeps open', () => {
  it('reaches the history no status rests on: a superseded decision, and a forged one', async () => {
    const library = await Library.open(await tempDir())
    onCleanup(() => library.close())
    // Written straight into the log, as another replica would send them: nothing in this process
    // has checked them. The newer decision supersedes both, so no status rests on either and no
    // view checks them on its own; one of them was rewritten after it was signed.
    const at = '2026-11-27T12:00:00.000Z'
    let superseded: Decision | null = null
    let forged: Decision | null = null
    const id = await library.add((doc: Y.Doc) => {
      const dossier = Dossier.create(doc, { title: 'Dam failure', sourceText: SOURCE })
      const claimId = dossier.addClaim(
        { text: 'x', attribution: { who: 'y' }, kind: 'other' },
        alice,
      )
      const base = { claimId, evidenceIds: [], supersedes: [], at }
      superseded = signDecision(
        {
          ...base,
          id: 'd_sweepold00001',
          status: 'disputed',
          rationale: 'Unclear',
          author: alice.publicKey,
        },
        alice,
      )
      forged = { ...superseded, id: 'd_sweepforged1', rationale: 'Rewritten after signing' }
      const newer = signDecision(
        {
          ...base,
          id: 'd_sweepnew00001',
          status: 'confirmed',
          rationale: 'Two ledgers agree',
          supersedes: [superseded.id, forged.id],
          author: bob.publicKey,
        },
        bob,
      )
      doc.getArray<Decision>('decisions').push([superseded, forged, newer])
      return dossier
    })
    const known = (decision: Decision) => new DecisionVerifier().lookup(structuredClone(decision))
    expect([known(superseded!), known(forged!)]).toEqual([undefined, undefined])
    const handle = await library.open(id)
    onCleanup(() => handle.close())
    // What the host found is what any copy of those entries now finds without checking.
    await eventually(() => {
      expect(known(superseded!)).toBe('signed')
      expect(known(forged!)).toBe('tampered')
    })
  })
})
