import type { DeskApi } from '../../shared/ipc/desk-api'

/** The preload bridge, present only inside the desktop app. */
export const deskApi = (): DeskApi | null => {
  const desk = (window as Window & { desk?: DeskApi }).desk
  return desk?.platform === 'electron' ? desk : null
}

export const shellDescription = (): string => {
  const desk = deskApi()
  return desk === null ? 'in your browser' : `desktop ${desk.version}`
}
