import * as Y from 'yjs'
import { Dossier } from '../../src/shared/dossier'
import { toJson } from '../../src/shared/report/json'
import { alice, tickingClock } from './dossier-fixtures'

/** A JSON export of a dossier with one signed decision whose rationale was changed afterwards. */
export const tamperedExport = (): string => {
  const dossier = Dossier.create(
    new Y.Doc(),
    { title: 'Dam', sourceText: 'Text.' },
    { now: tickingClock() },
  )
  const claim = dossier.addClaim({ text: 'x', attribution: { who: 'y' }, kind: 'other' }, alice)
  dossier.decide(claim, { status: 'confirmed', rationale: 'signed words' }, alice)
  const json = JSON.parse(toJson(dossier)) as { decisions: { rationale: string }[] }
  json.decisions[0]!.rationale = 'changed words'
  return JSON.stringify(json)
}
