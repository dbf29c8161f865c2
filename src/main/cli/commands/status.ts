import { STATUSES } from '../../../shared/dossier'
import type { Status } from '../../../shared/dossier'
import { STATUS_WORDS } from '../../../shared/vocabulary'
import { usageError } from '../cli-error'
import { listFlag, print, stringFlag } from '../command'
import { hintIfUnnamed } from '../unnamed-hint'
import type { Command } from '../command'
import { withLibraryAccess } from '../library/with-library'
import { findClaimOrThrow } from './show'

export const statusCommand: Command = {
  name: 'status',
  summary: "record a decision on a claim's status",
  usage: 'dossier status ID CLAIM STATUS --rationale TEXT [--evidence EVIDENCE_ID]...',
  help: `Appends a signed decision to CLAIM's status log in dossier ID. STATUS is one of
${STATUSES.join(', ')}. CLAIM is its number in \`dossier show ID\`, its id, or a unique prefix.

The decision supersedes the claim's current decision; if the claim is in conflict (two editors
decided differently), it supersedes both and so resolves the conflict. Nothing is overwritten:
every earlier decision stays in the history.

Options:
  --rationale TEXT   why (required): what the desk established and how
  --evidence ID      an evidence id from \`dossier show ID CLAIM\`; repeat for more`,
  options: { rationale: { type: 'string' }, evidence: { type: 'string', multiple: true } },
  async run(context) {
    const [ref, claimRef, status, extra] = context.positionals
    if (ref === undefined || claimRef === undefined || status === undefined) {
      throw usageError('status needs ID, CLAIM and STATUS', 'status')
    }
    if (extra !== undefined) throw usageError(`unexpected argument "${extra}"`, 'status')
    if (!STATUSES.includes(status as Status)) {
      throw usageError(`unknown status "${status}"; use one of ${STATUSES.join(', ')}`, 'status')
    }
    const rationale = stringFlag(context, 'rationale')
    if (rationale === undefined || rationale.trim() === '') {
      throw usageError(
        'a decision needs --rationale: say what the desk established and how',
        'status',
      )
    }
    const line = await withLibraryAccess(context, async (library) => {
      const signer = await library.identity()
      // Returns only once the decision is on disk (fsynced here, or by the host holding it).
      return library.withDossier(ref, (dossier) => {
        const claim = findClaimOrThrow(dossier, claimRef)
        const wasConflict = claim.state.kind === 'conflict'
        const decision = dossier.decide(
          claim.id,
          { status: status as Status, rationale, evidenceIds: listFlag(context, 'evidence') },
          signer,
        )
        const note = wasConflict
          ? ` (resolves the conflict between ${claim.state.heads.length} decisions)`
          : ''
        return `claim #${claim.index + 1} is now ${STATUS_WORDS[decision.status].word}${note}; decision ${decision.id}`
      })
    })
    await hintIfUnnamed(context)
    print(context.io, line)
  },
}
