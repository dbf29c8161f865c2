import * as path from 'node:path'
import { describe, expect, it } from 'vitest'
import { Library } from '../../src/main/host/library/library'
import { alice, tickingClock } from '../support/dossier-fixtures'
import { cli } from '../support/run-cli'
import { tempDir } from '../support/temp-dir'
import { Dossier } from '../../src/shared/dossier'

describe('dossier show, on a dossier another copy damaged', () => {
  it('counts a forged decision as not counted, and names a foreign meta.id', async () => {
    const data = path.join(await tempDir(), 'library')
    const stored = await Library.open(data)
    const realId = await stored.add((doc) => {
      const dossier = Dossier.create(
        doc,
        { title: 'Dam', sourceText: 'Text.' },
        { now: tickingClock() },
      )
      const claim = dossier.addClaim({ text: 'x', attribution: { who: 'y' }, kind: 'other' }, alice)
      const honest = dossier.decide(claim, { status: 'disputed', rationale: 'a' }, alice)
      doc
        .getArray('decisions')
        .push([{ ...honest, id: 'd_forgery00001', status: 'confirmed', supersedes: [honest.id] }])
      return dossier
    })
    await stored.with(realId, ({ doc }) => doc.getMap('meta').set('id', 'm_someoneelse1'))
    await stored.close()

    const show = await cli(['show', realId, '--data', data])
    expect(show.code).toBe(0)
    expect(show.stdout).toMatch(/disputed/)
    expect(show.stdout).not.toMatch(/confirmed/)
    expect(show.stdout).toContain(
      'warning: 1 decision is unsigned or fails the signature check: shown in the history, never counted as a status',
    )
    expect(show.stdout).toContain(
      `warning: the dossier's id field says "m_someoneelse1", but it is stored as ${realId}`,
    )
    const json = JSON.parse((await cli(['show', realId, '--json', '--data', data])).stdout)
    expect(json.claims[0]).toMatchObject({ status: 'disputed', ignoredDecisions: 1 })
  })
})
