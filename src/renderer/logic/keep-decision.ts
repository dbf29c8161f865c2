import type { Decision, NewDecision } from '../../shared/dossier'

/** The dossier's limit on a rationale (schema.ts `longText`); a longer one would be quarantined. */
const MAX_RATIONALE = 20_000

/**
 * The rationale of a decision kept from a conflict, so the history says where it came from:
 * "Kept Bob Okafor’s decision from the conflict: <their rationale>".
 */
export const keptRationale = (authorName: string, rationale: string): string => {
  const kept = rationale.trim()
  const text =
    kept === ''
      ? `Kept ${authorName}’s decision from the conflict.`
      : `Kept ${authorName}’s decision from the conflict: ${kept}`
  return text.length <= MAX_RATIONALE ? text : `${text.slice(0, MAX_RATIONALE - 1)}…`
}

/**
 * The new decision that keeps one side of a conflict: the same status, the kept rationale and the
 * evidence it cited that belongs to the claim. Like the decide form it names no `supersedes`, so
 * the dossier supersedes every current (verified) head with it: the conflict is resolved.
 */
export const keepDecisionInput = (
  kept: Decision,
  authorName: string,
  claimEvidenceIds: ReadonlySet<string>,
): NewDecision => ({
  status: kept.status,
  rationale: keptRationale(authorName, kept.rationale),
  evidenceIds: kept.evidenceIds.filter((id) => claimEvidenceIds.has(id)),
})
