interface Props {
  /** What could not be opened, as the heading says it; the dossier by default. */
  readonly title?: string
  readonly message: string
  readonly onRetry: () => void
  /** Offered when only saving failed: the sample still opens, in memory. */
  readonly onWorkInMemory: (() => void) | null
}

export const StartFailure = ({
  title = 'Verification Desk could not open the dossier',
  message,
  onRetry,
  onWorkInMemory,
}: Props) => (
  <main className="boot">
    <section className="start-failure" role="alert" aria-labelledby="start-failure-title">
      <h1 id="start-failure-title">{title}</h1>
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
