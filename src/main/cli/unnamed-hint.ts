import * as path from 'node:path'
import { describeIdentity } from '../host/library/identity-store'
import type { CommandContext } from './command'

/**
 * One line on stderr after an import or a decision signed under a name nobody chose (the
 * default, "Unnamed editor" as root): what it was recorded as and how to put a name on the next.
 * Stdout stays the command's answer alone, for scripts.
 */
export const hintIfUnnamed = async (context: CommandContext): Promise<void> => {
  let signer
  try {
    signer = await describeIdentity(path.resolve(context.dataDir))
  } catch {
    return // The command itself said what is wrong with the identity, if anything.
  }
  if (signer.chosenName) return
  context.io.stderr.write(
    `recorded as “${signer.name}”: set your name with \`dossier identity --name "Your Name"\`\n`,
  )
}
