import type { ClaimView } from '../../shared/dossier'
import { speakerName } from '../../shared/vocabulary'
import { describeFigure, formatTime } from '../logic/format'
import { useMeta } from '../state/hooks'
import { useAuthorName } from '../state/use-author-name'

/** Who made the claim, where and when, what kind it is and the figures in it. */
export const ClaimFacts = ({ claim }: { readonly claim: ClaimView }) => {
  const meta = useMeta()
  const recordedBy = useAuthorName(claim.createdBy)
  const { role, where, when } = claim.attribution
  const content = { dir: meta.direction, lang: meta.language }
  return (
    <section className="detail-section" aria-label="Attribution and figures">
      <dl className="facts">
        <dt>Said by</dt>
        <dd {...content}>
          {speakerName(claim.attribution)}
          {role && <span className="role">, {role}</span>}
        </dd>
        {where && (
          <>
            <dt>Where</dt>
            <dd {...content}>{where}</dd>
          </>
        )}
        {when && (
          <>
            <dt>When</dt>
            <dd {...content}>{when}</dd>
          </>
        )}
        <dt>Kind</dt>
        <dd>{claim.kind}</dd>
        {claim.figures.length > 0 && (
          <>
            <dt>Figures</dt>
            <dd>
              <ul className="figures">
                {claim.figures.map((figure, index) => (
                  <li key={index} {...content}>
                    {describeFigure(figure)}
                  </li>
                ))}
              </ul>
            </dd>
          </>
        )}
        {claim.tags.length > 0 && (
          <>
            <dt>Tags</dt>
            <dd>
              <ul className="tags">
                {claim.tags.map((tag) => (
                  <li key={tag} className="tag">
                    {tag}
                  </li>
                ))}
              </ul>
            </dd>
          </>
        )}
        {claim.assignee !== null && (
          <>
            <dt>Assigned to</dt>
            <dd>{claim.assignee}</dd>
          </>
        )}
        <dt>Recorded</dt>
        <dd>
          by {recordedBy}, <time dateTime={claim.createdAt}>{formatTime(claim.createdAt)}</time>
        </dd>
      </dl>
    </section>
  )
}
