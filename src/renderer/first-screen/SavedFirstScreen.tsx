import { useMemo, type ReactNode } from 'react'
import { BootScreen } from '../components/BootScreen'
import { FirstScreen } from './FirstScreen'
import { firstScreenList } from './first-screen-rows'
import { readFirstScreen } from './first-screen-store'

interface Props {
  /** The host's address (records are kept per host). */
  readonly scope: string
  readonly dossierId: string
  readonly description: string
  readonly progress?: string | null
  /** Shown when this device saved no (usable) record of the dossier. */
  readonly otherwise?: ReactNode
}

/**
 * The dossier's first screen as this device saved it, read synchronously from localStorage, or
 * `otherwise` (the boot screen) when there is none: what a dossier's address shows before its
 * copy is loaded, from the page's first render on.
 */
export const SavedFirstScreen = ({
  scope,
  dossierId,
  description,
  progress = null,
  otherwise = <BootScreen />,
}: Props) => {
  const record = useMemo(() => readFirstScreen(scope, dossierId), [scope, dossierId])
  if (record === null) return otherwise
  return (
    <FirstScreen
      record={record}
      list={firstScreenList(record, window.location.hash)}
      description={description}
      progress={progress}
    />
  )
}
