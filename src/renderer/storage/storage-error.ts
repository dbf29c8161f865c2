/**
 * The browser refused local storage: IndexedDB missing (some private windows), blocked by
 * settings, or not answering. The message is written for the editor, not for a developer.
 */
export class StorageUnavailableError extends Error {
  constructor(detail: string) {
    super(
      `This browser does not let Verification Desk keep data on this device (${detail}). ` +
        'Dossiers cannot be saved here: private windows and strict privacy settings often block it.',
    )
  }
}

export const describeError = (error: unknown): string =>
  error instanceof Error ? error.message : String(error)
