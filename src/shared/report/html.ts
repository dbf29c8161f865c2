import type { DossierView } from '../dossier'
import { escapeHtml } from './escape-html'
import { SIGNATURE_WORDS } from '../vocabulary'
import { REPORT_CSS } from './html-style'
import { integrityWarnings } from './integrity'
import { buildReport } from './model'
import type { ReportClaim, ReportDecision, ReportEvidence, ReportOptions } from './model'

/**
 * A self-contained HTML report: one file, inline CSS, no scripts and nothing fetched. Every piece
 * of user text is escaped; only addresses the vocabulary's safe-URL rule accepts become links. The Content Security
 * Policy is a second fence: should anything ever slip through, the browser still runs no script
 * and loads nothing.
 */
const CSP = "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'"

/** User text inside a line: isolated, so a name in one script does not reorder its neighbours. */
const text = (value: string): string => `<bdi>${escapeHtml(value)}</bdi>`

/**
 * A sentence of the report's own (English) wording. In a right-to-left dossier it keeps its
 * left-to-right order, so its full stop does not jump to the front.
 */
const sentence = (value: string): string => english(escapeHtml(value))

/** Already escaped markup of the report's own wording, user text in it isolated with `text`. */
const english = (html: string): string => `<span lang="en" dir="ltr">${html}</span>`

export const toHtml = (dossier: DossierView, options: ReportOptions = {}): string => {
  const report = buildReport(dossier, options)
  const { meta } = report
  const about = ['Verification dossier report']
  if (report.generatedAt !== null) about.push(`generated ${escapeHtml(report.generatedAt)}`)
  const counts = report.counts
    .map(
      ({ label, title, count }) =>
        `<li><span class="badge ${label}">${title}</span><span class="n">${count}</span></li>`,
    )
    .join('')
  const warnings = integrityWarnings(report.integrity)
    .map(
      (warning) =>
        `<p class="warning" role="alert">${english(`<strong>Warning:</strong> ${escapeHtml(warning)}`)}</p>`,
    )
    .join('\n')
  const groups = report.groups
    .map(
      (group) =>
        `<section class="group" id="group-${group.label}">\n<h2>${sentence(`${group.title} (${group.claims.length})`)}</h2>\n${group.claims.map(claimArticle).join('\n')}\n</section>`,
    )
    .join('\n')
  return `<!doctype html>
<html lang="${escapeHtml(meta.language)}" dir="${meta.direction}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${CSP}">
<meta name="referrer" content="no-referrer">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(meta.title)} — verification report</title>
<style>${REPORT_CSS}</style>
</head>
<body>
<main>
<header>
<h1 dir="auto">${escapeHtml(meta.title)}</h1>
${meta.story.trim() === '' ? '' : `<p class="story" dir="auto">${escapeHtml(meta.story)}</p>\n`}<p class="about">${english(about.join(' · '))}</p>
</header>
<section class="summary">
<h2>Summary</h2>
<ul class="counts">${counts}<li class="total">Total<span class="n">${report.total}</span></li></ul>
${warnings}
</section>
${groups === '' ? `<p>${sentence('This dossier has no claims yet.')}</p>` : groups}
</main>
</body>
</html>
`
}

