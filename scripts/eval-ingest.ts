/**
 * npm run eval:ingest: claim extraction scored against the labelled corpus in
 * test/ingest-corpus (per story and in total, development and held-out apart). Exits 1 when a
 * total falls below its threshold. `--details` lists every miss, wrong speaker and extra claim.
 */
import { corpusReport } from '../test/shared/ingest/corpus/report'

const report = corpusReport({ details: process.argv.includes('--details') })
console.log(report.text)
if (report.failures.length > 0) {
  console.error(`\nBelow threshold:\n- ${report.failures.join('\n- ')}`)
  process.exit(1)
}
console.log('\nAll thresholds met.')
