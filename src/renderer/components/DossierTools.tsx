import { useRoute } from '../app/route'
import { useMeta } from '../state/hooks'
import { useHostDesk } from '../state/host-context'
import { useReadOnly } from '../state/read-only'
import { useSharingRpc } from '../state/sharing-rpc'
import { PanelButton } from './PanelDialog'
import { ExportPanel } from './export/ExportPanel'
import { VersionsPanel } from './versions/VersionsPanel'

/**
 * "Versions…" and "Export…" in the dossier's header: both are the host's work, so nothing shows
 * in local mode, nor over a frozen version.
 */
export const DossierTools = () => {
  const rpc = useSharingRpc()
  const meta = useMeta()
  const route = useRoute()
  const host = useHostDesk()
  const readOnly = useReadOnly()
  if (rpc === null || route.kind !== 'dossier' || host?.frozen !== undefined) return null
  return (
    <div className="dossier-tools">
      <PanelButton
        label="Versions…"
        title={`Versions of “${meta.title}”`}
        className="versions-panel"
      >
        <VersionsPanel rpc={rpc} dossierId={route.id} canFreeze={readOnly === null} />
      </PanelButton>
      <PanelButton label="Export…" title={`Export “${meta.title}”`} className="export-panel">
        <ExportPanel rpc={rpc} dossierId={route.id} />
      </PanelButton>
    </div>
  )
}
