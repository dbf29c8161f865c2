export interface StartFacts {
  readonly browserAsked: boolean
  readonly hasBinary: boolean
  readonly hasDisplay: boolean
  /** An earlier start began fetching Electron's binary and did not get it. */
  readonly triedFetchBefore: boolean
}

export interface StartPlan {
  readonly action: 'browser' | 'desktop' | 'fetch-then-desktop'
  /** One line for the terminal, or nothing. */
  readonly message: string | null
}

export declare const startPlan: (facts: StartFacts) => StartPlan
export declare const FETCH_FAILED_MESSAGE: string
