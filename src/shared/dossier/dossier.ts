import type * as Y from 'yjs'
import { DossierInputError, NotADossierError } from './dossier-errors'
import { DossierIndex } from './dossier-index'
import { IndexedDossierView } from './dossier-view'
import { DossierWriter } from './dossier-writer'
import { newId } from './ids'
import { layoutOf } from './layout'
import { directionOf, migrate, schemaVersionOf } from './migrations'
import { SCHEMA_VERSION, metaSchema } from './schema'
import type { DossierMeta } from './schema'
import { UndoHistory } from './undo-history'

export interface DossierInit {
  readonly title: string
  readonly story?: string
  readonly language?: string
  readonly sourceText: string
  readonly id?: string
  readonly created?: string
}

export interface DossierOptions {
  /** The time written into new entries; tests pass a fixed clock. */
  readonly now?: () => string
  /** The id the dossier is stored under (its folder): the truth when `meta.id` says otherwise. */
  readonly storedAs?: string
}

/**
 * The typed API over one dossier's Y.Doc: the reads of `DossierView` plus the writes of
 * `DossierWriter`, over one index that Yjs events keep current whichever replica a change came
 * from. Code that only reads should take a `DossierView`.
 */
export class Dossier extends IndexedDossierView {
  private readonly writer: DossierWriter
  private history: UndoHistory | null = null

  private constructor(
    readonly doc: Y.Doc,
    index: DossierIndex,
    options: DossierOptions,
  ) {
    super(index, options.storedAs ?? null)
    this.writer = new DossierWriter(doc, index, options.now ?? nowIso)
  }

  static create(doc: Y.Doc, init: DossierInit, options: DossierOptions = {}): Dossier {
    if (schemaVersionOf(doc) !== null)
      throw new DossierInputError('this document is already a dossier')
    const language = init.language ?? 'en'
    const meta: DossierMeta = {
      id: init.id ?? newId('m'),
      title: init.title,
      story: init.story ?? '',
      language,
      direction: directionOf(language),
      created: init.created ?? (options.now ?? nowIso)(),
      schema: SCHEMA_VERSION,
    }
    const checked = metaSchema.safeParse(meta)
    if (!checked.success)
      throw new DossierInputError(`invalid dossier details: ${checked.error.issues[0]?.message}`)
    const index = new DossierIndex(doc)
    doc.transact(() => {
      for (const [key, value] of Object.entries(meta)) index.layout.meta.set(key, value)
      index.layout.source.insert(0, init.sourceText)
    })
    return new Dossier(doc, index, options)
  }

  /**
   * Opens an existing dossier, migrating an older schema. Throws if the doc is not a dossier.
   * A schema version past this app's opens unmigrated, named in `integrity()`: whether a newer
   * app or a damaged copy wrote it, refusing to open would only hide the entries.
   */
  static open(doc: Y.Doc, options: DossierOptions = {}): Dossier {
    return new Dossier(doc, indexOf(doc), options)
  }

  setTitle(...args: Parameters<DossierWriter['setTitle']>): void {
    this.writer.setTitle(...args)
  }

  editSource(...args: Parameters<DossierWriter['editSource']>): void {
    this.writer.editSource(...args)
  }

  addClaim(...args: Parameters<DossierWriter['addClaim']>): string {
    return this.writer.addClaim(...args)
  }

  addClaims(...args: Parameters<DossierWriter['addClaims']>): string[] {
    return this.writer.addClaims(...args)
  }

  editClaim(...args: Parameters<DossierWriter['editClaim']>): void {
    this.writer.editClaim(...args)
  }

  decide(...args: Parameters<DossierWriter['decide']>): ReturnType<DossierWriter['decide']> {
    return this.writer.decide(...args)
  }

  addEvidence(...args: Parameters<DossierWriter['addEvidence']>): string {
    return this.writer.addEvidence(...args)
  }

  addComment(...args: Parameters<DossierWriter['addComment']>): string {
    return this.writer.addComment(...args)
  }

  link(...args: Parameters<DossierWriter['link']>): string {
    return this.writer.link(...args)
  }

  linkAll(...args: Parameters<DossierWriter['linkAll']>): string[] {
    return this.writer.linkAll(...args)
  }

  removeEntry(...args: Parameters<DossierWriter['removeEntry']>): void {
    this.writer.removeEntry(...args)
  }

  restoreEntry(...args: Parameters<DossierWriter['restoreEntry']>): void {
    this.writer.restoreEntry(...args)
  }

  /**
   * Undo and redo of the changes this `Dossier` makes from now on (undo-history.ts): one
   * history per instance, made on first use, so an opened dossier's screen makes it at once.
   */
  undoHistory(): UndoHistory {
    if (this.history === null) {
      const { source, claimEdits } = layoutOf(this.doc)
      this.history = new UndoHistory(this, this.writer, { source, claimEdits })
    }
    return this.history
  }

  admitMember(
    ...args: Parameters<DossierWriter['admitMember']>
  ): ReturnType<DossierWriter['admitMember']> {
    return this.writer.admitMember(...args)
  }

  changeRole(
    ...args: Parameters<DossierWriter['changeRole']>
  ): ReturnType<DossierWriter['changeRole']> {
    return this.writer.changeRole(...args)
  }

  removeMember(
    ...args: Parameters<DossierWriter['removeMember']>
  ): ReturnType<DossierWriter['removeMember']> {
    return this.writer.removeMember(...args)
  }

  importEntries(...args: Parameters<DossierWriter['importEntries']>): void {
    this.writer.importEntries(...args)
  }

  anchor(...args: Parameters<DossierWriter['anchor']>): ReturnType<DossierWriter['anchor']> {
    return this.writer.anchor(...args)
  }
}

/**
 * Opens a dossier for reading only (a frozen version): the object returned has no write method
 * and no way to the doc. Migrates an older schema in `doc`, so give it a doc of its own.
 */
export const openDossierView = (doc: Y.Doc): IndexedDossierView =>
  new IndexedDossierView(indexOf(doc))

const indexOf = (doc: Y.Doc): DossierIndex => {
  const found = schemaVersionOf(doc)
  if (found === null) throw new NotADossierError()
  if (found <= SCHEMA_VERSION) migrate(doc)
  return new DossierIndex(doc)
}

const nowIso = (): string => new Date().toISOString()
