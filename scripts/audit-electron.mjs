#!/usr/bin/env node
// `npm run audit:electron`: Electronegativity (Doyensec's Electron security scanner) over the
// desktop shell as it ships: Electron main (src/main/app), the preload (src/preload) and the page
// as the build writes it (src/renderer/index.html with its Content-Security-Policy <meta>). Fails
// on any finding above LOW unless ALLOWED below explains it, on any file it could not parse (a
// file it cannot read is a file it did not check), and on an allowance nothing matches any more.
// Works offline: the scan that asks GitHub for Electron's releases is left out (SKIPPED_CHECKS),
// and the "Could not retrieve updated translations" line it prints without internet is harmless.
//
//   node scripts/audit-electron.mjs                 the app's own sources
//   node scripts/audit-electron.mjs --input <dir>   another folder, as it is (the tests use this)
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import { tsImport } from 'tsx/esm/api'

const root = fileURLToPath(new URL('..', import.meta.url))
const require = createRequire(import.meta.url)

/**
 * Findings above LOW that are accepted, each with why. Matched by check and file (not line), so
 * an edit elsewhere in the file keeps it; one that matches nothing fails the audit, so the list
 * never outlives what it excuses. docs/security.md explains each at more length.
 */
const ALLOWED = [
  {
    check: 'PRELOAD_JS_CHECK',
    file: 'main/main-window.ts',
    reason:
      'A review reminder, not a flaw: the sandboxed preload exposes one frozen object (window.desk) ' +
      'that never hands out ipcRenderer or an IPC event; test/app/security/preload-bridge.test.ts ' +
      'runs it and reads it to hold it to that.',
  },
  {
    check: 'OPEN_EXTERNAL_JS_CHECK',
    file: 'main/security.ts',
    reason:
      'The one openExternal call, in openExternalLink: the URL is checked by checkExternalLink ' +
      '(https only, no credentials, no local or private address, bounded length) on the line ' +
      'before, whoever calls; external-links.test.ts and forbidden-options.test.ts hold it there.',
  },
  {
    check: 'PROTOCOL_HANDLER_JS_CHECK',
    file: 'main/os-open.ts',
    reason:
      'The app registers verification-desk: with the OS for invite links. What arrives is data, ' +
      'never a page: readOpened (open-requests.ts) keeps only a link with the invite prefix and ' +
      'a bounded length, the window gets it as a schema-checked join-invite command, and the ' +
      'join screen decodes and verifies it; test/app/open/open-requests.test.ts holds that.',
  },
]

/** Checks left out, with why. */
const SKIPPED_CHECKS = [
  {
    check: 'AvailableSecurityFixesGlobalCheck',
    reason:
      'It downloads the list of Electron releases from GitHub, so it cannot run offline; ' +
      'keeping Electron current is the dependency update’s job.',
  },
]

const SEVERITY_LIMIT = 1 // LOW: anything above needs an allowance

const argv = process.argv.slice(2)
const inputFlag = argv.indexOf('--input')
const givenInput = inputFlag === -1 ? null : argv[inputFlag + 1]
if (inputFlag !== -1 && (givenInput === undefined || givenInput.startsWith('--'))) {
  console.error('audit:electron: --input needs a folder, e.g. --input out/')
  process.exit(2)
}

/** The three parts of the shell in one folder, the page with the policy the build puts in it. */
const stageShell = async () => {
  const stage = mkdtempSync(join(tmpdir(), 'desk-electron-audit-'))
  cpSync(join(root, 'src/main/app'), join(stage, 'main'), { recursive: true })
  cpSync(join(root, 'src/preload'), join(stage, 'preload'), { recursive: true })
  const { META_CSP } = await tsImport(
    join(root, 'src/main/host/web/content-security-policy.ts'),
    import.meta.url,
  )
  await inlineWebPreferences(join(stage, 'main'))
  const page = readFileSync(join(root, 'src/renderer/index.html'), 'utf8')
  const meta = `<meta http-equiv="Content-Security-Policy" content="${META_CSP}">`
  if (!page.includes('<head>'))
    throw new Error('src/renderer/index.html has no <head> to put the policy in')
  mkdirSync(join(stage, 'renderer'))
  writeFileSync(join(stage, 'renderer/index.html'), page.replace('<head>', `<head>\n    ${meta}`))
  return stage
}

