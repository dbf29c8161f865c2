import * as fs from 'node:fs/promises'
import * as path from 'node:path'
import { DossierStore } from '../../../src/main/host/store/dossier-store'
import type { StoreOptions } from '../../../src/main/host/store/dossier-store'
import { tempDir } from '../../support/temp-dir'
import { ID, seedState } from './store-seed'

/**
 * The store is generic over Yjs documents, so its tests write plain map entries: each `put`
 * is one update, and `keys` says which of them a reopened store holds.
 */
export { ID, seedState } from './store-seed'

export const newStoreFolder = async (dir?: string): Promise<string> => {
  const folder = path.join(dir ?? (await tempDir()), ID)
  await DossierStore.create(folder, ID, seedState())
  return folder
}

export const openStore = (folder: string, options: StoreOptions = {}): Promise<DossierStore> =>
  DossierStore.open(folder, ID, options)

export const put = (store: DossierStore, key: string, value: unknown = key): void => {
  store.doc.getMap('t').set(key, value)
}

export const keys = (store: DossierStore): string[] =>
  [...store.doc.getMap('t').keys()].filter((key) => key !== 'seed').sort()

export const keysAfterReopen = async (folder: string): Promise<string[]> => {
  const store = await openStore(folder)
  try {
    return keys(store)
  } finally {
    await store.close({ compact: false })
  }
}

export const range = (prefix: string, count: number): string[] =>
  Array.from({ length: count }, (_, i) => `${prefix}${String(i).padStart(4, '0')}`)

export const files = async (folder: string): Promise<string[]> => (await fs.readdir(folder)).sort()

/** `mode & 0o777` of a folder ('.') and each entry in it. */
export const modes = async (folder: string): Promise<Record<string, number>> => {
  const result: Record<string, number> = { '.': (await fs.stat(folder)).mode & 0o777 }
  for (const name of await fs.readdir(folder))
    result[name] = (await fs.stat(path.join(folder, name))).mode & 0o777
  return result
}
