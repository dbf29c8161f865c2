import { useMemo } from 'react'
import { sourceIndexOf } from '../../../shared/dossier/source-positions'
import { remoteSelectionMarks, type RemoteSelectionMark } from '../../logic/source-marks'
import { useDossierStore } from '../../state/hooks'
import { useHostDesk } from '../../state/host-context'
import type { PresentEditor } from '../../sync/presence'

const NOBODY: readonly PresentEditor[] = []

/** Where the other editors' selections and carets are in `source`, the text shown now. */
export const useRemoteSelections = (source: string): readonly RemoteSelectionMark[] => {
  const store = useDossierStore()
  const host = useHostDesk()
  const others = host === null || host.frozen !== undefined ? NOBODY : host.others
  return useMemo(
    () =>
      remoteSelectionMarks(
        others,
        (position) => sourceIndexOf(store.dossier.doc, position),
        source.length,
      ),
    [others, store, source],
  )
}
