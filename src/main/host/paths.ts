import * as os from 'node:os'
import * as path from 'node:path'

/** The product name Electron uses for its per-user data folder; the CLI must agree with the app. */
export const PRODUCT_NAME = 'Verification Desk'

/**
 * The desktop app's data folder, computed the way Electron's `app.getPath('userData')` does, so
 * that `dossier` without `--data` works on the same library as the app.
 */
export const defaultUserDataDir = (
  platform: NodeJS.Platform = process.platform,
  env: NodeJS.ProcessEnv = process.env,
  home = os.homedir(),
): string => {
  if (platform === 'win32')
    return path.join(env.APPDATA ?? path.join(home, 'AppData', 'Roaming'), PRODUCT_NAME)
  if (platform === 'darwin') return path.join(home, 'Library', 'Application Support', PRODUCT_NAME)
  return path.join(env.XDG_CONFIG_HOME ?? path.join(home, '.config'), PRODUCT_NAME)
}

/** The library folder: `--data`, else $DOSSIER_DATA, else `<userData>/library`. */
export const resolveLibraryDir = (
  flag: string | undefined,
  env: NodeJS.ProcessEnv = process.env,
): string =>
  path.resolve(
    flag ?? env.DOSSIER_DATA ?? path.join(defaultUserDataDir(process.platform, env), 'library'),
  )