const claimArticle = (claim: ReportClaim): string => {
  const facts: [string, string][] = [
    ['Speaker', text(claim.speaker)],
    ['Kind', escapeHtml(claim.kind)],
  ]
  if (claim.figures.length > 0) facts.push(['Figures', claim.figures.map(text).join('; ')])
  if (claim.tags.length > 0) facts.push(['Tags', claim.tags.map(text).join(', ')])
  if (claim.links.length > 0) {
    const links = claim.links.map((link) => {
      const phrase =
        link.target === null
          ? escapeHtml(link.phrase)
          : `${link.verb} <a href="#claim-${link.target}">claim ${link.target}</a>`
      return link.note === null ? phrase : `${phrase} (${text(link.note)})`
    })
    facts.push(['Links', english(links.join('; '))])
  }
  facts.push(['Id', `<span class="id">${escapeHtml(claim.id)}</span>`])
  const parts = [
    `<article class="claim ${claim.label}" id="claim-${claim.number}">`,
    `<header><span class="number">${claim.number}</span><h3 dir="auto">${escapeHtml(claim.text)}</h3><span class="badges"><span class="badge ${claim.label}">${claim.statusTitle}</span>${unprovenBadge(claim)}</span></header>`,
    `<dl class="facts">${facts.map(([term, value]) => `<dt>${term}</dt><dd>${value}</dd>`).join('')}</dl>`,
    quoteBlock(claim),
    `<h4>Current status</h4>`,
    claim.current.length === 0
      ? `<p>${sentence('No decision yet.')}</p>`
      : `<ul>${claim.current.map((head) => `<li class="decision">${decisionHtml(head)}</li>`).join('')}</ul>`,
  ]
  if (claim.evidence.length > 0)
    parts.push('<h4>Evidence</h4>', `<ol>${claim.evidence.map(evidenceItem).join('')}</ol>`)
  if (claim.history.length > 0)
    parts.push(
      `<h4>${sentence('History (oldest first)')}</h4>`,
      `<ol>${claim.history.map((decision) => `<li class="decision">${decisionHtml(decision, decision.isCurrent)}</li>`).join('')}</ol>`,
    )
  parts.push('</article>')
  return parts.filter((part) => part !== '').join('\n')
}

/** A tampered or unsigned current decision is flagged where the status is, not only in history. */
const unprovenBadge = (claim: ReportClaim): string =>
  claim.currentUnproven === null
    ? ''
    : `<span class="badge sig ${claim.currentUnproven}">${SIGNATURE_WORDS[claim.currentUnproven].flag}</span>`

const quoteBlock = (claim: ReportClaim): string => {
  const { quote } = claim
  if (quote.text === null) return ''
  const out = ['<h4>Quote</h4>']
  if (quote.note !== null) out.push(`<p class="note">${sentence(quote.note)}</p>`)
  out.push(`<blockquote class="${quote.state}" dir="auto">${escapeHtml(quote.text)}</blockquote>`)
  if (quote.original !== null)
    out.push(
      `<p class="note">${sentence('Originally quoted:')}</p>`,
      `<blockquote dir="auto">${escapeHtml(quote.original)}</blockquote>`,
    )
  return out.join('\n')
}

const decisionHtml = (decision: ReportDecision, markCurrent = false): string => {
  const cites = decision.cites.length > 0 ? ` · cites ${escapeHtml(decision.cites.join(', '))}` : ''
  const rationale =
    decision.rationale.trim() === ''
      ? ''
      : `<span class="rationale" dir="auto">${escapeHtml(decision.rationale)}</span>`
  return (
    `<span class="badge ${decision.status}">${decision.statusTitle}</span> ` +
    `<span class="who">${english(`by ${text(decision.author)}, ${escapeHtml(decision.at)}${cites}`)}</span> ` +
    `<span class="sig ${decision.verification}">${decision.verificationText}</span>` +
    `${markCurrent ? ' <span class="current">current</span>' : ''}${rationale}`
  )
}

const evidenceItem = (item: ReportEvidence): string => {
  const title = text(item.title.trim() === '' ? (item.url ?? 'untitled') : item.title)
  const parts = [
    `<strong>E${item.number}</strong> ${
      item.href === null
        ? title
        : `<a href="${escapeHtml(item.href)}" rel="noopener noreferrer nofollow">${title}</a>`
    } <span class="stance ${escapeHtml(item.stance)}">${escapeHtml(item.stance)}</span>`,
  ]
  if (item.url !== null)
    parts.push(
      `<div class="url">${escapeHtml(item.url)}</div>${item.href === null ? `<div class="note">${sentence('Not a web address, so not linked.')}</div>` : ''}`,
    )
  if (item.note.trim() !== '') parts.push(`<div dir="auto">${escapeHtml(item.note)}</div>`)
  const meta: string[] = []
  if (item.capturedAt !== null) meta.push(`captured ${escapeHtml(item.capturedAt)}`)
  if (item.fileHash !== null) meta.push(`file ${escapeHtml(item.fileHash)}`)
  if (meta.length > 0) parts.push(`<div class="hash">${english(meta.join(' · '))}</div>`)
  return `<li>${parts.join('')}</li>`
}
