import type { Comment } from '../../shared/dossier'

/** What a comment answers, as the discussion can show it. */
export type ReplyContext =
  /** Not a reply, or a reply whose thread loops back on itself (malformed data): top level. */
  | { readonly kind: 'none' }
  /** Shown under the comment it answers, by `author`. */
  | { readonly kind: 'nested'; readonly author: string }
  /** Its parent was removed: shown at the top level, saying so. */
  | { readonly kind: 'removed' }
  /** Its parent has not arrived (or is not on this claim): top level, saying so. */
  | { readonly kind: 'missing' }

export interface CommentThread {
  readonly comment: Comment
  readonly replyTo: ReplyContext
  /** Replies shown under it, oldest first. */
  readonly replies: readonly CommentThread[]
}

/**
 * The claim's discussion as threads: each reply under the comment it answers. A reply whose
 * parent is not shown goes to the top level with the reason. `shown` are the comments the claim
 * shows (oldest first); `all` also has the removed ones, to tell removed from not yet arrived.
 */
export const commentThreads = (
  shown: readonly Comment[],
  all: readonly Comment[],
): CommentThread[] => {
  const shownById = new Map(shown.map((comment) => [comment.id, comment]))
  const everId = new Set(all.map((comment) => comment.id))
  const parentOf = (comment: Comment): Comment | undefined =>
    comment.replyTo === undefined ? undefined : shownById.get(comment.replyTo)
  // Ids are made when a comment is written, so a reply cannot name a later comment; a copy
  // that says otherwise would hide a loop of replies from every level. Break it at the top.
  const inLoop = (comment: Comment): boolean => {
    const seen = new Set<string>()
    for (let at = parentOf(comment); at !== undefined; at = parentOf(at)) {
      if (at.id === comment.id) return true
      if (seen.has(at.id)) return false
      seen.add(at.id)
    }
    return false
  }
  const children = new Map<string, Comment[]>()
  const roots: Comment[] = []
  const contexts = new Map<string, ReplyContext>()
  for (const comment of shown) {
    const parent = parentOf(comment)
    if (comment.replyTo === undefined || (parent !== undefined && inLoop(comment))) {
      contexts.set(comment.id, { kind: 'none' })
      roots.push(comment)
    } else if (parent !== undefined) {
      contexts.set(comment.id, { kind: 'nested', author: parent.author })
      children.set(parent.id, [...(children.get(parent.id) ?? []), comment])
    } else {
      contexts.set(comment.id, { kind: everId.has(comment.replyTo) ? 'removed' : 'missing' })
      roots.push(comment)
    }
  }
  const build = (comment: Comment): CommentThread => ({
    comment,
    replyTo: contexts.get(comment.id) ?? { kind: 'none' },
    replies: (children.get(comment.id) ?? []).map(build),
  })
  return roots.map(build)
}
