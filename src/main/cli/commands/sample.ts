import * as Y from 'yjs'
import { createDeviceKey, signerFromKey } from '../../../shared/identity'
import { createSampleDossier } from '../../../shared/sample/sample-dossier'
import { Library } from '../../host/library/library'
import { usageError } from '../cli-error'
import { print } from '../command'
import type { Command } from '../command'

export const sampleCommand: Command = {
  name: 'sample',
  summary: 'add the built-in sample dossier to the library',
  usage: 'dossier sample',
  help: `Creates the built-in sample dossier (an invented story with claims, evidence, decisions and
one conflict between two editors) and prints its id. Useful to try the commands.`,
  options: {},
  async run(context) {
    if (context.positionals.length > 0)
      throw usageError(`unexpected argument "${context.positionals[0]}"`, 'sample')
    const library = await Library.open(context.dataDir)
    const editor = await library.identity()
    // The sample's second editor is a made-up colleague, so the conflict has two real signers.
    const colleague = signerFromKey(createDeviceKey('Sample colleague'))
    const doc = new Y.Doc()
    const dossier = createSampleDossier(doc, { editor, colleague })
    await library.save(dossier)
    print(context.io, dossier.id)
  },
}
