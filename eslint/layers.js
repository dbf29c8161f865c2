// @ts-check
/**
 * The layer rule: each folder of src/ lists what it MAY import (VS Code's `code-layering` is the
 * model); an import of anything else fails. The lists live in eslint.config.js; this file only
 * resolves each import specifier and checks it against them.
 *
 * A specifier resolves to one of:
 * - a layer, when it is a path (relative paths are resolved against the importing file);
 * - a file outside every layer (allowed only when a layer names it in `files`);
 * - a Node built-in (`node:` prefix, or a name in `builtinModules`);
 * - Electron, checked module by module (`electron: 'main' | 'renderer'`);
 * - an npm package, sorted by the environment it needs (neutral, node, dom). A package in no
 *   list fails in every layer, so a new dependency lands in a layer deliberately.
 * Type-only imports follow the same rules: a type names the layer it comes from.
 */
import { builtinModules } from 'node:module'
import * as path from 'node:path'

/** Electron's renderer-process modules: what a preload may take from 'electron'. */
const ELECTRON_RENDERER_MODULES = ['contextBridge', 'ipcRenderer', 'webFrame', 'webUtils']

/**
 * @typedef {{ layers: string[], packages?: string[], nodeBuiltins?: boolean,
 *   electron?: 'main' | 'renderer', files?: string[] }} Allowed
 * @typedef {{ folder: string, mayImport: Allowed }} Layer
 * @typedef {{ root: string, layers: Record<string, Layer>, packages: Record<string, string[]> }} Options
 * @typedef {{ kind: 'layer', name: string } | { kind: 'file', file: string }
 *   | { kind: 'builtin' } | { kind: 'electron', subpath: string }
 *   | { kind: 'package', name: string, environment: string | null }} Target
 */

const toPosix = (/** @type {string} */ file) => file.split(path.sep).join('/')
const withoutExtension = (/** @type {string} */ file) => file.replace(/\.[cm]?[jt]sx?$/, '')

/** '@scope/name/sub' -> '@scope/name', 'name/sub' -> 'name'. */
const packageName = (/** @type {string} */ specifier) => {
  const parts = specifier.split('/')
  return (specifier.startsWith('@') ? parts.slice(0, 2) : parts.slice(0, 1)).join('/')
}

const isBuiltin = (/** @type {string} */ specifier) =>
  specifier.startsWith('node:') || builtinModules.includes(specifier)

/** The layer whose folder holds `file` (a path relative to the root), the deepest one first. */
const layerOf = (/** @type {Options} */ options, /** @type {string} */ file) => {
  const matches = Object.entries(options.layers)
    .filter(([, layer]) => file === layer.folder || file.startsWith(`${layer.folder}/`))
    .sort(([, a], [, b]) => b.folder.length - a.folder.length)
  return matches[0]?.[0] ?? null
}

/** Which environment list holds `name`; an entry '@scope/*' holds the whole scope. */
const environmentOf = (/** @type {Options} */ options, /** @type {string} */ name) => {
  for (const [environment, names] of Object.entries(options.packages)) {
    const listed = names.some((entry) =>
      entry.endsWith('/*') ? name.startsWith(entry.slice(0, -1)) : entry === name,
    )
    if (listed) return environment
  }
  return null
}

