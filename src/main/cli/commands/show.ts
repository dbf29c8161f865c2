import { findClaim } from '../../../shared/dossier'
import type { ClaimView, DossierView } from '../../../shared/dossier'
import { usageError } from '../cli-error'
import { print } from '../command'
import type { Command } from '../command'
import {
  SIGNATURE_WORDS,
  STATUS_WORDS,
  attributionPhrase,
  authorLabel,
  linkPhrase,
} from '../../../shared/vocabulary'
import { countsLine, statusCell, table, wantsColour } from '../format'
import { withLibraryAccess } from '../library/with-library'

export const showCommand: Command = {
  name: 'show',
  summary: 'show a dossier, or one claim with its history',
  usage: 'dossier show ID [CLAIM] [--version V] [--json]',
  help: `Shows dossier ID: its title, claim counts by status and every claim with its current status.
With CLAIM (a number from the list, or a claim id or its prefix) shows that claim in full: speaker,
quote, evidence, and every decision with its author and whether its signature checks out.

Options:
  --version V   show frozen version V (an id from \`dossier versions ID\`, or its name), read-only
  --json        print as JSON`,
  options: { json: { type: 'boolean' }, version: { type: 'string' } },
  async run(context) {
    const [ref, claimRef, extra] = context.positionals
    if (ref === undefined) throw usageError('show needs a dossier ID', 'show')
    if (extra !== undefined) throw usageError(`unexpected argument "${extra}"`, 'show')
    const json = context.values.json === true
    const version = context.values.version
    if (typeof version === 'string') {
      const text = await withLibraryAccess(context, (library) =>
        library.withVersion(ref, version, (info, dossier) => {
          const heading = `Version ${info.id} "${info.name}", frozen ${info.frozenAt.slice(0, 16).replace('T', ' ')} (read-only)`
          const body = render(dossier, claimRef, json, wantsColour(context.io))
          return json ? body : `${heading}\n${body}`
        }),
      )
      print(context.io, text)
      return
    }
    const text = await withLibraryAccess(context, (library) =>
      library.withDossier(ref, (dossier) =>
        render(dossier, claimRef, json, wantsColour(context.io)),
      ),
    )
    print(context.io, text)
  },
}

const render = (
  dossier: DossierView,
  claimRef: string | undefined,
  json: boolean,
  colour: boolean,
): string => {
  if (claimRef !== undefined) {
    const claim = findClaimOrThrow(dossier, claimRef)
    return json
      ? JSON.stringify(claimJson(dossier, claim.id), null, 2)
      : claimText(dossier, claim.id, colour)
  }
  if (json) return JSON.stringify(dossierJson(dossier), null, 2)
  const meta = dossier.meta()
  const lines = [
    `${meta.title}  (${meta.id})`,
    ...(meta.story ? [meta.story] : []),
    countsLine(dossier.counts()),
    '',
    table(
      ['#', 'STATUS', 'SPEAKER', 'CLAIM'],
      dossier
        .activeClaims()
        .map((claim) => [
          String(claim.index + 1),
          statusCell(claim.label, colour),
          claim.attribution.who || '—',
          claim.text,
        ]),
      70,
    ),
  ]
  const problems = dossier.integrity()
  for (const problem of problems) lines.push('', `warning: ${problem.reason}`)
  const quarantined = dossier.quarantine().length - problems.length
  if (quarantined > 0)
    lines.push('', `warning: ${quarantined} invalid entries from other replicas are set aside`)
  const ignored = dossier.activeClaims().reduce((sum, claim) => sum + claim.ignoredDecisions, 0)
  if (ignored > 0)
    lines.push(
      '',
      `warning: ${ignored} decision${ignored === 1 ? ' is' : 's are'} unsigned or fail${ignored === 1 ? 's' : ''} the signature check: shown in the history, never counted as a status`,
    )
  return lines.join('\n')
}

export const findClaimOrThrow = (dossier: DossierView, ref: string): ClaimView => {
  const found = findClaim(dossier, ref)
  if (found === 'ambiguous')
    throw usageError(`claim "${ref}" matches several claims; type more of its id`)
  if (found === undefined)
    throw usageError(`no claim "${ref}" in this dossier (see \`dossier show ID\`)`)
  return found
}

