import type { Attribution } from '../../dossier'
import type { Discourse } from '../discourse'
import type { Draft } from '../draft'
import type { EntryOrder, Unresolved } from '../newest-first'
import type { LanguageRules } from '../rules'
import type { ToldAfter } from '../told-after'

/** What drafting keeps for a whole story: the drafts so far and the links still to make. */
export interface StoryDrafts {
  readonly source: string
  readonly rules: LanguageRules
  readonly paragraphs: readonly { readonly start: number }[]
  /** In sentence order; a draft's `revisionOf` is an index here. */
  readonly drafts: Draft[]
  readonly order: EntryOrder
  /** Figures restated in a story told newest first, linked once the whole story is read. */
  readonly unresolved: Unresolved[]
  readonly toldAfter: ToldAfter
  readonly discourse: Discourse
}

/** What every draft of one sentence shares. */
export interface Common {
  readonly sentence: number
  readonly attribution: Attribution
}
