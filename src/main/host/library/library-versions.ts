import * as Y from 'yjs'
import { openDossierView } from '../../../shared/dossier'
import type { DossierView } from '../../../shared/dossier'
import { metadataOf } from './dossier-transfer'
import { UnreadableError } from './library-errors'
import type { DossierHandle } from './open-dossiers'
import { diffDossiers } from './version-diff'
import type { DossierReader, VersionDiff } from './version-diff'
import { findVersion, listVersions, readVersion, writeVersion } from './versions'
import type { VersionInfo } from './versions'

export type { VersionInfo } from './versions'
export type { VersionDiff } from './version-diff'

/** The library calls these need. */
interface Owner {
  resolve(ref: string): Promise<string>
  folderOf(id: string): string
  with<T>(ref: string, work: (handle: DossierHandle) => T | Promise<T>): Promise<T>
}

export interface OpenVersion {
  readonly info: VersionInfo
  /** Only the reads: a frozen version has no write method to call, now or when one is added. */
  readonly dossier: DossierView
  close(): void
}

/** Frozen, named versions of dossiers: freeze, list, open read-only, compare. */
export class LibraryVersions {
  constructor(private readonly library: Owner) {}

  /** Freezes the current state under `name` (e.g. "published 28 Nov"). */
  freeze(ref: string, name: string): Promise<VersionInfo> {
    return this.library.with(ref, ({ id, doc, dossier }) =>
      writeVersion(
        this.library.folderOf(id),
        metadataOf(dossier),
        Y.encodeStateAsUpdate(doc),
        name,
      ),
    )
  }

  /** Oldest first. */
  async list(ref: string): Promise<VersionInfo[]> {
    const id = await this.library.resolve(ref)
    return (await listVersions(this.library.folderOf(id))).versions
  }

  /** A version's whole state as one Yjs update, for a replica to open; its file is checked. */
  async state(ref: string, versionRef: string): Promise<{ info: VersionInfo; state: Uint8Array }> {
    const id = await this.library.resolve(ref)
    const folder = this.library.folderOf(id)
    const info = await findVersion(folder, versionRef)
    return { info, state: (await readVersion(folder, info.id)).snapshot }
  }

  /** A version, opened over its own doc: nothing done to it reaches the library. */
  async open(ref: string, versionRef: string): Promise<OpenVersion> {
    const id = await this.library.resolve(ref)
    const folder = this.library.folderOf(id)
    const info = await findVersion(folder, versionRef)
    const file = await readVersion(folder, info.id)
    const doc = new Y.Doc()
    let dossier: ReturnType<typeof openDossierView>
    try {
      Y.applyUpdate(doc, file.snapshot)
      dossier = openDossierView(doc)
    } catch (error) {
      doc.destroy()
      throw new UnreadableError(`version ${info.id} cannot be opened: ${(error as Error).message}`)
    }
    return {
      info,
      dossier,
      close: () => {
        dossier.destroy()
        doc.destroy()
      },
    }
  }

  /** What changed from version `a` to version `b`; either may be 'current'. */
  async diff(ref: string, a: string, b: string): Promise<VersionDiff> {
    const id = await this.library.resolve(ref)
    const opened: OpenVersion[] = []
    try {
      const load = async (which: string): Promise<DossierReader | 'current'> => {
        if (which === 'current') return 'current'
        const version = await this.open(id, which)
        opened.push(version)
        return version.dossier
      }
      const before = await load(a)
      const after = await load(b)
      if (before !== 'current' && after !== 'current') return diffDossiers(before, after)
      return await this.library.with(id, ({ dossier }) =>
        diffDossiers(
          before === 'current' ? dossier : before,
          after === 'current' ? dossier : after,
        ),
      )
    } finally {
      for (const version of opened) version.close()
    }
  }
}
