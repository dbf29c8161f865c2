import { useId } from 'react'
import type { ClaimReviewDraft } from './claimreview-memory'

interface Props {
  readonly draft: ClaimReviewDraft
  readonly onChange: (draft: ClaimReviewDraft) => void
  /** What is wrong with the fields, in words; empty when they are fine. */
  readonly problems: readonly string[]
}

/** What a publisher needs in ClaimReview markup: where it is published, by whom, about whom. */
export const ClaimReviewFields = ({ draft, onChange, problems }: Props) => {
  const id = useId()
  const set = (change: Partial<ClaimReviewDraft>) => onChange({ ...draft, ...change })
  return (
    <fieldset className="claimreview-fields" aria-describedby={`${id}-hint`}>
      <legend>ClaimReview fields</legend>
      <p id={`${id}-hint`} className="muted">
        Remembered for this dossier in this browser. Addresses must start with http:// or https://.
      </p>
      <label htmlFor={`${id}-review`}>Review page address</label>
      <input
        id={`${id}-review`}
        type="url"
        inputMode="url"
        placeholder="https://news.example/checks/ferry"
        aria-describedby={`${id}-review-hint`}
        value={draft.reviewUrl}
        onChange={(event) => set({ reviewUrl: event.currentTarget.value })}
      />
      <p id={`${id}-review-hint`} className="muted">
        Each review links to #claim-N on this page; put {'{number}'} in it for one page per claim.
      </p>
      <label htmlFor={`${id}-name`}>Publisher’s name</label>
      <input
        id={`${id}-name`}
        placeholder="Verification Desk"
        value={draft.publisherName}
        onChange={(event) => set({ publisherName: event.currentTarget.value })}
      />
      <label htmlFor={`${id}-url`}>Publisher’s address</label>
      <input
        id={`${id}-url`}
        type="url"
        inputMode="url"
        placeholder="https://news.example"
        value={draft.publisherUrl}
        onChange={(event) => set({ publisherUrl: event.currentTarget.value })}
      />
      <label htmlFor={`${id}-author`}>Who made the claims</label>
      <select
        id={`${id}-author`}
        value={draft.claimAuthor}
        onChange={(event) => set({ claimAuthor: event.currentTarget.value })}
      >
        <option value="guess">Guess from each speaker’s name</option>
        <option value="person">People (Person)</option>
        <option value="organization">Organisations (Organization)</option>
      </select>
      {problems.length > 0 && (
        <div className="form-error" role="alert">
          {problems.map((problem) => (
            <p key={problem}>{problem[0]!.toUpperCase() + problem.slice(1)}.</p>
          ))}
        </div>
      )}
    </fieldset>
  )
}