/** @returns {Target} */
const resolveTarget = (
  /** @type {Options} */ options,
  /** @type {string} */ importer,
  /** @type {string} */ specifier,
) => {
  const bare = specifier.replace(/[?#].*$/, '')
  if (bare.startsWith('.') || path.isAbsolute(bare)) {
    const file = toPosix(path.relative(options.root, path.resolve(path.dirname(importer), bare)))
    const name = layerOf(options, file)
    return name === null ? { kind: 'file', file } : { kind: 'layer', name }
  }
  if (isBuiltin(bare)) return { kind: 'builtin' }
  const name = packageName(bare)
  if (name === 'electron') return { kind: 'electron', subpath: bare.slice(name.length) }
  return { kind: 'package', name, environment: environmentOf(options, name) }
}

/** What a layer may import, in words, for the error message. */
const describeAllowed = (/** @type {Options} */ options, /** @type {Allowed} */ allowed) =>
  [
    ...allowed.layers.map((name) => options.layers[name]?.folder ?? name),
    ...(allowed.files ?? []),
    ...(allowed.nodeBuiltins ? ['Node built-ins'] : []),
    ...(allowed.electron ? [`Electron ${allowed.electron}-process modules`] : []),
    ...(allowed.packages ?? []).map((environment) => `${environment} packages`),
  ].join(', ')

const describeTarget = (/** @type {Options} */ options, /** @type {Target} */ target) => {
  switch (target.kind) {
    case 'layer':
      return options.layers[target.name]?.folder ?? target.name
    case 'file':
      return `${target.file}, which is in no layer`
    case 'builtin':
      return 'a Node built-in'
    case 'electron':
      return 'Electron'
    case 'package':
      return `a ${target.environment} package`
  }
}

/**
 * The names a declaration takes from 'electron' as values, or null when it takes the whole
 * module (default, namespace, `export *`, dynamic import, require) and so cannot be checked.
 * Types are left out: Electron declares main and renderer types in one namespace.
 * @param {any} node
 * @returns {string[] | null}
 */
const electronValueNames = (node) => {
  if (node.type === 'ImportDeclaration' || node.type === 'ExportNamedDeclaration') {
    const kind = node.type === 'ImportDeclaration' ? node.importKind : node.exportKind
    if (kind === 'type') return []
    const names = []
    for (const specifier of node.specifiers) {
      if (specifier.type === 'ImportSpecifier' || specifier.type === 'ExportSpecifier') {
        if (specifier.importKind === 'type' || specifier.exportKind === 'type') continue
        const imported = node.type === 'ImportDeclaration' ? specifier.imported : specifier.local
        names.push(imported.type === 'Identifier' ? imported.name : String(imported.value))
      } else return null
    }
    return names
  }
  if (node.type === 'TSImportType') return []
  return null
}

/** Why an Electron import breaks the layer's `electron` permission, or null when it does not. */
const electronProblem = (
  /** @type {'main' | 'renderer' | undefined} */ allowed,
  /** @type {string} */ subpath,
  /** @type {any} */ node,
) => {
  if (allowed === undefined) return 'Electron'
  const names = electronValueNames(node)
  if (allowed === 'main') {
    if (subpath === '/renderer') return "Electron's renderer-process modules"
    const rendererOnly = (names ?? []).filter((name) => ELECTRON_RENDERER_MODULES.includes(name))
    return rendererOnly.length > 0 ? `Electron's renderer module ${rendererOnly.join(', ')}` : null
  }
  if (subpath !== '' && subpath !== '/renderer') return `Electron's ${subpath.slice(1)} modules`
  if (names === null) return 'all of Electron: import the renderer modules it needs by name'
  const others = names.filter((name) => !ELECTRON_RENDERER_MODULES.includes(name))
  return others.length > 0 ? `Electron's ${others.join(', ')}` : null
}

/** @type {import('eslint').Rule.RuleModule} */
const allowedImports = {
  meta: {
    type: 'problem',
    docs: { description: 'Each folder of src/ imports only what its layer may import.' },
    schema: [
      {
        type: 'object',
        properties: {
          root: { type: 'string' },
          layers: { type: 'object' },
          packages: { type: 'object' },
        },
        required: ['root', 'layers', 'packages'],
        additionalProperties: false,
      },
    ],
  },
  create(context) {
    /** @type {Options} */
    const options = context.options[0]
    const importer = context.filename
    const layerName = layerOf(options, toPosix(path.relative(options.root, importer)))
    const layer = layerName === null ? undefined : options.layers[layerName]
    if (layerName === null || layer === undefined) {
      return {
        Program(node) {
          const file = toPosix(path.relative(options.root, importer))
          context.report({
            node,
            message: `${file} lies in no layer: add its folder to the layers in eslint.config.js.`,
          })
        },
      }
    }
    const allowed = layer.mayImport

    /**
     * Reports `specifier` at `node` unless the layer may import it. `shown` is how the message
     * names the import: the quoted specifier, or a triple-slash reference.
     */
    const check = (
      /** @type {any} */ node,
      /** @type {string} */ specifier,
      shown = `'${specifier}'`,
    ) => {
      const target = resolveTarget(options, importer, specifier)
      const report = (/** @type {string} */ what) =>
        context.report({
          loc: node.loc,
          message: `${layerName} (${layer.folder}) may not import ${shown} (${what}). It may import: ${describeAllowed(options, allowed)}.`,
        })
      switch (target.kind) {
        case 'layer':
          if (!allowed.layers.includes(target.name)) report(describeTarget(options, target))
          return
        case 'file': {
          const listed = (allowed.files ?? []).map(withoutExtension)
          if (!listed.includes(withoutExtension(target.file)))
            report(describeTarget(options, target))
          return
        }
        case 'builtin':
          if (!allowed.nodeBuiltins) report(describeTarget(options, target))
          return
        case 'electron': {
          const problem = electronProblem(allowed.electron, target.subpath, node)
          if (problem !== null) report(problem)
          return
        }
        case 'package':
          if (target.environment === null) {
            context.report({
              loc: node.loc,
              message: `'${target.name}' is an npm package in no environment list: add it to the neutral, node or dom packages in eslint.config.js, by what it needs to run.`,
            })
          } else if (!(allowed.packages ?? []).includes(target.environment)) {
            report(describeTarget(options, target))
          }
      }
    }

    /** The string a node's source names, or null when it is computed. */
    const literal = (/** @type {any} */ source) => {
      if (source?.type === 'Literal' && typeof source.value === 'string') return source.value
      if (source?.type === 'TemplateLiteral' && source.expressions.length === 0) {
        return source.quasis[0].value.cooked
      }
      if (source?.type === 'TSLiteralType') return literal(source.literal)
      return null
    }
    const checkSource = (/** @type {any} */ node, /** @type {any} */ source) => {
      const specifier = literal(source)
      if (specifier !== null) check(node, specifier)
    }

    return {
      ImportDeclaration: (node) => checkSource(node, node.source),
      ExportNamedDeclaration: (node) => node.source && checkSource(node, node.source),
      ExportAllDeclaration: (node) => checkSource(node, node.source),
      ImportExpression: (node) => checkSource(node, node.source),
      /** @param {any} node */
      TSImportType: (node) => checkSource(node, node.source ?? node.argument),
      /** @param {any} node */
      TSExternalModuleReference: (node) => checkSource(node, node.expression),
      CallExpression(node) {
        if (node.callee.type === 'Identifier' && node.callee.name === 'require') {
          checkSource(node, node.arguments[0])
        }
      },
      Program() {
        // Triple-slash references import too: `types="node"` brings Node's globals.
        for (const comment of context.sourceCode.getAllComments()) {
          const match = /^\/\s*<reference\s+(types|path)\s*=\s*["']([^"']+)["']/.exec(comment.value)
          if (match === null || comment.type !== 'Line') continue
          const [, kind, value] = match
          const shown = `<reference ${kind}="${value}">`
          if (kind === 'path') check(comment, value.startsWith('.') ? value : `./${value}`, shown)
          else check(comment, value === 'node' ? 'node:' : value, shown)
        }
      },
    }
  },
}

export default { rules: { 'allowed-imports': allowedImports } }
