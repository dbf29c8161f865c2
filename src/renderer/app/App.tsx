import { useEffect, useState } from 'react'
import { BootScreen } from '../components/BootScreen'
import { findHost } from './host-mode'
import type { HostAccess } from './host-mode'
import { HostedApp } from './HostedApp'
import { LocalApp } from './LocalApp'

type Mode =
  { readonly kind: 'finding' } | { readonly kind: 'found'; readonly host: HostAccess | null }

/** With a host, the library and its dossiers; without one, the local desk as before. */
export const App = () => {
  const [mode, setMode] = useState<Mode>({ kind: 'finding' })
  useEffect(() => {
    let cancelled = false
    void findHost().then((host) => {
      if (!cancelled) setMode({ kind: 'found', host })
    })
    return () => {
      cancelled = true
    }
  }, [])
  if (mode.kind === 'finding') return <BootScreen />
  return mode.host === null ? <LocalApp /> : <HostedApp host={mode.host} />
}
