import { useState } from 'react'
import { AboutDialog } from '../components/app/AboutDialog'
import { AppNotice } from '../components/app/AppNotice'
import { deskApi } from '../platform/shell'
import { useAppCommand } from './app-command-bus'
import { useAppCommands } from './use-app-commands'

/**
 * The desktop app's commands, beside the rest of the page: listens for them, and shows the two
 * things that belong to no screen, the About dialog and the app's notices.
 */
export const AppCommands = () => {
  useAppCommands()
  const [aboutOpen, setAboutOpen] = useState(false)
  // Each notice is a new element, so a screen reader announces it even when the words repeat.
  const [notice, setNotice] = useState<{ readonly text: string; readonly at: number } | null>(null)
  useAppCommand('about', () => setAboutOpen(true))
  useAppCommand('notice', (command) => setNotice({ text: command.text, at: Date.now() }))
  return (
    <>
      {notice !== null && (
        <AppNotice key={notice.at} text={notice.text} onDismiss={() => setNotice(null)} />
      )}
      {aboutOpen && (
        <AboutDialog version={deskApi()?.version ?? null} onClose={() => setAboutOpen(false)} />
      )}
    </>
  )
}
