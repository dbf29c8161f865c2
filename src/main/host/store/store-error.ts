/** Plain words for the file-system failures a user can do something about. */
export const describeFsError = (error: unknown): string => {
  const code = (error as NodeJS.ErrnoException).code
  switch (code) {
    case 'ENOSPC':
    case 'EDQUOT':
      return 'the disk is full; free some space and try again'
    case 'EACCES':
    case 'EPERM':
      return 'permission denied; check that you may write to the library folder'
    case 'EROFS':
      return 'the folder is read-only; move the library to a writable disk or remount it read-write'
    case 'ENOENT':
      return 'it does not exist'
    case 'ENOTDIR':
      return 'a file stands where a folder should be'
    case 'EIO':
      return 'the disk reported an input/output error; check the disk'
    default:
      return (error as Error).message
  }
}

/**
 * A failure of one dossier's files, worded for the person who has to act on it: which dossier,
 * what happened, and what to do. `code` keeps the system error code for programs.
 */
export class StoreError extends Error {
  constructor(
    message: string,
    readonly dossier: string,
    readonly code?: string,
  ) {
    super(message)
  }
}

/** Wraps a system error raised while doing `action` ("save", "open", ...) on dossier `id`. */
export const storeError = (id: string, action: string, error: unknown, after = ''): StoreError => {
  if (error instanceof StoreError) return error
  const code = (error as NodeJS.ErrnoException).code
  return new StoreError(
    `could not ${action} dossier ${id}: ${describeFsError(error)}${after}`,
    id,
    typeof code === 'string' ? code : undefined,
  )
}
