import { useState } from 'react'
import type { ExportFormat } from '../../shared/protocol'
import { useAppCommand } from '../app/app-command-bus'
import { exportFormatOf } from '../app/app-command-plan'
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
  // File ▸ Export ▸ <format> in the desktop app: the panel opens with that format chosen.
  const [exportRequest, setExportRequest] = useState<{ count: number; format: ExportFormat }>({
    count: 0,
    format: 'md',
  })
  const canExport = rpc !== null && route.kind === 'dossier' && host?.frozen === undefined
  useAppCommand(
    'export',
    canExport
      ? (command) =>
          setExportRequest(({ count }) => ({
            count: count + 1,
            format: exportFormatOf(command.format),
          }))
      : null,
  )
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
      <PanelButton
        label="Export…"
        title={`Export “${meta.title}”`}
        className="export-panel"
        openRequest={exportRequest.count}
      >
        <ExportPanel
          key={exportRequest.count}
          rpc={rpc}
          dossierId={route.id}
          initialFormat={exportRequest.format}
        />
      </PanelButton>
    </div>
  )
}
