import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './app/App'
import { HostCrashNotice } from './components/HostCrashNotice'
import { AppCommands } from './app/AppCommands'
import { startTheme } from './state/theme'
import './styles/base.css'
import './styles/layout.css'
import './styles/components.css'
import './styles/host.css'
import './styles/share.css'
import './styles/source-editing.css'
import './styles/imports-flags.css'
import './styles/offline.css'
import './styles/undo.css'
import './styles/first-screen.css'
import './styles/host-crash.css'
import './styles/app-commands.css'

performance.mark('vdesk:app-start')
startTheme()
const root = document.getElementById('root')
if (root === null) throw new Error('index.html has no #root element')
createRoot(root).render(
  <StrictMode>
    <App />
    <HostCrashNotice />
    <AppCommands />
  </StrictMode>,
)