const dossierJson = (dossier: DossierView): unknown => ({
  meta: dossier.meta(),
  counts: dossier.counts(),
  claims: dossier.activeClaims().map((claim) => ({
    number: claim.index + 1,
    id: claim.id,
    status: claim.label,
    text: claim.text,
    kind: claim.kind,
    attribution: claim.attribution,
    figures: claim.figures,
    assignee: claim.assignee,
    evidence: claim.evidenceCount,
    decisions: claim.decisionCount,
    ignoredDecisions: claim.ignoredDecisions,
  })),
  quarantine: dossier.quarantine(),
})

const claimJson = (dossier: DossierView, id: string): unknown => {
  const claim = dossier.claim(id)!
  return {
    ...claim,
    quote: dossier.quote(id),
    evidence: dossier.evidence(id),
    comments: dossier.comments(id),
    decisions: dossier.decisions(id).map((decision) => ({
      ...decision,
      authorName: dossier.authorName(decision.author),
      signature: dossier.verification(decision),
    })),
  }
}

const claimText = (dossier: DossierView, id: string, colour: boolean): string => {
  const claim = dossier.claim(id)!
  const quote = dossier.quote(id)
  const number = (otherId: string): string => {
    const other = dossier.claim(otherId)
    return other ? `#${other.index + 1}` : otherId
  }
  const lines = [
    `#${claim.index + 1} ${claim.id}  [${statusCell(claim.label, colour)}${claim.state.kind === 'conflict' ? `: ${claim.state.statuses.map((status) => STATUS_WORDS[status].word).join(' vs ')}` : ''}]`,
    claim.text,
    `Speaker: ${attributionPhrase(claim.attribution)}`,
    `Kind: ${claim.kind}${claim.figures.length > 0 ? `; figures: ${claim.figures.map((f) => f.raw).join(', ')}` : ''}`,
  ]
  if (quote.state === 'intact' || quote.state === 'edited') {
    lines.push(
      `Quote: "${quote.current}"${quote.state === 'edited' ? ` (edited since it was quoted; was "${quote.original}")` : ''}`,
    )
  } else if (quote.state === 'lost' || quote.state === 'pending') {
    lines.push(
      `Quote: "${quote.original}" (${quote.state === 'lost' ? 'its text was deleted from the source' : 'not yet synced'})`,
    )
  }
  if (claim.assignee) lines.push(`Assigned to: ${claim.assignee}`)
  for (const link of claim.links) {
    lines.push(`Link: ${linkPhrase(link.type, link.direction)} ${number(link.other)}`)
  }
  const evidence = dossier.evidence(id)
  if (evidence.length > 0) lines.push('', 'Evidence:')
  for (const item of evidence) {
    lines.push(
      `  ${item.id} [${item.stance}] ${item.title}${item.url ? ` <${item.url}>` : ''}${item.note ? ` — ${item.note}` : ''}`,
    )
  }
  const decisions = dossier.decisions(id)
  lines.push('', decisions.length > 0 ? 'History:' : 'History: no decisions yet (unverified)')
  const heads = new Set(claim.state.heads.map((head) => head.id))
  for (const decision of decisions) {
    const signature = dossier.verification(decision)
    const who = authorLabel(dossier.authorName(decision.author), decision.author)
    const mark =
      signature === 'signed' ? '' : ` [${SIGNATURE_WORDS[signature].phrase.toUpperCase()}]`
    lines.push(
      `  ${decision.at.slice(0, 16).replace('T', ' ')} ${STATUS_WORDS[decision.status].word} by ${who}${heads.has(decision.id) ? ' (current)' : ''}${mark}`,
    )
    if (decision.rationale) lines.push(`      ${decision.rationale}`)
  }
  for (const comment of dossier.comments(id)) {
    lines.push(
      `  ${comment.at.slice(0, 16).replace('T', ' ')} comment by ${authorLabel(dossier.authorName(comment.author), comment.author)}: ${comment.text}`,
    )
  }
  return lines.join('\n')
}
