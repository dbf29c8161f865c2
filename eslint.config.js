// @ts-check
import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'
import { fileURLToPath } from 'node:url'
import layersPlugin from './eslint/layers.js'

const root = fileURLToPath(new URL('.', import.meta.url))

/**
 * npm packages by the environment they need. A layer names the environments it may use; a package
 * in no list fails lint everywhere in src/, so a new dependency lands in a layer deliberately.
 * '@scope/*' takes the whole scope. Electron is not here: layers name it themselves (below).
 */
const packages = {
  /** Plain JavaScript: runs in Node and in the browser. */
  neutral: ['yjs', 'y-protocols', 'lib0', 'zod', '@noble/*', 'schema-dts', 'qrcode'],
  /** Needs Node (sockets, the file system, the build). */
  node: [
    'ws',
    'vite',
    'noise-handshake',
    'noise-curve-ed',
    'sodium-universal',
    'bonjour-service',
    '@hocuspocus/provider',
    'y-websocket',
  ],
  /** Needs a DOM or browser APIs (IndexedDB). */
  dom: ['react', 'react-dom', 'y-indexeddb'],
}

/**
 * What each folder of src/ MAY import; anything else fails (VS Code's `code-layering` is the
 * model). `layers` are folders by name, `packages` the environments above, `nodeBuiltins` Node's
 * own modules, `electron` which process's modules, `files` single files outside src/.
 */
const layers = {
  shared: { folder: 'src/shared', mayImport: { layers: ['shared'], packages: ['neutral'] } },
  host: {
    folder: 'src/main/host',
    mayImport: { layers: ['host', 'shared'], packages: ['neutral', 'node'], nodeBuiltins: true },
  },
  cli: {
    folder: 'src/main/cli',
    mayImport: {
      layers: ['cli', 'host', 'shared'],
      packages: ['neutral', 'node'],
      nodeBuiltins: true,
      // `dossier serve` builds the web app on first run with the app's own renderer config.
      files: ['electron.vite.config.ts'],
    },
  },
  app: {
    folder: 'src/main/app',
    mayImport: {
      layers: ['app', 'host', 'shared'],
      packages: ['neutral', 'node'],
      nodeBuiltins: true,
      electron: 'main',
    },
  },
  preload: {
    folder: 'src/preload',
    mayImport: { layers: ['preload', 'shared'], electron: 'renderer' },
  },
  renderer: {
    folder: 'src/renderer',
    mayImport: { layers: ['renderer', 'shared'], packages: ['neutral', 'dom'] },
  },
}

export default tseslint.config(
  {
    ignores: [
      'out/**',
      'node_modules/**',
      'test/bench/results/**',
      'dist/**',
      '.scratch/**',
      // Each must fail (or pass) the layer rule as if it lived in src/: test/lint/layers.test.ts.
      'test/lint/fixtures/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: { globals: { ...globals.es2022 } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      // noUncheckedIndexedAccess is on; an assertion after a checked lookup says what we know.
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      'no-restricted-syntax': [
        'error',
        { selector: 'CallExpression[callee.property.name="only"]', message: 'No focused tests.' },
      ],
    },
  },
  {
    files: ['src/**'],
    plugins: { layers: layersPlugin },
    rules: { 'layers/allowed-imports': ['error', { root, layers, packages }] },
  },
  {
    files: ['src/shared/**'],
    rules: {
      'no-restricted-globals': ['error', 'window', 'document', 'process', 'Buffer', 'require'],
    },
  },
  {
    files: ['src/renderer/**'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-globals': ['error', 'process', 'Buffer', 'require'],
    },
  },
  {
    files: ['src/preload/**'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    files: ['src/main/**'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ['test/**', 'scripts/**', 'bin/**', '*.config.*'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
)
