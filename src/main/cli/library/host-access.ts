import * as Y from 'yjs'
import { Dossier, DossierInputError } from '../../../shared/dossier'
import { LIBRARY_ROOM, parseEndpoint } from '../../../shared/protocol'
import type { HostEndpoint } from '../../../shared/protocol'
import { fromJson } from '../../../shared/report/json'
import { addSampleDossier } from '../../host/library/add-sample'
import { exportDossierFile, readDossierFile } from '../../host/library/dossier-transfer'
import { loadOrCreateIdentity } from '../../host/library/identity-store'
import { LibraryError } from '../../host/library/library'
import type { LockOwner } from '../../host/library/library'
import { resolveDossierRef } from '../../host/library/resolve-ref'
import { CliError } from '../cli-error'
import { HostUnreachableError, connectHost } from '../host-client'
import type { HostConnection } from '../host-client'
import type { LibraryAccess } from './library-access'
import type { DossierView } from '../../../shared/dossier'
import type { VersionInfo } from '../../host/library/library'

/** The library through its host; closing it ends the command's connection. */
export interface HostAccess extends LibraryAccess {
  close(): Promise<void>
}

/**
 * The library through the host that holds it: library operations are its RPC methods; a dossier
 * is synced into a replica here, worked on with the same code as on disk, and the command ends
 * only once the host has said (`flush`) that every change it sent is on disk.
 */
export const connectHostAccess = async (dir: string, owner: LockOwner): Promise<HostAccess> => {
  const endpoint = parseEndpoint(owner.endpoint)
  const inUse = `the library is in use by ${owner.pid} on ${owner.hostname}`
  if (endpoint === null)
    throw new CliError(`${inUse}, and its lock names no address to reach it at`)
  let library: HostConnection
  try {
    library = await connectHost(endpoint, LIBRARY_ROOM)
  } catch (error) {
    if (!(error instanceof HostUnreachableError)) throw error
    throw new CliError(
      `${inUse}, but its host at ${endpoint.url} does not answer: ${error.message}`,
    )
  }
  return new HostLibraryAccess(dir, endpoint, library)
}

/** The library's own rule for a title, checked here so the host is not asked with one it refuses. */
const checkTitle = (title: string): void => {
  if (title.trim() === '' || title.length > 500)
    throw new DossierInputError('a title needs 1 to 500 characters')
}

class HostLibraryAccess implements HostAccess {
  constructor(
    readonly dir: string,
    private readonly endpoint: HostEndpoint,
    private readonly library: HostConnection,
  ) {}

  list() {
    return this.library.call('list', {})
  }

  async withDossier<T>(ref: string, work: (dossier: Dossier) => T | Promise<T>): Promise<T> {
    const id = await this.resolve(ref)
    let replica: HostConnection
    try {
      replica = await connectHost(this.endpoint, id)
    } catch (error) {
      if (!(error instanceof HostUnreachableError)) throw error
      throw new CliError(`the host at ${this.endpoint.url} does not answer: ${error.message}`)
    }
    try {
      await replica.synced()
      const dossier = Dossier.open(replica.doc)
      try {
        const result = await work(dossier)
        // Durable on the host's disk, not merely received: what the local path's fsync gives.
        const { waiting } = await replica.call('flush', {})
        if (waiting > 0)
          throw new CliError(
            `the host holds back ${waiting} of this command's changes (they build on changes it does not have); run the command again`,
          )
        return result
      } finally {
        dossier.destroy()
      }
    } finally {
      await replica.close()
    }
  }

  async exportFile(ref: string): Promise<Uint8Array> {
    const id = await this.resolve(ref)
    const file = await this.library.call('export', { id, format: 'dossier' })
    return Buffer.from(file.content, file.encoding === 'base64' ? 'base64' : 'utf8')
  }

  async importStory(input: Parameters<LibraryAccess['importStory']>[0]): Promise<string> {
    const { dossier } = await this.library.call('import', { kind: 'story', ...input })
    return dossier.id
  }

  async importFile(bytes: Uint8Array, options: { merge: boolean }) {
    // Checked here first, with the library's own reader: same refusals, nothing sent.
    const file = readDossierFile(bytes)
    try {
      if (options.merge && (await this.ids()).includes(file.id)) {
        // A merge is a sync: the file's state joins the host's copy like any replica's would.
        await this.withDossier(file.id, (dossier) => Y.applyUpdate(dossier.doc, file.snapshot))
        return { id: file.id, merged: true }
      }
    } finally {
      file.dossier.destroy()
      file.dossier.doc.destroy()
    }
    const data = Buffer.from(bytes).toString('base64')
    const { dossier } = await this.library.call('import', { kind: 'dossier-file', data })
    return { id: dossier.id, merged: false }
  }

