import { readdirSync, readFileSync } from 'node:fs'
import * as path from 'node:path'
import { fileURLToPath } from 'node:url'
import { ESLint } from 'eslint'
import { describe, expect, it } from 'vitest'

/**
 * Each fixture in test/lint/fixtures/<layer>/ is linted as if it lived directly in that layer's
 * folder (relative imports in it are written from there). A `forbidden-` fixture must fail the
 * layer rule exactly once; an `allowed-` one must lint clean. The real tree is checked by
 * `npm run lint`, which CI runs.
 */
const ROOT = fileURLToPath(new URL('../..', import.meta.url))
const FIXTURES = path.join(ROOT, 'test/lint/fixtures')
const RULE = 'layers/allowed-imports'

const FOLDERS: Record<string, string> = {
  shared: 'src/shared',
  host: 'src/main/host',
  cli: 'src/main/cli',
  app: 'src/main/app',
  preload: 'src/preload',
  renderer: 'src/renderer',
  'no-layer': 'src/tools',
}

const fixtures = readdirSync(FIXTURES).flatMap((layer) =>
  readdirSync(path.join(FIXTURES, layer)).map((name) => {
    const folder = FOLDERS[layer]
    if (folder === undefined) throw new Error(`test/lint/fixtures/${layer}: no folder for it`)
    return { layer, name, filePath: path.join(ROOT, folder, name) }
  }),
)

const eslint = new ESLint({ cwd: ROOT })

const lint = async (fixture: { layer: string; name: string; filePath: string }) => {
  const code = readFileSync(path.join(FIXTURES, fixture.layer, fixture.name), 'utf8')
  const [result] = await eslint.lintText(code, { filePath: fixture.filePath })
  return result!.messages
}

describe('layer rule', () => {
  const forbidden = fixtures.filter(({ name }) => name.startsWith('forbidden-'))
  const allowed = fixtures.filter(({ name }) => name.startsWith('allowed-'))

  it('has fixtures of both kinds for every layer', () => {
    expect(forbidden.length + allowed.length).toBe(fixtures.length)
    for (const layer of Object.keys(FOLDERS).filter((name) => name !== 'no-layer')) {
      expect(
        forbidden.some((fixture) => fixture.layer === layer),
        layer,
      ).toBe(true)
      expect(
        allowed.some((fixture) => fixture.layer === layer),
        layer,
      ).toBe(true)
    }
  })

  it.each(forbidden.map((fixture) => [`${fixture.layer}/${fixture.name}`, fixture] as const))(
    'fails %s',
    async (_, fixture) => {
      const messages = await lint(fixture)
      expect(messages.filter((message) => message.fatal)).toEqual([])
      expect(messages.filter((message) => message.ruleId === RULE)).toHaveLength(1)
    },
  )

  it.each(allowed.map((fixture) => [`${fixture.layer}/${fixture.name}`, fixture] as const))(
    'passes %s',
    async (_, fixture) => {
      expect(await lint(fixture)).toEqual([])
    },
  )

  it('names the layer, the import and what the layer may import', async () => {
    const messages = await lint({
      layer: 'shared',
      name: 'forbidden-ws.ts',
      filePath: path.join(ROOT, 'src/shared/forbidden-ws.ts'),
    })
    expect(messages.map(({ message }) => message)).toEqual([
      "shared (src/shared) may not import 'ws' (a node package). It may import: src/shared, neutral packages.",
    ])
  })

  it('asks for an unclassified package to be sorted into an environment', async () => {
    const messages = await lint({
      layer: 'host',
      name: 'forbidden-unclassified.ts',
      filePath: path.join(ROOT, 'src/main/host/forbidden-unclassified.ts'),
    })
    expect(messages.map(({ message }) => message)).toEqual([
      "'express' is an npm package in no environment list: add it to the neutral, node or dom packages in eslint.config.js, by what it needs to run.",
    ])
  })
})
