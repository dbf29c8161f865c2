import { readFileSync } from 'node:fs'
import * as os from 'node:os'

/** The name an identity nobody named signs under when the system offers no person's name. */
export const UNNAMED_EDITOR = 'Unnamed editor'

/** The operating-system account a process runs as, as far as the default name needs it. */
export interface OsAccount {
  readonly username: string
  /** -1 where the system has no uids (Windows). */
  readonly uid: number
  /** The account's full name (GECOS on Unix), when it has one. */
  readonly fullName: string | null
}

/** Accounts that are a machine's, not a person's: a claim "by root" tells a desk nothing. */
const SYSTEM_ACCOUNTS = new Set([
  'root',
  'admin',
  'administrator',
  'nobody',
  'system',
  'daemon',
  'guest',
])

const MAX_NAME = 200

/**
 * The display name of an identity never named: the account's full name if the system has one,
 * else its login name, and "Unnamed editor" for root and other system accounts.
 */
export const defaultEditorName = (account: OsAccount | null): string => {
  if (account === null) return UNNAMED_EDITOR
  const login = account.username.trim()
  if (login === '' || account.uid === 0 || SYSTEM_ACCOUNTS.has(login.toLowerCase())) {
    return UNNAMED_EDITOR
  }
  const full = account.fullName?.trim() ?? ''
  if (full !== '' && !SYSTEM_ACCOUNTS.has(full.toLowerCase())) return full.slice(0, MAX_NAME)
  return login.slice(0, MAX_NAME)
}

/** The full name in an /etc/passwd text for a login: the GECOS field up to its first comma. */
export const fullNameFromPasswd = (passwd: string, username: string): string | null => {
  for (const line of passwd.split('\n')) {
    const fields = line.split(':')
    if (fields[0] !== username || fields.length < 5) continue
    const full = (fields[4] ?? '').split(',')[0]?.trim() ?? ''
    return full === '' ? null : full
  }
  return null
}

const readPasswd = (): string => {
  try {
    return readFileSync('/etc/passwd', 'utf8')
  } catch {
    return ''
  }
}

/** The account this process runs as; null if the system will not say. */
export const currentAccount = (
  env: NodeJS.ProcessEnv = process.env,
  passwd: () => string = readPasswd,
): OsAccount | null => {
  let username: string
  let uid: number
  try {
    const info = os.userInfo()
    username = info.username
    uid = info.uid
  } catch {
    // No passwd entry for the uid (a container run with --user): the environment may know.
    username = env['USER'] ?? env['USERNAME'] ?? env['LOGNAME'] ?? ''
    uid = -1
  }
  if (username === '') return null
  const fullName = process.platform === 'win32' ? null : fullNameFromPasswd(passwd(), username)
  return { username, uid, fullName }
}
