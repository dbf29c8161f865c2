import type { DossierView } from '../dossier'
import { escapeMarkdown, markdownBlockQuote } from './escape-markdown'
import { integrityWarnings } from './integrity'
import { buildReport } from './model'
import type { ReportClaim, ReportDecision, ReportEvidence, ReportOptions } from './model'

/**
 * A Markdown report an editor can send as it is: every piece of user text goes through
 * `escapeMarkdown`, so a hostile claim or evidence title stays text in any renderer.
 */
export const toMarkdown = (dossier: DossierView, options: ReportOptions = {}): string => {
  const report = buildReport(dossier, options)
  const { meta } = report
  const out: string[] = [`# ${escapeMarkdown(meta.title)}`, '']
  if (meta.story.trim() !== '') out.push(escapeMarkdown(meta.story), '')
  const about = ['Verification dossier report', `language: ${escapeMarkdown(meta.language)}`]
  if (report.generatedAt !== null) about.push(`generated ${report.generatedAt}`)
  out.push(`*${about.join(' · ')}*`, '')

  out.push('## Summary', '', '| Status | Claims |', '| --- | ---: |')
  for (const { title, count } of report.counts) out.push(`| ${title} | ${count} |`)
  out.push(`| **Total** | **${report.total}** |`, '')
  for (const warning of integrityWarnings(report.integrity))
    out.push(`> **Warning:** ${warning}`, '')

  for (const group of report.groups) {
    out.push(`## ${group.title} (${group.claims.length})`, '')
    for (const claim of group.claims) out.push(...claimSection(claim))
  }
  if (report.groups.length === 0) out.push('*This dossier has no claims yet.*', '')
  return `${out.join('\n').trimEnd()}\n`
}

const claimSection = (claim: ReportClaim): string[] => {
  const out = [`### Claim ${claim.number}: ${escapeMarkdown(claim.text)}`, '']
  out.push(`- **Speaker:** ${escapeMarkdown(claim.speaker)}`)
  const kind = [`**Kind:** ${claim.kind}`]
  if (claim.figures.length > 0)
    kind.push(`**Figures:** ${claim.figures.map(escapeMarkdown).join('; ')}`)
  if (claim.tags.length > 0) kind.push(`**Tags:** ${claim.tags.map(escapeMarkdown).join(', ')}`)
  out.push(`- ${kind.join(' · ')}`)
  const unproven =
    claim.currentUnproven === null
      ? ''
      : ` — **⚠ the current decision is ${claim.currentUnproven === 'tampered' ? 'tampered (its signature does not match)' : 'unsigned'}**`
  const undecided = claim.current.length === 0 ? ' (no decision yet)' : ''
  out.push(`- **Status:** ${claim.statusTitle}${undecided}${unproven}`)
  for (const head of claim.current) out.push(`  - ${decisionLine(head)}`)
  if (claim.links.length > 0) {
    const links = claim.links.map(
      (link) => `${link.phrase}${link.note === null ? '' : ` (${escapeMarkdown(link.note)})`}`,
    )
    out.push(`- **Links:** ${links.join('; ')}`)
  }
  out.push(`- **Id:** \`${claim.id}\``, '')

  const { quote } = claim
  if (quote.text !== null) {
    out.push('**Quote**', '')
    if (quote.note !== null) out.push(`*${escapeMarkdown(quote.note)}*`, '')
    out.push(markdownBlockQuote(quote.text), '')
    if (quote.original !== null)
      out.push('*Originally quoted:*', '', markdownBlockQuote(quote.original), '')
  }
  if (claim.evidence.length > 0) {
    out.push('**Evidence**', '')
    for (const item of claim.evidence) out.push(`${item.number}. ${evidenceLine(item)}`)
    out.push('')
  }
  if (claim.history.length > 0) {
    out.push('**History** (oldest first)', '')
    claim.history.forEach((decision, at) => out.push(`${at + 1}. ${historyLine(decision)}`))
    out.push('')
  }
  return out
}

const signatureNote = (decision: ReportDecision): string =>
  decision.verification === 'signed'
    ? decision.verificationText
    : `**⚠ ${decision.verificationText}**`

/** "**Disputed** by Ana Ruiz, 2025-03-03 10:00 UTC: rationale (cites E1; signature verified)". */
const decisionLine = (decision: ReportDecision): string => {
  const rationale =
    decision.rationale.trim() === '' ? '' : `: ${escapeMarkdown(decision.rationale)}`
  const cites = decision.cites.length > 0 ? `cites ${decision.cites.join(', ')}; ` : ''
  return `**${decision.statusTitle}** by ${escapeMarkdown(decision.author)}, ${decision.at}${rationale} (${cites}${signatureNote(decision)})`
}

const historyLine = (decision: ReportDecision): string =>
  `${decisionLine(decision)}${decision.isCurrent ? ' — *current*' : ''}`

const evidenceLine = (item: ReportEvidence): string => {
  const title = escapeMarkdown(item.title.trim() === '' ? (item.url ?? 'untitled') : item.title)
  const parts = [
    item.href === null
      ? `**E${item.number}** ${title}`
      : `**E${item.number}** [${title}](<${item.href}>)`,
  ]
  parts.push(`*${item.stance}*`)
  if (item.url !== null && item.href === null)
    parts.push(`address not linked (not a web link): ${escapeMarkdown(item.url)}`)
  if (item.note.trim() !== '') parts.push(escapeMarkdown(item.note))
  if (item.capturedAt !== null) parts.push(`captured ${item.capturedAt}`)
  if (item.fileHash !== null) parts.push(`file \`${item.fileHash}\``)
  return parts.join(' — ')
}
