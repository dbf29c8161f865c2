import { useReadOnly } from '../state/read-only'

/** Says, above the panes, why this dossier cannot be changed here; nothing when it can. */
export const ReadOnlyBanner = () => {
  const reason = useReadOnly()
  if (reason === null) return null
  return (
    <p className="banner banner-info read-only" role="status">
      {reason}
    </p>
  )
}
