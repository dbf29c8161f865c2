import { useEffect, useId, useRef, useState } from 'react'
import { plural } from '../../logic/format'
import type { SharingRpc } from '../../state/sharing-rpc'
import { ConfirmAction } from './ConfirmAction'
import { InviteForm } from './InviteForm'
import { InviteLink } from './InviteLink'
import { InviteList } from './InviteList'
import { MemberList } from './MemberList'
import { NetworkPermissionNote } from './NetworkPermissionNote'
import { RelaySection } from './RelaySection'
import { useSharing } from './use-sharing'

interface Props {
  readonly rpc: SharingRpc
  readonly dossierId: string
  readonly title: string
  readonly onClose: () => void
}

/**
 * The dossier's LAN session: invite someone, see who is in, manage them, stop sharing. A modal
 * dialog: focus stays inside, Escape closes it, and the opener gets focus back (ShareButton).
 */
export const SharePanel = ({ rpc, dossierId, title, onClose }: Props) => {
  const dialog = useRef<HTMLDialogElement>(null)
  const headingId = useId()
  const membersId = useId()
  const invitesId = useId()
  const inviteId = useId()
  const { sharing, refreshError, readOnly, apply } = useSharing(rpc, dossierId)
  const [shownInvite, setShownInvite] = useState<string | null>(null)

  useEffect(() => {
    const element = dialog.current
    if (element !== null && !element.open) element.showModal()
  }, [])

  const invite = sharing?.invites.find(
    (entry) => entry.id === shownInvite && entry.state === 'open',
  )
  const manage = readOnly === false ? { rpc, dossierId, apply } : null

  return (
    <dialog ref={dialog} className="share-panel" aria-labelledby={headingId} onClose={onClose}>
      <header className="share-panel-header">
        <h2 id={headingId}>Share “{title}”</h2>
        <button type="button" className="secondary" onClick={() => dialog.current?.close()}>
          Close
        </button>
      </header>
      <p className="muted">
        People on the same local network edit this dossier together, from computer to computer, with
        no server in between; editors elsewhere can sync through a relay (below).
      </p>
      {sharing?.problem != null && (
        <div className="banner banner-warning" role="alert">
          <strong>Sharing does not work right now:</strong> {sharing.problem.replace(/\.$/, '')}.
          Check that this computer is connected to the network and that no firewall blocks the app,
          then close and reopen this panel.
        </div>
      )}
      {refreshError !== null && (
        <p className="form-error" role="alert">
          The host did not answer: {refreshError}. What is shown may be out of date.
        </p>
      )}
      {sharing === null ? (
        <p className="muted" role="status">
          Asking the host…
        </p>
      ) : (
        <>
          {manage !== null && (
            <section aria-labelledby={inviteId} className="share-section">
              <h3 id={inviteId}>Invite someone</h3>
              {!sharing.shared && (
                <p className="muted">
                  This dossier is not shared yet: the first invite starts sharing it.
                </p>
              )}
              {sharing.listening.length === 0 && <NetworkPermissionNote />}
              <InviteForm
                rpc={rpc}
                dossierId={dossierId}
                apply={apply}
                onCreated={setShownInvite}
              />
              {invite !== undefined && <InviteLink invite={invite} listening={sharing.listening} />}
            </section>
          )}
          <section aria-labelledby={membersId} className="share-section">
            <h3 id={membersId}>In this session</h3>
            {sharing.members.length === 0 ? (
              <p className="muted">Nobody yet.</p>
            ) : (
              <MemberList members={sharing.members} manage={manage} />
            )}
            {readOnly === true && (
              <p className="muted">
                You are a viewer here: only editors invite people or change who is in.
              </p>
            )}
          </section>
          {manage !== null && sharing.invites.length > 0 && (
            <section aria-labelledby={invitesId} className="share-section">
              <h3 id={invitesId}>Invites</h3>
              <InviteList
                invites={sharing.invites}
                rpc={rpc}
                dossierId={dossierId}
                apply={apply}
                onShow={setShownInvite}
              />
            </section>
          )}
          <RelaySection relay={sharing.relay} manage={manage} />
          {manage !== null && sharing.shared && (
            <section className="share-section share-stop">
              <ConfirmAction
                trigger="Stop sharing…"
                question={`Stop sharing this dossier? This computer stops serving it on the network: ${plural(sharing.members.filter((member) => !member.you).length, 'member')} can no longer sync with it, and open invites stop working. Everyone keeps the copy they have.`}
                confirm="Stop sharing"
                onConfirm={() => apply(rpc.call('unshare', { id: dossierId }))}
              />
            </section>
          )}
        </>
      )}
    </dialog>
  )
}
