import { format } from 'node:util'
import type { RotatingLog } from './rotating-log'

/**
 * Copies main's `console.warn` and `console.error` into the log file, as well as to the
 * terminal they already went to (once the file failed, only there). Returns a call that puts the console back as it was.
 */
export const routeConsoleToLog = (log: RotatingLog, target: Console = console): (() => void) => {
  const { warn, error } = target
  target.warn = (...args: unknown[]) => {
    if (log.writing) log.write('warn', format(...args))
    warn.apply(target, args)
  }
  target.error = (...args: unknown[]) => {
    if (log.writing) log.write('error', format(...args))
    error.apply(target, args)
  }
  return () => {
    target.warn = warn
    target.error = error
  }
}
