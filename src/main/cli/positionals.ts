import { usageError } from './cli-error'
import type { CommandContext } from './command'

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
