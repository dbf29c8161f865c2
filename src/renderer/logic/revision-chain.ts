/** A link as a claim sees it: `out` means this claim revises `other`, `in` that `other` revises it. */
export interface ChainLink {
  readonly type: string
  readonly direction: 'out' | 'in'
  readonly other: string
}

/**
 * The revisions of a claim, oldest first: every claim connected to `start` by `revises` links, in
 * steps. Each step holds the claims that revise the steps before it; a step has more than one claim
 * when a claim was revised by two others. "#2 revises #1, #3 revises #2" gives [[#1], [#2], [#3]].
 *
 * Links arrive from other replicas, so nothing is assumed: a cycle (#1 revises #2 revises #1) ends
 * nothing in a loop, it is broken at the claim that comes first in `order`; self-links are ignored;
 * a claim with no revises link gives [[start]]. Within a step, claims follow `order` (the claim
 * number), then their id, so every replica shows the same chain.
 */
export const revisionChain = (
  start: string,
  linksOf: (id: string) => readonly ChainLink[],
  order: (id: string) => number,
): readonly (readonly string[])[] => {
  // The older claims each claim revises, and the newer ones revising it, over the whole chain.
  const older = new Map<string, Set<string>>()
  const newer = new Map<string, Set<string>>()
  const edge = (map: Map<string, Set<string>>, from: string, to: string) => {
    const set = map.get(from) ?? new Set<string>()
    set.add(to)
    map.set(from, set)
  }
  const seen = new Set<string>([start])
  const queue = [start]
  while (queue.length > 0) {
    const id = queue.shift()!
    for (const link of linksOf(id)) {
      if (link.type !== 'revises' || link.other === id) continue
      const [newId, oldId] = link.direction === 'out' ? [id, link.other] : [link.other, id]
      edge(older, newId, oldId)
      edge(newer, oldId, newId)
      if (!seen.has(link.other)) {
        seen.add(link.other)
        queue.push(link.other)
      }
    }
  }

  const compare = (a: string, b: string) => order(a) - order(b) || (a < b ? -1 : a > b ? 1 : 0)
  // How many older claims of each are not placed yet; a claim is placed once all of them are.
  const waiting = new Map([...seen].map((id) => [id, older.get(id)?.size ?? 0]))
  const steps: string[][] = []
  let ready = [...seen].filter((id) => waiting.get(id) === 0)
  while (waiting.size > 0) {
    // Only a cycle leaves nothing ready: break it at its first claim.
    if (ready.length === 0) ready = [[...waiting.keys()].sort(compare)[0]!]
    const step = ready.sort(compare)
    for (const id of step) waiting.delete(id)
    steps.push(step)
    ready = []
    for (const id of step) {
      for (const next of newer.get(id) ?? []) {
        const left = waiting.get(next)
        if (left === undefined) continue
        waiting.set(next, left - 1)
        if (left - 1 === 0) ready.push(next)
      }
    }
  }
  return steps
}
