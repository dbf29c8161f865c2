import { useState } from 'react'
import { useRoute } from '../../app/route'
import { useMeta } from '../../state/hooks'
import { useSharingRpc } from '../../state/sharing-rpc'
import { SharePanel } from './SharePanel'
import { useFocusReturn } from '../PanelDialog'
import { useAppCommand } from '../../app/app-command-bus'

/** "Share…" in the dossier's header; nothing in local mode, where there is no host to share. */
export const ShareButton = () => {
  const rpc = useSharingRpc()
  const meta = useMeta()
  // The id the host opened this dossier by (the page's address), not one read from its content.
  const route = useRoute()
  const [open, setOpen] = useState(false)
  const button = useFocusReturn(open)
  const canShare = rpc !== null && route.kind === 'dossier' && route.version === null
  // File ▸ Share… in the desktop app.
  useAppCommand('share', canShare ? () => setOpen(true) : null)

  // A frozen version is not shared: its dossier is.
  if (rpc === null || route.kind !== 'dossier' || route.version !== null) return null
  return (
    <>
      <button
        ref={button}
        type="button"
        className="secondary share-button"
        aria-haspopup="dialog"
        onClick={() => setOpen(true)}
      >
        Share…
      </button>
      {open && (
        <SharePanel
          rpc={rpc}
          dossierId={route.id}
          title={meta.title}
          onClose={() => setOpen(false)}
        />
      )}
    </>
  )
}
