import * as fs from 'node:fs/promises'
import * as path from 'node:path'
import { describeIdentity } from '../../host/library/identity-store'
import type { KeyProtectionKind } from '../../host/library/key-protection'
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
folder (identity.json, readable only by you). Shows the key, your display name and what guards
the key. Until you set one, the name is your account's full name, or "Unnamed editor" for root
and system accounts. Where the system offers a keychain, the desktop app seals the key with it;
this command can then show and rename the identity, but not sign with it.

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
    // Needs no secret key: a key sealed by the app's keychain is shown and renamed as well.
    const signer = await describeIdentity(dir, name)
    print(
      context.io,
      `${signer.name}\nkey ${signer.publicKey}\nin ${dir}\n${protectionLine(signer.protection)}`,
    )
    if (!signer.chosenName) {
      context.io.stderr.write(
        `“${signer.name}” is the default name: set yours with \`dossier identity --name "Your Name"\`\n`,
      )
    }
  },
}

/** What guards the key, from this command's side: it has no keychain of its own. */
export const protectionLine = (kind: KeyProtectionKind): string =>
  kind === 'os-keychain'
    ? 'signing key: protected by the system keychain through the desktop app: this command shows and renames it but cannot sign with it (record decisions in the app)'
    : 'signing key: stored in a file only your user account can read; no system keychain protects it (the desktop app seals it where the system offers one)'
