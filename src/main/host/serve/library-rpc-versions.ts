import { MAX_VERSION_STATE_BYTES, RpcError } from '../../../shared/protocol'
import type { VersionDiffWire } from '../../../shared/protocol'
import type { VersionDiff } from '../library/library'
import type { RpcHandler } from '../sync/rpc-dispatch'
import { answered } from './library-rpc-errors'
import type { LibraryRpcBase } from './library-rpc-errors'

const megabytes = (bytes: number): string => `${(bytes / 2 ** 20).toFixed(1)} MB`

/** The library's diff as the contract's (its lists as plain arrays). */
const diffWire = (diff: VersionDiff): VersionDiffWire => ({
  title: diff.title,
  added: [...diff.added],
  removed: [...diff.removed],
  statusChanged: [...diff.statusChanged],
  textChanged: [...diff.textChanged],
})

/** Frozen versions as RPC methods: `versions`, `freeze`, `version`, `compare`. */
export const versionsRpc = ({ library, known }: LibraryRpcBase): RpcHandler => ({
  versions: ({ id }) =>
    answered(async () => {
      await known(id)
      return { versions: await library.listVersions(id) }
    }),
  freeze: ({ id, name }) =>
    answered(async () => {
      await known(id)
      return { version: await library.freezeVersion(id, name) }
    }),
  version: ({ id, version }) =>
    answered(async () => {
      await known(id)
      const { info, state } = await library.versionState(id, version)
      if (state.byteLength > MAX_VERSION_STATE_BYTES) {
        throw new RpcError(
          'too-large',
          `version ${info.id} "${info.name}" of ${id} is ${megabytes(state.byteLength)}, more than the ${MAX_VERSION_STATE_BYTES / 2 ** 20} MB one answer carries; stop the host and read it with \`dossier show ${id} --version ${info.id}\``,
        )
      }
      return {
        version: info,
        state: Buffer.from(state.buffer, state.byteOffset, state.byteLength).toString('base64'),
      }
    }),
  compare: ({ id, from, to }) =>
    answered(async () => {
      await known(id)
      return { diff: diffWire(await library.diffVersions(id, from, to)) }
    }),
})
