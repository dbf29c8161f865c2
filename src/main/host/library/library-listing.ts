import { damagedFiles } from '../store/store-files'
import type { DossierHandle } from './open-dossiers'
import { filesChangedAt, readSummary, summarize } from './summary-cache'
import type { DossierSummary } from './summary-cache'

export interface LibraryProblem {
  readonly id: string
  /** 'unreadable': the dossier cannot be opened; 'set-aside': it opens, but damaged files were set aside. */
  readonly kind: 'unreadable' | 'set-aside'
  readonly reason: string
  /** The last title known for it, when there is one. */
  readonly title?: string
}

/** The library calls a listing needs. */
interface Owner {
  ids(): Promise<string[]>
  folderOf(id: string): string
  /** The summary of a dossier open now, from its live views; null when it is not open. */
  liveSummary(id: string): Promise<DossierSummary | null>
  open(ref: string): Promise<DossierHandle>
}

/**
 * Every dossier with its title, claim counts and last change, newest first. One that cannot be
 * opened is listed as a problem and hides nothing else; one that opens but had damaged files
 * set aside is listed and also named as a problem until those files are removed.
 */
export const listDossiers = async (
  library: Owner,
): Promise<{ dossiers: DossierSummary[]; problems: LibraryProblem[] }> => {
  const dossiers: DossierSummary[] = []
  const problems: LibraryProblem[] = []
  for (const id of await library.ids()) {
    const folder = library.folderOf(id)
    try {
      dossiers.push(await summaryOf(library, id))
    } catch (error) {
      const title = (await readSummary(folder, { evenIfStale: true }))?.title
      problems.push({
        id,
        kind: 'unreadable',
        reason: (error as Error).message,
        ...(title === undefined ? {} : { title }),
      })
      continue
    }
    const aside = await damagedFiles(folder)
    if (aside.length > 0) {
      problems.push({
        id,
        kind: 'set-aside',
        reason: `dossier ${id}: damaged files were set aside in ${folder} (${aside.join(', ')}); check them, then delete them`,
      })
    }
  }
  dossiers.sort((a, b) => (a.updated < b.updated ? 1 : a.updated > b.updated ? -1 : 0))
  return { dossiers, problems }
}

/** An open dossier's live summary, else the cached one, else the dossier opened to make one. */
const summaryOf = async (library: Owner, id: string): Promise<DossierSummary> => {
  const live = await library.liveSummary(id)
  if (live !== null) return live
  const cached = await readSummary(library.folderOf(id))
  if (cached !== null && cached.id === id) return cached
  const handle = await library.open(id)
  const summary = summarize(handle.dossier, await filesChangedAt(library.folderOf(id)))
  await handle.close()
  return (await readSummary(library.folderOf(id))) ?? summary
}
