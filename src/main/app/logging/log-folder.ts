import { join } from 'node:path'

/** Where the app keeps its logs: a `logs` folder in the data folder (`app.getPath('userData')`). */
export const logFolder = (userData: string): string => join(userData, 'logs')

/** The current log file; the older ones are `desk.log.1` (newest) to `desk.log.4`. */
export const logFilePath = (userData: string): string => join(logFolder(userData), 'desk.log')
