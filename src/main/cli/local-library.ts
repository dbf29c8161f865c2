import { Library } from '../host/library/library'
import { CliError, usageError } from './cli-error'
import type { CommandContext } from './command'
import { openOrFindHost } from './library-access'
import { useLibrary } from './with-library'

/**
 * Runs `work` on the library's own files, for commands a running host cannot do for them
 * (versions, trash, rename...). When a live host holds the library, says how to free it instead
 * of going through it.
 */
export const withLocalLibrary = async <T>(
  context: CommandContext,
  command: string,
  work: (library: Library) => Promise<T>,
): Promise<T> => {
  const found = await openOrFindHost(context)
  if (!(found instanceof Library)) {
    throw new CliError(
      `${command} needs the library itself: stop \`dossier serve\` (pid ${found.pid}) or use the app`,
    )
  }
  return useLibrary(found, work)
}

/** Exactly the positionals a command takes, in order, or a usage error naming what is missing. */
export const requirePositionals = <const Names extends readonly string[]>(
  context: CommandContext,
  command: string,
  names: Names,
): { [K in keyof Names]: string } => {
  const given = context.positionals
  if (given.length < names.length)
    throw usageError(`${command} needs ${listed(names.slice(given.length))}`, command)
  if (given.length > names.length)
    throw usageError(`unexpected argument "${given[names.length]}"`, command)
  return [...given] as { [K in keyof Names]: string }
}

const listed = (names: readonly string[]): string =>
  names.length > 1 ? `${names.slice(0, -1).join(', ')} and ${names.at(-1)}` : (names[0] ?? '')
