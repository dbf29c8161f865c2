// @ts-check
import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'

/** Node's built-in modules, by bare name and with the node: prefix. */
const nodeBuiltins = [
  'assert', 'buffer', 'child_process', 'cluster', 'crypto', 'dgram', 'dns', 'events', 'fs',
  'fs/promises', 'http', 'https', 'module', 'net', 'os', 'path', 'perf_hooks', 'process',
  'readline', 'stream', 'tls', 'url', 'util', 'v8', 'vm', 'worker_threads', 'zlib',
]
const node = { group: ['node:*'], message: 'This layer must not use Node.' }
const nodePaths = nodeBuiltins.map((name) => ({ name, message: 'This layer must not use Node.' }))
const electron = { group: ['electron', 'electron/*'], message: 'This layer must not use Electron.' }
const layer = (name) => ({
  group: [`**/${name}/**`, `**/${name}`],
  message: `Imports go one way: renderer -> shared, host -> shared, app -> host/shared, preload -> shared. This layer must not import ${name}.`,
})

export default tseslint.config(
  { ignores: ['out/**', 'node_modules/**', 'test/bench/results/**', 'dist/**', '.scratch/**'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: { globals: { ...globals.es2022 } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      // noUncheckedIndexedAccess is on; an assertion after a checked lookup says what we know.
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-syntax': [
        'error',
        { selector: 'CallExpression[callee.property.name="only"]', message: 'No focused tests.' },
      ],
    },
  },
  {
    files: ['src/shared/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: nodePaths,
          patterns: [
            node,
            electron,
            { group: ['react', 'react-dom', 'react-dom/*'], message: 'shared is pure: no DOM.' },
            layer('main'),
            layer('renderer'),
            layer('preload'),
          ],
        },
      ],
      'no-restricted-globals': ['error', 'window', 'document', 'process', 'Buffer', 'require'],
    },
  },
  {
    files: ['src/renderer/**'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        { paths: nodePaths, patterns: [node, electron, layer('main')] },
      ],
      'no-restricted-globals': ['error', 'process', 'Buffer', 'require'],
    },
  },
  {
    files: ['src/preload/**'],
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            ...nodePaths,
            { name: 'electron/main', message: 'preload may use only Electron renderer modules.' },
          ],
          patterns: [node, layer('main'), layer('renderer')],
        },
      ],
    },
  },
  {
    files: ['src/main/host/**', 'src/main/cli/**'],
    languageOptions: { globals: { ...globals.node } },
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [electron, layer('renderer'), layer('preload'), layer('app')] },
      ],
    },
  },
  {
    files: ['src/main/app/**'],
    languageOptions: { globals: { ...globals.node } },
    rules: {
      'no-restricted-imports': ['error', { patterns: [layer('renderer'), layer('preload')] }],
    },
  },
  {
    files: ['test/**', 'scripts/**', 'bin/**', '*.config.*'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
)
