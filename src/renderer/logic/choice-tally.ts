import type { ClaimView } from '../../shared/dossier'
import type { FilterChoices } from './claim-filter'

/**
 * `filterChoices` kept up to date instead of worked out again: each speaker, assignee and tag is
 * counted, and a new claims array is compared with the last one position by position, so only
 * the claims whose view object changed are counted again (a burst of remote decisions touches a
 * few claims of 10,000). The answer is the same object until a choice appears or disappears.
 */
export class ChoiceTally {
  private claims: readonly ClaimView[] = []
  private readonly speakers = new Map<string, number>()
  private readonly assignees = new Map<string, number>()
  private readonly tags = new Map<string, number>()
  private unassigned = 0
  private listed = 0
  private stale = true
  private choices: FilterChoices = { speakers: [], assignees: [], unassigned: false, tags: [] }

  /** The choices `claims` offer (what `filterChoices(claims)` answers). */
  update(claims: readonly ClaimView[]): FilterChoices {
    if (claims !== this.claims) {
      const before = this.claims
      for (let at = 0; at < Math.max(before.length, claims.length); at++) {
        const old = before[at]
        const now = claims[at]
        if (old === now) continue
        if (old !== undefined) this.count(old, -1)
        if (now !== undefined) this.count(now, 1)
      }
      this.claims = claims
    }
    if (this.stale) {
      this.choices = {
        speakers: sorted(this.speakers),
        assignees: sorted(this.assignees),
        unassigned: this.unassigned > 0,
        tags: sorted(this.tags),
      }
      this.stale = false
    }
    return this.choices
  }

  /** Claims not removed, in the claims last given to `update`. */
  get total(): number {
    return this.listed
  }

  private count(claim: ClaimView, step: 1 | -1): void {
    if (claim.removed) return
    this.listed += step
    this.bump(this.speakers, claim.attribution.who, step)
    if (claim.assignee === null) {
      const had = this.unassigned > 0
      this.unassigned += step
      if (had !== this.unassigned > 0) this.stale = true
    } else {
      this.bump(this.assignees, claim.assignee, step)
    }
    for (const tag of claim.tags) this.bump(this.tags, tag, step)
  }

  private bump(counts: Map<string, number>, key: string, step: 1 | -1): void {
    const next = (counts.get(key) ?? 0) + step
    if (next === 0) {
      counts.delete(key)
      this.stale = true
    } else {
      if (next === 1 && step === 1) this.stale = true
      counts.set(key, next)
    }
  }
}

const sorted = (counts: Map<string, number>): string[] =>
  [...counts.keys()].sort((a, b) => a.localeCompare(b))
