import { useQuarantine } from '../state/hooks'
import { plural } from '../logic/format'

/** Entries from other replicas that failed validation: hidden, but never silently. */
export const QuarantineWarning = () => {
  const items = useQuarantine()
  if (items.length === 0) return null
  return (
    <details className="banner banner-warning quarantine" role="status">
      <summary>
        {plural(items.length, 'entry', 'entries')} from other copies of this dossier{' '}
        {items.length === 1 ? 'was' : 'were'} invalid and {items.length === 1 ? 'is' : 'are'}{' '}
        hidden.
      </summary>
      <ul>
        {items.slice(0, 50).map((item, index) => (
          <li key={`${item.collection}/${item.id ?? index}/${index}`}>
            <span className="mono">{item.collection}</span> {item.id ?? '(no id)'}: {item.reason}
          </li>
        ))}
      </ul>
      {items.length > 50 && <p>…and {items.length - 50} more.</p>}
    </details>
  )
}
