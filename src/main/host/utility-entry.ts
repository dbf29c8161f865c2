import { keyProtectionFromArgs } from '../../shared/ipc/key-protection-ipc'
import { libraryDirFromArgs } from '../../shared/ipc/utility-host-ipc'
import { createHostServices } from './desktop/library-services'
import { isParentPort } from './desktop/parent-port'
import { runUtilityHost } from './desktop/run-utility-host'

/**
 * The host in the desktop app: this file is the entry of an Electron utility process (a hung
 * decode must not freeze the window). Electron main sends it one MessagePort per renderer
 * connection through `process.parentPort` (see `src/shared/ipc/utility-host-ipc.ts`).
 *
 * Only inside a utility process is there a parent port; importing this file elsewhere starts
 * nothing.
 */
const parentPort: unknown = Reflect.get(process, 'parentPort')
if (isParentPort(parentPort)) {
  void runUtilityHost(
    parentPort,
    createHostServices,
    libraryDirFromArgs(process.argv),
    () => process.exit(0),
    keyProtectionFromArgs(process.argv),
  )
}
