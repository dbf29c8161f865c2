import { PanelDialog } from '../PanelDialog'

interface Props {
  /** The app's version (`desk.version`); null when the page does not know it. */
  readonly version: string | null
  readonly onClose: () => void
}

/**
 * Help ▸ About: the app's name and version, in a modal dialog. Escape or Close shut it and focus
 * goes back where it was.
 */
export const AboutDialog = ({ version, onClose }: Props) => (
  <PanelDialog title="About Verification Desk" className="about-dialog" onClose={onClose}>
    <p className="about-version">{version === null ? 'Version unknown' : `Version ${version}`}</p>
    <p>
      Co-author verification dossiers: a story’s source text, its claims, who made them and what the
      desk has established.
    </p>
    <p className="muted">
      Copyright © 2026 the Verification Desk authors. Built on open-source software (Electron,
      React, Yjs and others), each under its own licence.
    </p>
  </PanelDialog>
)
