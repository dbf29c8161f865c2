import type * as Y from 'yjs'
import { layoutOf } from './layout'
import { SCHEMA_VERSION } from './schema'

/**
 * Schema migrations, one function per step, run inside one transaction when a dossier is opened.
 * Each must be idempotent: two replicas may migrate the same dossier concurrently, and both
 * results merge to the same document.
 */
type Migration = (doc: Y.Doc) => void

const RTL_LANGUAGES = new Set([
  'ar',
  'arc',
  'ckb',
  'dv',
  'fa',
  'he',
  'ks',
  'ps',
  'sd',
  'ug',
  'ur',
  'yi',
])

export const directionOf = (language: string): 'ltr' | 'rtl' =>
  RTL_LANGUAGES.has(language.toLowerCase().split('-')[0] ?? '') ? 'rtl' : 'ltr'

const MIGRATIONS: Record<number, Migration> = {
  /** Version 1 had no text direction; version 2 derives it from the dossier's language. */
  1: (doc) => {
    const meta = layoutOf(doc).meta
    if (meta.get('direction') === undefined) {
      const language = meta.get('language')
      meta.set('direction', directionOf(typeof language === 'string' ? language : 'en'))
    }
  },
}

export class NewerSchemaError extends Error {
  constructor(readonly found: number) {
    super(
      `this dossier uses schema version ${found}, newer than this app's ${SCHEMA_VERSION}; update Verification Desk to open it`,
    )
  }
}

export const schemaVersionOf = (doc: Y.Doc): number | null => {
  const value = layoutOf(doc).meta.get('schema')
  return typeof value === 'number' && Number.isInteger(value) && value > 0 ? value : null
}

/** Brings an older dossier up to the current schema; returns the versions it passed through. */
export const migrate = (doc: Y.Doc): number[] => {
  const found = schemaVersionOf(doc)
  if (found === null) return []
  if (found > SCHEMA_VERSION) throw new NewerSchemaError(found)
  const steps: number[] = []
  if (found === SCHEMA_VERSION) return steps
  doc.transact(() => {
    for (let version = found; version < SCHEMA_VERSION; version++) {
      const step = MIGRATIONS[version]
      if (step === undefined) throw new Error(`no migration from schema version ${version}`)
      step(doc)
      steps.push(version)
    }
    layoutOf(doc).meta.set('schema', SCHEMA_VERSION)
  }, 'migration')
  return steps
}
