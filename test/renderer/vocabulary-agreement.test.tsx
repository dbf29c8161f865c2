import * as fs from 'node:fs/promises'
import * as path from 'node:path'
import { Writable } from 'node:stream'
import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import { runCli } from '../../src/main/cli/main'
import { STATUS_LABELS } from '../../src/shared/dossier'
import type { StatusLabel } from '../../src/shared/dossier'
import { toHtml, toJson } from '../../src/shared/report'
import { STATUS_WORDS, paletteProperties } from '../../src/shared/vocabulary'
import { StatusBadge } from '../../src/renderer/components/StatusBadge'
import { cli } from '../support/run-cli'
import { tempDir } from '../support/temp-dir'
import { alice, bob, newDossier, replicaOf, syncBoth } from '../support/dossier-fixtures'
import { appCss, declaredProperties, resolve, ruleDeclarations } from './css-rules'

/**
 * The app's status badge, the HTML report and the CLI name and colour each status the same way:
 * each is rendered as a user would see it and read back, not taken from the vocabulary on trust.
 */

interface Shown {
  readonly text: string
  readonly colour: string
  readonly background: string
}

const textOf = (html: string): string => html.replace(/<[^>]+>/g, '').trim()

const appBadge = (label: StatusLabel): Shown => {
  const html = renderToStaticMarkup(<StatusBadge label={label} />)
  const className = /class="badge (badge-[a-z]+)"/.exec(html)?.[1]
  if (className === undefined) throw new Error(`no badge class in ${html}`)
  // What the page has at run time: the stylesheets' own properties plus those set at start-up.
  const css = appCss()
  const properties = new Map([...declaredProperties(css), ...Object.entries(paletteProperties())])
  const rule = ruleDeclarations(css, `.${className}`)
  return {
    text: textOf(html).replace(/^⚠/, ''),
    colour: resolve(rule.get('color') ?? '', properties),
    background: resolve(rule.get('background') ?? '', properties),
  }
}

/** One claim in each status, the conflict made by two editors deciding apart. */
const dossierWithEveryStatus = () => {
  const dossier = newDossier()
  const ids = dossier.addClaims(
    STATUS_LABELS.map((label) => ({
      text: `A ${label} claim`,
      attribution: { who: 'X' },
      kind: 'other',
    })),
    alice,
  )
  const claimIn = (label: StatusLabel): string => ids[STATUS_LABELS.indexOf(label)]!
  for (const status of ['confirmed', 'disputed', 'retracted'] as const)
    dossier.decide(claimIn(status), { status, rationale: 'r' }, alice)
  const other = replicaOf(dossier)
  dossier.decide(claimIn('conflict'), { status: 'confirmed', rationale: 'r' }, alice)
  other.decide(claimIn('conflict'), { status: 'disputed', rationale: 'r' }, bob)
  syncBoth(dossier, other)
  return dossier
}

const dossier = dossierWithEveryStatus()
const report = toHtml(dossier)

const reportBadge = (label: StatusLabel): Shown => {
  const badge = new RegExp(
    `<article class="claim ${label}"[^]*?<span class="badge ${label}">([^<]*)</span>`,
  ).exec(report)
  if (badge === null) throw new Error(`the report has no ${label} claim`)
  const css = /<style>([^]*)<\/style>/.exec(report)![1]!
  const rule = ruleDeclarations(css, `.badge.${label}`)
  const properties = declaredProperties(css)
  return {
    text: badge[1]!,
    colour: resolve(rule.get('color') ?? '', properties),
    background: resolve(rule.get('background') ?? '', properties),
  }
}

/** `dossier show` of the sample dossier at a terminal, status cell by status. */
const cliStatusCells = async (): Promise<Map<StatusLabel, string>> => {
  const dir = await tempDir()
  const data = path.join(dir, 'library')
  const file = path.join(dir, 'sample.json')
  await fs.writeFile(file, toJson(dossier))
  const imported = await cli(['import', file, '--data', data], { cwd: dir })
  expect(imported.stderr).toBe('')
  const chunks: string[] = []
  const terminal = Object.assign(
    new Writable({
      write(chunk: Buffer | string, _encoding, done) {
        chunks.push(String(chunk))
        done()
      },
    }),
    { isTTY: true },
  )
  const code = await runCli(['show', imported.stdout.trim(), '--data', data], {
    stdout: terminal,
    stderr: terminal,
    cwd: dir,
    env: {},
  })
  expect(code).toBe(0)
  const cells = new Map<StatusLabel, string>()
  // eslint-disable-next-line no-control-regex
  const colouredCell = /\x1b\[([0-9;]+)m(\S+) (\S+)\x1b\[0m/g
  for (const [, sgr, symbol, word] of chunks.join('').matchAll(colouredCell)) {
    const label = STATUS_LABELS.find((status) => status === word!.toLowerCase())
    if (label !== undefined) cells.set(label, `${sgr} ${symbol} ${word}`)
  }
  return cells
}

describe('one vocabulary in the app, the HTML report and the CLI', () => {
  it('shows every status with the same label and the same colours in the app and the report', () => {
    for (const label of STATUS_LABELS) {
      const app = appBadge(label)
      const html = reportBadge(label)
      expect(app, label).toEqual(html)
      expect(app.text, label).toBe(STATUS_WORDS[label].label)
      expect(app.colour, label).toBe(STATUS_WORDS[label].colour.ink)
      expect(app.background, label).toBe(STATUS_WORDS[label].colour.fill)
    }
  })

  it('gives the CLI the same word, with the vocabulary’s symbol and colour at a terminal', async () => {
    const cells = await cliStatusCells()
    expect([...cells.keys()].sort()).toEqual([...STATUS_LABELS].sort())
    for (const label of STATUS_LABELS) {
      const { cli: terminal, label: badge } = STATUS_WORDS[label]
      expect(cells.get(label), label).toBe(`${terminal.sgr} ${terminal.symbol} ${terminal.word}`)
      expect(terminal.word.toLowerCase(), label).toBe(appBadge(label).text.toLowerCase())
      expect(badge).toBe(appBadge(label).text)
    }
  })
})
