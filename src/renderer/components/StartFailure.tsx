interface Props {
  readonly message: string
  readonly onRetry: () => void
  /** Offered when only saving failed: the sample still opens, in memory. */
  readonly onWorkInMemory: (() => void) | null
}

export const StartFailure = ({ message, onRetry, onWorkInMemory }: Props) => (
  <main className="boot">
    <section className="start-failure" role="alert" aria-labelledby="start-failure-title">
      <h1 id="start-failure-title">Verification Desk could not open the dossier</h1>
      <p>{message}</p>
      <div className="actions">
        <button type="button" onClick={onRetry}>
          Try again
        </button>
        {onWorkInMemory !== null && (
          <button type="button" className="secondary" onClick={onWorkInMemory}>
            Open the sample without saving
          </button>
        )}
      </div>
    </section>
  </main>
)
