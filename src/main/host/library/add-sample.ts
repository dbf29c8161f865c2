import * as Y from 'yjs'
import { buildSample, sampleDeskSigners } from '../../../shared/sample'

/** What adding the sample needs from a library: on disk, or through the host that holds it. */
export interface SampleTarget {
  /** Adds a new dossier holding `state` (a whole Yjs state); returns its id. */
  addState(state: Uint8Array): Promise<string>
  freezeVersion(id: string, name: string): Promise<unknown>
  /** Applies `update` to dossier `id` and resolves once it is saved. */
  applyUpdate(id: string, update: Uint8Array): Promise<void>
}

/**
 * Adds the built-in sample with its history of versions: the dossier goes in as it was at its
 * first version, each version is frozen as the library freezes any other, and the rest of the
 * desk's work follows as one update, so _Versions…_ has something to compare with at once.
 */
export const addSampleDossier = async (target: SampleTarget): Promise<string> => {
  const doc = new Y.Doc()
  try {
    const { dossier, versions } = buildSample(doc, sampleDeskSigners())
    dossier.destroy()
    const [first, ...later] = versions
    if (first === undefined) return await target.addState(Y.encodeStateAsUpdate(doc))
    const id = await target.addState(first.state)
    await target.freezeVersion(id, first.name)
    let reached = first.state
    for (const version of [...later, { name: null, state: Y.encodeStateAsUpdate(doc) }]) {
      const missing = Y.diffUpdate(version.state, Y.encodeStateVectorFromUpdate(reached))
      await target.applyUpdate(id, missing)
      if (version.name !== null) await target.freezeVersion(id, version.name)
      reached = version.state
    }
    return id
  } finally {
    doc.destroy()
  }
}
