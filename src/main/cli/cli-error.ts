/** An error the CLI reports as one line, with the exit code that says what kind it was. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: 1 | 2 = 1,
  ) {
    super(message)
  }
}

/** Wrong usage: unknown command, missing argument, bad flag. */
export const usageError = (message: string, command?: string): CliError =>
  new CliError(`${message}\nRun \`dossier ${command ? `${command} ` : ''}--help\` for usage.`, 2)
