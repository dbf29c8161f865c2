/**
 * A clock that walks through the sample's history a few minutes per step, then, once the sample
 * is built, tells the real time, so the returned dossier's own later entries are dated right.
 */
export const scriptedClock = (fixed: (() => string) | undefined) => {
  let at = Date.now() - 6 * 60 * 60 * 1000
  let live = false
  return {
    now: (): string => fixed?.() ?? (live ? new Date() : new Date(at)).toISOString(),
    pass: (minutes: number): void => {
      at += minutes * 60 * 1000
    },
    goLive: (): void => {
      live = true
    },
  }
}

export type SampleClock = ReturnType<typeof scriptedClock>
