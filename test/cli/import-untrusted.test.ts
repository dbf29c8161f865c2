import * as fs from 'node:fs/promises'
import * as path from 'node:path'
import { describe, expect, it } from 'vitest'
import { Library } from '../../src/main/host/library/library'
import { Dossier } from '../../src/shared/dossier'
import { alice, tickingClock } from '../support/dossier-fixtures'
import { cli } from '../support/run-cli'
import { tempDir } from '../support/temp-dir'

/** A library holding one dossier whose history has a tampered and an unsigned decision. */
const untrustedLibrary = async (): Promise<{ data: string; id: string }> => {
  const data = path.join(await tempDir(), 'library')
  const stored = await Library.open(data)
  const id = await stored.add((doc) => {
    const dossier = Dossier.create(
      doc,
      { title: 'Dam', sourceText: 'Text.' },
      { now: tickingClock() },
    )
    const claim = dossier.addClaim({ text: 'x', attribution: { who: 'y' }, kind: 'other' }, alice)
    const honest = dossier.decide(claim, { status: 'disputed', rationale: 'a' }, alice)
    const { sig: _sig, ...unsigned } = honest
    doc.getArray('decisions').push([
      // Its rationale changed after signing: the signature no longer matches.
      { ...honest, id: 'd_forgery00001', rationale: 'changed', supersedes: [honest.id] },
      { ...unsigned, id: 'd_unsigned0001', status: 'confirmed', supersedes: [honest.id] },
    ])
    return dossier
  })
  await stored.close()
  return { data, id }
}

describe('dossier import of a history with unproven decisions', () => {
  it('says how many decisions are tampered and unsigned, for a JSON export and a .dossier file', async () => {
    const source = await untrustedLibrary()
    const dir = await tempDir()
    const target = path.join(dir, 'other-library')
    for (const format of ['json', 'dossier']) {
      const file = path.join(dir, `export.${format}`)
      const exported = await cli([
        'export',
        source.id,
        '--format',
        format,
        '--out',
        file,
        '--data',
        source.data,
      ])
      expect(exported.code, exported.stderr).toBe(0)
      const imported = await cli(['import', file, '--data', target])
      expect(imported.code, imported.stderr).toBe(0)
      expect(imported.stdout.trim()).toMatch(/^m_[0-9a-z]+$/)
      expect(imported.stderr).toContain(
        'warning: Imported, but 1 decision in it is tampered and 1 is unsigned: they are kept in the history and decide nothing.',
      )
    }
  })

  it('says nothing more for an honest history', async () => {
    const dir = await tempDir()
    const story = path.join(dir, 'story.md')
    await fs.writeFile(
      story,
      '# Ferry\n\nThe coast guard said 18 passengers were rescued on Monday.\n',
    )
    const data = path.join(dir, 'library')
    const made = await cli(['import', story, '--data', data])
    const file = path.join(dir, 'export.json')
    await cli(['export', made.stdout.trim(), '--format', 'json', '--out', file, '--data', data])
    const imported = await cli(['import', file, '--data', path.join(dir, 'second')])
    expect(imported.code, imported.stderr).toBe(0)
    expect(imported.stderr).not.toContain('Imported, but')
  })
})
