/**
 * What the preload script exposes to the renderer as `window.desk`. Deliberately narrow: the
 * renderer gets facts about its shell, never Electron or Node objects. The renderer imports this
 * file for its types only, and must also run in a plain browser where `window.desk` is absent.
 */
export interface DeskApi {
  readonly platform: 'electron'
  /** The app's version, as in package.json. */
  readonly version: string
}
