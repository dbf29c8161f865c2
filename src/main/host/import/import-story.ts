import { IngestError, assertStoryText } from '../../../shared/ingest'
import type { StoryInput } from '../../../shared/ingest'
import { DEFAULT_HOST_LIMITS } from '../host-limits'
import type { HostLimits } from '../host-limits'
import { signingAs } from '../identity/signing-as'
import type { Library } from '../library/library'
import { ingestInWorker } from './ingest-in-worker'
import type { IngestInWorkerOptions } from './ingest-in-worker'

const mib = (bytes: number): string => `${(bytes / 2 ** 20).toFixed(1)} MiB`

/**
 * A story imported as a new dossier, ingested in a worker (the host's thread stays free) within
 * a time budget, and refused whole if it is not text (an image, an archive read as text) or
 * would make a dossier over the size limit. The library is touched only once the dossier is
 * complete, so a refused or stopped import leaves nothing.
 */
export const importStory = async (
  library: Library,
  input: StoryInput,
  limits: Pick<HostLimits, 'importMs' | 'dossierBytes'> = DEFAULT_HOST_LIMITS,
  /** The name of the editor who asked for it, declared in the new dossier for the host's key. */
  byName?: string,
  /** Tests only: the worker file to start instead of the ingest worker (ingestInWorker). */
  worker: Pick<IngestInWorkerOptions, 'workerFile'> = {},
): Promise<string> => {
  // A PNG or a zip read as text is refused here, in a scan of its first 64 KiB, before any
  // worker starts: the app checks the file too, but a client may not.
  assertStoryText(input.text)
  const signer = signingAs(await library.identity(), byName)
  const { state, summary } = await ingestInWorker(input, signer, {
    ...worker,
    timeoutMs: limits.importMs,
  })
  if (state.length > limits.dossierBytes) {
    throw new IngestError(
      `this story makes a dossier of ${mib(state.length)}, over the ${mib(limits.dossierBytes)} a dossier may hold; split it into parts and import each`,
    )
  }
  // Stored as the worker made it, with the summary it counted: not decoded again on this thread.
  return library.addIngested(state, summary)
}
