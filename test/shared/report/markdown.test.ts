import { beforeAll, describe, expect, it } from 'vitest'
import { toMarkdown } from '../../../src/shared/report/markdown'
import { HOSTILE, buildSampleDossier } from './sample-dossier'

let markdown: string

beforeAll(() => {
  markdown = toMarkdown(buildSampleDossier().dossier, { generatedAt: '2025-03-04T09:30:00Z' })
})

/** The text from a heading to the next heading of the same or a higher level. */
const section = (heading: string): string => {
  const start = markdown.indexOf(`${heading}\n`)
  if (start < 0) throw new Error(`no heading ${heading}`)
  const level = heading.split(' ')[0]!
  const rest = markdown.slice(start + heading.length)
  const next = rest.search(new RegExp(`\\n#{1,${level.length}} `))
  return next < 0 ? rest : rest.slice(0, next)
}

const claimSection = (number: number): string => {
  const line = markdown.split('\n').find((text) => text.startsWith(`### Claim ${number}: `))
  if (line === undefined) throw new Error(`no claim ${number}`)
  return section(line)
}

describe('toMarkdown', () => {
  it('opens with the title, story, when it was made and the counts', () => {
    expect(markdown.startsWith('# Shelling of Kessel market, Port Veyra\n\nCasualty figures')).toBe(
      true,
    )
    expect(markdown).toContain('generated 2025-03-04 09:30 UTC')
    for (const row of [
      '| Conflicting decisions | 1 |',
      '| Confirmed | 1 |',
      '| Disputed | 2 |',
      '| Retracted | 1 |',
      '| Unverified | 3 |',
      '| **Total** | **8** |',
    ])
      expect(markdown).toContain(row)
  })

  it('groups claims: conflicts first, then confirmed, disputed, retracted, unverified', () => {
    const groups = markdown.split('\n').filter((line) => line.startsWith('## '))
    expect(groups).toEqual([
      '## Summary',
      '## Conflicting decisions (1)',
      '## Confirmed (1)',
      '## Disputed (2)',
      '## Retracted (1)',
      '## Unverified (3)',
    ])
    const numbersIn = (group: string): number[] =>
      [...section(group).matchAll(/^### Claim (\d+):/gm)].map((match) => Number(match[1]))
    expect(numbersIn('## Conflicting decisions (1)')).toEqual([3])
    expect(numbersIn('## Confirmed (1)')).toEqual([2])
    // Claim 7's "confirmed" is the tampered decision: it does not count, the signed one does.
    expect(numbersIn('## Disputed (2)')).toEqual([4, 7])
    expect(numbersIn('## Retracted (1)')).toEqual([1])
    expect(numbersIn('## Unverified (3)')).toEqual([5, 6, 8])
    expect(markdown).not.toContain('entered by mistake')
  })

  it('shows each side of a conflict with its author and rationale', () => {
    const conflict = claimSection(3)
    expect(conflict).toContain('- **Status:** Conflict')
    expect(conflict).toMatch(
      /^ {2}- \*\*Confirmed\*\* by Ana Ruiz, 2025-03-03 \d\d:\d\d UTC: Ministry showed shell fragments \(signature verified\)$/m,
    )
    expect(conflict).toMatch(
      /^ {2}- \*\*Disputed\*\* by Ben Okafor, .*: Fragments cannot be traced to a unit \(signature verified\)$/m,
    )
  })

  it('shows speaker, quote, evidence and links of a claim', () => {
    const revised = claimSection(2)
    expect(revised).toContain(
      '- **Speaker:** Col. Mara Voss, interior ministry spokesperson — state television, 2025-03-01',
    )
    expect(revised).toContain('**Figures:** 31 killed')
    expect(revised).toContain('> the toll had risen to 31')
    expect(revised).toContain(
      '**E1** [Hospital admissions list, 2 March](<https://hospital.example/lists/2025-03-02?ward=a&b=c>) — *supports*',
    )
    expect(revised).toContain(`file \`sha256:${'ab'.repeat(32)}\``)
    expect(revised).toContain('(cites E1; signature verified)')
    expect(revised).toContain('- **Links:** revises claim 1 (ministry update)')
    expect(claimSection(1)).toContain('- **Links:** revised by claim 2 (ministry update)')
  })

  it('says when a quote was edited or lost', () => {
    const edited = claimSection(5)
    expect(edited).toContain('*Quote edited:')
    expect(edited).toContain('> treated 85 wounded')
    expect(edited).toContain('*Originally quoted:*\n\n> treated 58 wounded')
    const lost = claimSection(6)
    expect(lost).toContain('*Quote lost:')
    expect(lost).toContain('> A witness said the market had been closed since noon.')
  })

  it('lists the history oldest first and marks the tampered decision, which is not current', () => {
    const hostile = claimSection(7)
    const history = hostile.slice(hostile.indexOf('**History** (oldest first)'))
    const lines = history.split('\n').filter((line) => /^\d+\. \*\*[A-Z][a-z]+\*\* by /.test(line))
    expect(lines).toHaveLength(2)
    expect(lines[0]).toMatch(
      /^1\. \*\*Disputed\*\* by Ben Okafor, .*\(signature verified\) — \*current\*$/,
    )
    expect(lines[1]).toMatch(
      /^2\. \*\*Confirmed\*\* by Ben Okafor, .*\*\*⚠ signature does not match \(tampered\)\*\*\)$/,
    )
    expect(hostile).not.toContain('the current decision is tampered')
    expect(markdown).toContain('> **Warning:** 1 decision has a signature that does not match')
  })

  it('escapes hostile text so it cannot become a link, an image or HTML', () => {
    expect(markdown).toContain(
      '### Claim 7: \\<script\\>alert(1)\\</script\\> \\[click\\](javascript:alert(1)) "onerror=alert(2) \\& \\*\\*bold\\*\\*',
    )
    expect(markdown).toContain('- **Speaker:** \\<b\\>Mallory\\</b\\>, \\[admin\\](javascript:x)')
    expect(markdown).toContain('Looks fine \\<img src=x onerror=alert(3)\\> \\</script\\>')
    expect(markdown).toContain('**E1** \\<img src=x onerror=alert(4)\\> — *context*')
    expect(markdown).toContain(`not a web link): ${HOSTILE.evidenceUrl}`)
    // Nothing opens raw HTML, and the only link destinations are the two http(s) evidence links.
    expect(markdown).not.toMatch(/(?<!\\)<(script|img|b)\b/i)
    const destinations = [...markdown.matchAll(/\]\(<([^>]*)>\)/g)].map((match) => match[1])
    expect(destinations).toEqual([
      'https://hospital.example/lists/2025-03-02?ward=a&b=c',
      'https://evidence.example/%22onerror=alert%285%29',
    ])
    expect(markdown.match(/(?<!\\)\]\(/g)).toHaveLength(2)
  })
})
