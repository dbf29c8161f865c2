import { useId } from 'react'
import type { DeskApi } from '../../../shared/ipc/desk-api'
import { deskApi } from '../../platform/shell'

export interface NetworkPermissionWords {
  readonly title: string
  readonly body: readonly string[]
}

/**
 * What the system will ask when this computer first listens on the network (the first invite, or
 * a join), said before it asks, so the question does not come out of nowhere and gets the answer
 * that makes sharing work. Only the desktop app knows its system; in a browser tab the host is
 * `dossier serve`, started from a terminal, and nothing is said.
 */
export const networkPermissionWords = (os: DeskApi['os'] | null): NetworkPermissionWords | null => {
  if (os === 'win32') {
    return {
      title: 'Windows will ask about the network',
      body: [
        'When this computer starts sharing, Windows Defender Firewall asks whether Verification Desk may communicate on networks.',
        'Allow it on private networks (your newsroom or home network) so that editors on this network can join. It is not needed on public networks such as a café’s or an airport’s; leave those unticked.',
        'If it was refused, sharing reaches no other computer: allow Verification Desk in Windows Security, under Firewall & network protection, “Allow an app through firewall”.',
      ],
    }
  }
  if (os === 'darwin') {
    return {
      title: 'macOS will ask about the local network',
      body: [
        'When this computer starts sharing, macOS asks whether Verification Desk may find and connect to devices on your local network.',
        'Allow it so that editors on this network can join.',
        'If it was refused, turn Verification Desk on in System Settings, under Privacy & Security, Local Network.',
      ],
    }
  }
  return null
}

/** The note itself, in the Share panel before the first invite. */
export const NetworkPermissionNote = ({
  os = deskApi()?.os ?? null,
}: {
  readonly os?: DeskApi['os'] | null
}) => {
  const titleId = useId()
  const words = networkPermissionWords(os)
  if (words === null) return null
  return (
    <div
      className="banner banner-info network-permission-note"
      role="note"
      aria-labelledby={titleId}
    >
      <strong id={titleId}>{words.title}</strong>
      {words.body.map((line) => (
        <p key={line}>{line}</p>
      ))}
    </div>
  )
}
