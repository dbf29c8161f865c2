import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './app/App'
import { startTheme } from './state/theme'
import './styles/base.css'
import './styles/layout.css'
import './styles/components.css'
import './styles/host.css'
import './styles/share.css'

startTheme()
const root = document.getElementById('root')
if (root === null) throw new Error('index.html has no #root element')
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
)
