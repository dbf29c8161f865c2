import { usageError } from '../cli-error'
import { print, stringFlag } from '../command'
import type { Command } from '../command'
import { withLibrary } from '../with-library'

export const identityCommand: Command = {
  name: 'identity',
  summary: 'show or rename this device’s signing identity',
  usage: 'dossier identity [--name NAME]',
  help: `Every decision you record is signed with this device's Ed25519 key, kept in the library
folder (identity.json, readable only by you). Shows the key and your display name.

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
    const { signer, dir } = await withLibrary(context, async (library) => ({
      signer: await library.identity(name),
      dir: library.dir,
    }))
    print(context.io, `${signer.name}\nkey ${signer.publicKey}\nin ${dir}`)
  },
}
