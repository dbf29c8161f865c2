import * as fs from 'node:fs/promises'
import * as path from 'node:path'
import * as z from 'zod'
import { writeFileAtomic } from '../store/atomic-file'
import { newToken } from './token'

/** Beside the dossiers, readable by the library's owner only (like `identity.json`). */
export const SERVE_ADDRESS_FILE = 'serve-address.json'

const storedSchema = z.object({
  token: z.string().regex(/^[A-Za-z0-9_-]{43}$/),
  port: z.number().int().min(1).max(65535).nullable(),
})
export type ServeAddress = z.infer<typeof storedSchema>

const fileOf = (libraryDir: string): string => path.join(libraryDir, SERVE_ADDRESS_FILE)

/**
 * The address `dossier serve` gives a library, kept from one run to the next so that an address
 * an editor bookmarked, and every tab left open, still works after a restart: its token and the
 * port it last listened on. A missing or damaged file (or `rotate`) gets a new token: the old
 * address then stops working, which is what rotating is for.
 */
export const loadServeAddress = async (
  libraryDir: string,
  options: { readonly rotate?: boolean } = {},
): Promise<{ address: ServeAddress; created: boolean }> => {
  const kept = await readServeAddress(libraryDir)
  if (kept !== null && options.rotate !== true) return { address: kept, created: false }
  // A new token keeps the port: the address changes only where it must.
  const address: ServeAddress = { token: newToken(), port: kept?.port ?? null }
  await saveServeAddress(libraryDir, address)
  return { address, created: true }
}

/** The kept address; null when there is none, or it is damaged (it is then made anew). */
const readServeAddress = async (libraryDir: string): Promise<ServeAddress | null> => {
  try {
    const parsed = storedSchema.safeParse(JSON.parse(await fs.readFile(fileOf(libraryDir), 'utf8')))
    return parsed.success ? parsed.data : null
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'ENOENT' || error instanceof SyntaxError) return null
    throw error
  }
}

export const saveServeAddress = (libraryDir: string, address: ServeAddress): Promise<void> =>
  writeFileAtomic(fileOf(libraryDir), `${JSON.stringify(address)}\n`)