  /** The host keeps the export's id when it is free and gives a copy a new one, as on disk. */
  importJson(json: Parameters<LibraryAccess['importJson']>[0]): Promise<string> {
    return this.addBuilt((doc) => fromJson(doc, json, { id: json.meta.id }))
  }

  createSample(): Promise<string> {
    return addSampleDossier({
      addState: (state) =>
        this.addBuilt((doc) => {
          Y.applyUpdate(doc, state)
          return Dossier.open(doc)
        }),
      freezeVersion: (id, name) => this.freezeVersion(id, name),
      applyUpdate: (id, update) =>
        this.withDossier(id, (dossier) => Y.applyUpdate(dossier.doc, update)),
    })
  }

  identity() {
    return loadOrCreateIdentity(this.dir)
  }

  async rename(ref: string, title: string, story?: string): Promise<string> {
    const id = await this.resolve(ref)
    checkTitle(title)
    // Cut as the library cuts it, rather than refused by the RPC's cap.
    const line = story === undefined ? {} : { story: story.slice(0, 500) }
    await this.library.call('rename', { id, title, ...line })
    return id
  }

  async duplicate(ref: string, title?: string): Promise<string> {
    const id = await this.resolve(ref)
    if (title !== undefined) checkTitle(title)
    const { dossier } = await this.library.call('duplicate', {
      id,
      ...(title === undefined ? {} : { title }),
    })
    return dossier.id
  }

  async delete(ref: string) {
    const id = await this.resolve(ref)
    return (await this.library.call('trash', { id })).entry
  }

  async listTrash() {
    return (await this.library.call('trashList', {})).entries
  }

  async restore(ref: string): Promise<string> {
    return (await this.library.call('restore', { entry: ref })).dossier.id
  }

  async emptyTrash(ref?: string): Promise<number> {
    return (await this.library.call('emptyTrash', ref === undefined ? {} : { entry: ref })).removed
  }

  async listVersions(ref: string) {
    const id = await this.resolve(ref)
    return { id, versions: (await this.library.call('versions', { id })).versions }
  }

  async freezeVersion(ref: string, name: string) {
    const id = await this.resolve(ref)
    const clean = name.trim()
    if (clean === '' || clean.length > 200)
      throw new LibraryError('a version needs a name of 1 to 200 characters')
    return (await this.library.call('freeze', { id, name: clean })).version
  }

  async diffVersions(ref: string, a: string, b: string) {
    const id = await this.resolve(ref)
    return (await this.library.call('compare', { id, from: a, to: b })).diff
  }

  async withVersion<T>(
    ref: string,
    version: string,
    work: (info: VersionInfo, dossier: DossierView) => T,
  ): Promise<T> {
    const id = await this.resolve(ref)
    const answer = await this.library.call('version', { id, version })
    // The frozen state in a document of its own: read here, never synced anywhere.
    const doc = new Y.Doc()
    Y.applyUpdate(doc, Buffer.from(answer.state, 'base64'))
    const dossier = Dossier.open(doc)
    try {
      return work(answer.version, dossier)
    } finally {
      dossier.destroy()
      doc.destroy()
    }
  }

  close(): Promise<void> {
    return this.library.close()
  }

  /** A dossier built here reaches the host as a `.dossier` file: the RPC has no other way in. */
  private async addBuilt(build: (doc: Y.Doc) => Dossier): Promise<string> {
    const doc = new Y.Doc()
    let bytes: Uint8Array
    try {
      const dossier = build(doc)
      bytes = exportDossierFile(doc, dossier)
      dossier.destroy()
    } finally {
      doc.destroy()
    }
    return (await this.importFile(bytes, { merge: false })).id
  }

  private async ids(): Promise<string[]> {
    const { dossiers, problems } = await this.list()
    // A dossier the host cannot open is still named, so its own error can be reported.
    return [...dossiers.map(({ id }) => id), ...problems.map(({ id }) => id)]
  }

  private async resolve(ref: string): Promise<string> {
    return resolveDossierRef(await this.ids(), ref, this.dir)
  }
}
