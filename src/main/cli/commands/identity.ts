import * as fs from 'node:fs/promises'
import * as path from 'node:path'
import { loadOrCreateIdentity } from '../../host/library/identity-store'
import { LibraryError } from '../../host/library/library-errors'
import { describeFsError } from '../../host/store/store-error'
import { usageError } from '../cli-error'
import { print, stringFlag } from '../command'
import type { Command } from '../command'

export const identityCommand: Command = {
  name: 'identity',
  summary: 'show or rename this device’s signing identity',
  usage: 'dossier identity [--name NAME]',
  help: `Every decision you record is signed with this device's Ed25519 key, kept in the library
folder (identity.json, readable only by you). Shows the key and your display name. Until you
set one, the name is your account's full name, or "Unnamed editor" for root and system accounts.

Options:
  --name NAME   change the display name shown beside your decisions`,
  options: { name: { type: 'string' } },
  async run(context) {
    if (context.positionals.length > 0)
      throw usageError(`unexpected argument "${context.positionals[0]}"`, 'identity')
    const name = stringFlag(context, 'name')
    if (name !== undefined && (name.trim() === '' || name.length > 200)) {
      throw usageError('a display name needs 1 to 200 characters', 'identity')
    }
    // The identity file is written atomically, so it needs no lock: this works while a host runs.
    const dir = path.resolve(context.dataDir)
    try {
      await fs.mkdir(dir, { recursive: true })
    } catch (error) {
      throw new LibraryError(`cannot use the library folder ${dir}: ${describeFsError(error)}`)
    }
    const signer = await loadOrCreateIdentity(dir, name)
    print(context.io, `${signer.name}\nkey ${signer.publicKey}\nin ${dir}`)
    if (!signer.chosenName) {
      context.io.stderr.write(
        `“${signer.name}” is the default name: set yours with \`dossier identity --name "Your Name"\`\n`,
      )
    }
  },
}
