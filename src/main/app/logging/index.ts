import { routeConsoleToLog } from './console-route'
import { logFilePath } from './log-folder'
import { RotatingLog } from './rotating-log'

export { logFilePath, logFolder } from './log-folder'
export { RotatingLog } from './rotating-log'
export type { LogLevel } from './rotating-log'

/** Opens the app's log in the data folder and copies main's warnings and errors into it. */
export const startLogging = (userData: string, version: string): RotatingLog => {
  const log = new RotatingLog(logFilePath(userData))
  routeConsoleToLog(log)
  log.write('info', `Verification Desk ${version} started (pid ${process.pid})`)
  return log
}
