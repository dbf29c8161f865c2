import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import {
  Dossier,
  DossierWriter,
  NotADossierError,
  openDossierView,
} from '../../../src/shared/dossier'
import { alice, newDossier } from '../../support/dossier-fixtures'

/** Every method name a write could go through, on the writer and on the Dossier composition. */
const writeNames = (): string[] =>
  [DossierWriter.prototype, Dossier.prototype].flatMap((proto) =>
    Object.getOwnPropertyNames(proto).filter((name) => name !== 'constructor'),
  )

describe('openDossierView', () => {
  it('reads a dossier and has no write method, nor the doc', () => {
    const dossier = newDossier()
    const claim = dossier.addClaim({ text: 'x', attribution: { who: 'y' }, kind: 'other' }, alice)
    dossier.decide(claim, { status: 'disputed', rationale: 'no' }, alice)
    const doc = new Y.Doc()
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(dossier.doc))
    const view = openDossierView(doc)
    expect(view.meta().title).toBe('Dam failure')
    expect(view.counts()).toMatchObject({ disputed: 1 })
    expect(view.timeline(claim).map((item) => item.kind)).toEqual(['created', 'decision'])
    expect(writeNames()).toEqual(expect.arrayContaining(['decide', 'setTitle', 'importEntries']))
    for (const name of [...writeNames(), 'doc', 'index', 'writer'])
      expect({ name, present: name in view }).toEqual({ name, present: false })
    view.destroy()
  })

  it('refuses a doc that is not a dossier', () => {
    expect(() => openDossierView(new Y.Doc())).toThrow(NotADossierError)
  })
})
