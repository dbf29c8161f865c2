import { execFileSync } from 'node:child_process'
import * as fs from 'node:fs/promises'
import * as os from 'node:os'
import * as path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { StoreError } from '../../../src/main/host/store/store-error'
import { keys, keysAfterReopen, newStoreFolder, openStore, put } from './store-fixtures'

/**
 * Real disk errors on a real, tiny file system: a tmpfs mounted for the test. Mounting needs
 * root (or CAP_SYS_ADMIN); where it is not permitted these tests are skipped, saying so.
 */
const mounted: string[] = []

const mountTmpfs = async (size: string): Promise<string> => {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'vdesk-tmpfs-'))
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${size}`, 'tmpfs', dir], { stdio: 'pipe' })
  } catch (error) {
    await fs.rmdir(dir)
    throw error
  }
  mounted.push(dir)
  return dir
}

const remount = (dir: string, mode: 'ro' | 'rw'): void => {
  execFileSync('mount', ['-o', `remount,${mode}`, dir], { stdio: 'pipe' })
}

const probeMount = async (): Promise<boolean> => {
  try {
    const dir = await mountTmpfs('64k')
    execFileSync('umount', [dir], { stdio: 'pipe' })
    await fs.rmdir(mounted.pop()!)
    return true
  } catch {
    return false
  }
}

const canMount = await probeMount()

afterEach(async () => {
  while (mounted.length > 0) {
    const dir = mounted.pop()!
    execFileSync('umount', ['-l', dir], { stdio: 'pipe' })
    await fs.rmdir(dir)
  }
})

const mountNote = canMount ? '' : ' (skipped: mounting a tmpfs is not permitted here)'

describe('disk errors', () => {
  it.skipIf(!canMount)(
    `a full disk is an error naming the dossier; every update acknowledged before stays${mountNote}`,
    async () => {
      const disk = await mountTmpfs('256k')
      const folder = await newStoreFolder(disk)
      const store = await openStore(folder, { compactAfterRecords: 1_000_000 })
      // Fill most of the disk at once, then add 2 KB updates until one cannot be saved.
      const free = Number(
        execFileSync('df', ['-B1', '--output=avail', disk]).toString().split('\n')[1],
      )
      await fs.writeFile(path.join(disk, 'filler'), Buffer.alloc(Math.max(0, free - 24 * 1024)))
      const acknowledged: string[] = []
      let failure: unknown = null
      for (let i = 0; i < 200 && failure === null; i++) {
        const key = `k${String(i).padStart(4, '0')}`
        put(store, key, 'x'.repeat(2000))
        try {
          await store.flush()
          acknowledged.push(key)
        } catch (error) {
          failure = error
        }
      }
      expect(acknowledged.length).toBeGreaterThan(0)
      expect(failure).toBeInstanceOf(StoreError)
      expect(failure).toMatchObject({ code: 'ENOSPC', dossier: 'm_storetest01' })
      expect((failure as Error).message).toBe(
        'could not save dossier m_storetest01: the disk is full; free some space and try again; every change saved before this one is kept',
      )
      // While the disk stays full, the store keeps saying so; what was acknowledged is on disk.
      await expect(store.flush()).rejects.toThrow(/the disk is full/)
      expect(await keysAfterReopen(folder)).toEqual(acknowledged)

      // Once space is freed, the change that failed is written (in order) and nothing is lost.
      await fs.rm(path.join(disk, 'filler'))
      await store.flush()
      const all = keys(store)
      expect(all).toHaveLength(acknowledged.length + 1)
      await store.close()
      expect(await keysAfterReopen(folder)).toEqual(all)
    },
  )

  it.skipIf(!canMount)(
    `a read-only folder is an error naming the dossier and what to do; nothing is lost${mountNote}`,
    async () => {
      const disk = await mountTmpfs('1m')
      const folder = await newStoreFolder(disk)
      const store = await openStore(folder)
      for (const key of ['a', 'b', 'c']) put(store, key)
      await store.flush()
      await store.close({ compact: false })
      remount(disk, 'ro')
      const error = await openStore(folder).catch((caught: unknown) => caught)
      expect(error).toBeInstanceOf(StoreError)
      expect(error).toMatchObject({ code: 'EROFS', dossier: 'm_storetest01' })
      expect((error as Error).message).toMatch(
        /^could not open dossier m_storetest01: the folder is read-only; move the library to a writable disk or remount it read-write$/,
      )
      remount(disk, 'rw')
      expect(await keysAfterReopen(folder)).toEqual(['a', 'b', 'c'])
    },
  )
})
