import * as fs from 'node:fs'
import * as path from 'node:path'

/** Just enough CSS reading to ask what colour a rule gives: no nesting, no media queries. */

const STYLES = path.resolve(import.meta.dirname, '../../src/renderer/styles')

export const appCss = (): string =>
  fs
    .readdirSync(STYLES)
    .filter((name) => name.endsWith('.css'))
    .map((name) => fs.readFileSync(path.join(STYLES, name), 'utf8'))
    .join('\n')

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** The declarations of the rule whose whole selector is `selector`, e.g. `.badge.confirmed`. */
export const ruleDeclarations = (css: string, selector: string): Map<string, string> => {
  const rule = new RegExp(`(?:^|[\\n}])\\s*${escapeRegExp(selector)}\\s*\\{([^}]*)\\}`).exec(css)
  if (rule === null) throw new Error(`no rule for ${selector}`)
  return new Map(
    rule[1]!
      .split(';')
      .map((declaration) => declaration.split(/:(.*)/s).map((part) => part.trim()))
      .filter((pair): pair is [string, string] => pair.length >= 2 && pair[0] !== '')
      .map(([name, value]) => [name, value]),
  )
}

/** A value with every `var(--name)` replaced from `properties`; throws on an undefined one. */
export const resolve = (value: string, properties: ReadonlyMap<string, string>): string =>
  value.replace(/var\((--[a-z0-9-]+)\)/g, (_match, name: string) => {
    const found = properties.get(name)
    if (found === undefined) throw new Error(`${name} is not defined`)
    return found
  })

/** Every `var(--name)` a stylesheet uses. */
export const usedProperties = (css: string): Set<string> =>
  new Set([...css.matchAll(/var\((--[a-z0-9-]+)\)/g)].map((match) => match[1]!))

/** Every custom property a stylesheet declares, with its value. */
export const declaredProperties = (css: string): Map<string, string> =>
  new Map(
    [...css.matchAll(/(--[a-z0-9-]+)\s*:\s*([^;}]+)/g)].map((match) => [
      match[1]!,
      match[2]!.trim(),
    ]),
  )
