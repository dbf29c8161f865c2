import { useEffect, useState } from 'react'
import { BootScreen } from '../components/BootScreen'
import { findHost } from './host-mode'
import type { HostFinding } from './host-mode'
import { NeedsAddress } from '../components/NeedsAddress'
import { HostedApp } from './HostedApp'
import { LocalApp } from './LocalApp'

type Mode = { readonly kind: 'finding' } | { readonly kind: 'found'; readonly found: HostFinding }

/** With a host, the library and its dossiers; without one, the local desk as before. */
export const App = () => {
  const [mode, setMode] = useState<Mode>({ kind: 'finding' })
  useEffect(() => {
    let cancelled = false
    void findHost().then((found) => {
      if (!cancelled) setMode({ kind: 'found', found })
    })
    return () => {
      cancelled = true
    }
  }, [])
  if (mode.kind === 'finding') return <BootScreen />
  switch (mode.found.kind) {
    case 'host':
      return <HostedApp host={mode.found.host} />
    case 'needs-address':
      return <NeedsAddress />
    case 'none':
      return <LocalApp />
  }
}