/**
 * Electronegativity reads each file alone, so `webPreferences: { ...SECURE_WEB_PREFERENCES }`
 * would look to it like a window with no options at all. The staged copy gets the constant's
 * real values written in place (on the same line, so locations stay true): the scan judges the
 * options the window is really created with.
 */
const inlineWebPreferences = async (mainDir) => {
  const { SECURE_WEB_PREFERENCES } = await tsImport(
    join(root, 'src/main/app/window-preferences.ts'),
    import.meta.url,
  )
  const properties = JSON.stringify(SECURE_WEB_PREFERENCES).slice(1, -1)
  const files = readdirSync(mainDir, { recursive: true, encoding: 'utf8' })
  for (const file of files.filter((name) => name.endsWith('.ts'))) {
    const path = join(mainDir, file)
    const source = readFileSync(path, 'utf8')
    const inlined = source.replaceAll('...SECURE_WEB_PREFERENCES', properties)
    if (inlined !== source) writeFileSync(path, inlined)
  }
}

const electronVersion = JSON.parse(
  readFileSync(join(root, 'node_modules/electron/package.json'), 'utf8'),
).version

const input = givenInput ?? (await stageShell())
const run = require('@doyensec/electronegativity')
let result
try {
  result = await run({
    input,
    isRelative: true,
    isSarif: false,
    isVerbose: false,
    customScan: [],
    excludeFromScan: SKIPPED_CHECKS.map(({ check }) => check),
    electronVersionOverride: electronVersion,
    parserPlugins: [],
  })
} finally {
  if (givenInput === null) rmSync(input, { recursive: true, force: true })
}

const allowanceFor = (issue) =>
  ALLOWED.find(({ check, file }) => check === issue.id && file === issue.file) ?? null

const rows = result.issues.map((issue) => {
  const severity = issue.severity.value
  const allowance = severity > SEVERITY_LIMIT ? allowanceFor(issue) : null
  const verdict =
    severity <= SEVERITY_LIMIT ? 'low: reported' : allowance === null ? 'FAIL' : 'allowed'
  return { issue, allowance, verdict }
})
const unparsed = result.errors.filter((error) => !error.tolerable)
const stale = ALLOWED.filter(
  (allowance) =>
    !result.issues.some((issue) => issue.id === allowance.check && issue.file === allowance.file),
)

console.log(
  `Electronegativity over ${givenInput ?? 'src/main/app, src/preload and the built page'} ` +
    `(Electron ${electronVersion}; ${result.globalChecks} global and ${result.atomicChecks} ` +
    `atomic checks; skipped: ${SKIPPED_CHECKS.map(({ check }) => check).join(', ')})`,
)
for (const { issue, allowance, verdict } of rows) {
  const where = `${issue.file}:${issue.location.line}:${issue.location.column}`
  console.log(
    `  ${verdict.padEnd(13)} ${issue.id} ${issue.severity.name}/${issue.confidence.name} ${where}`,
  )
  console.log(`                ${issue.description}`)
  if (allowance !== null) console.log(`                why allowed: ${allowance.reason}`)
}
for (const error of unparsed) {
  console.log(`  FAIL          could not parse ${relative(input, error.file)}: ${error.message}`)
}
for (const allowance of stale) {
  console.log(
    `  FAIL          the allowance for ${allowance.check} in ${allowance.file} matches no finding: ` +
      'remove it from ALLOWED in scripts/audit-electron.mjs (and docs/security.md)',
  )
}

const failures =
  rows.filter(({ verdict }) => verdict === 'FAIL').length + unparsed.length + stale.length
if (failures > 0) {
  console.log(
    `audit:electron: ${failures} problem(s). Fix the finding, or if it is truly acceptable, add it ` +
      'to ALLOWED in scripts/audit-electron.mjs with the reason, and to docs/security.md.',
  )
  process.exit(1)
}
console.log(
  `audit:electron: passed (${rows.length} finding(s): ` +
    `${rows.filter(({ verdict }) => verdict === 'allowed').length} allowed with a reason, ` +
    `${rows.filter(({ verdict }) => verdict !== 'allowed').length} at LOW or below).`,
)
