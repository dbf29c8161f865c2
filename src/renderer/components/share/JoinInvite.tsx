import { useEffect, useId, useRef, useState, type FormEvent } from 'react'
import { checkJoinLink } from '../../logic/join-link'
import { useSharingRpc } from '../../state/sharing-rpc'
import { describeError } from '../../storage/storage-error'
import { showAppNotice, useAppCommand } from '../../app/app-command-bus'

type JoinState =
  | { readonly kind: 'idle' }
  | { readonly kind: 'joining'; readonly progress: string }
  | { readonly kind: 'failed'; readonly message: string }

interface Props {
  /** Where a joined dossier opens. */
  readonly hrefFor: (dossierId: string) => string
}

/**
 * "Join with an invite…" on the library screen: a pasted link brings the shared dossier into
 * this library and opens it. A join that fails says why in the host's words (which addresses it
 * tried) and keeps the link in the field, to try again.
 */
export const JoinInvite = ({ hrefFor }: Props) => {
  const rpc = useSharingRpc()
  const [open, setOpen] = useState(false)
  const [link, setLink] = useState('')
  const [state, setState] = useState<JoinState>({ kind: 'idle' })
  const headingId = useId()
  const fieldId = useId()
  const hintId = useId()
  const errorId = useId()
  const opener = useRef<HTMLButtonElement>(null)
  const field = useRef<HTMLInputElement>(null)
  const wasOpen = useRef(false)

  // A `verification-desk://join/…` link the system opened the desktop app with: the form, filled
  // in, waits for the editor's Join (joining reaches out over the network).
  useAppCommand(
    'join-invite',
    rpc === null
      ? null
      : (command) => {
          if (state.kind === 'joining')
            return showAppNotice('A join is under way: open the new link again once it is done.')
          setLink(command.link)
          setState({ kind: 'idle' })
          setOpen(true)
          field.current?.focus()
        },
  )

  useEffect(() => {
    if (open) field.current?.focus()
    else if (wasOpen.current) opener.current?.focus()
    wasOpen.current = open
  }, [open])

  if (rpc === null) return null

  const join = async (event: FormEvent) => {
    event.preventDefault()
    if (state.kind === 'joining') return
    const checked = checkJoinLink(link)
    if (!checked.ok) return setState({ kind: 'failed', message: checked.message })
    setState({ kind: 'joining', progress: checked.progress })
    try {
      const { dossier } = await rpc.call('join', { link: checked.link })
      setState({ kind: 'idle' })
      window.location.assign(hrefFor(dossier.id))
    } catch (error) {
      setState({ kind: 'failed', message: `Could not join: ${describeError(error)}` })
    }
  }

  const close = () => {
    if (state.kind === 'joining') return
    setOpen(false)
    setState({ kind: 'idle' })
  }

  if (!open) {
    return (
      <section className="join-invite">
        <button ref={opener} type="button" className="secondary" onClick={() => setOpen(true)}>
          Join with an invite…
        </button>
      </section>
    )
  }
  return (
    <section
      className="join-invite join-invite-open"
      aria-labelledby={headingId}
      onKeyDown={(event) => {
        if (event.key === 'Escape') close()
      }}
    >
      <h2 id={headingId}>Join a shared dossier</h2>
      <form onSubmit={(event) => void join(event)}>
        <label htmlFor={fieldId}>Invite link</label>
        <input
          id={fieldId}
          ref={field}
          className="mono"
          value={link}
          onChange={(event) => setLink(event.target.value)}
          readOnly={state.kind === 'joining'}
          placeholder="verification-desk://join/…"
          spellCheck={false}
          autoComplete="off"
          aria-invalid={state.kind === 'failed'}
          aria-describedby={state.kind === 'failed' ? `${errorId} ${hintId}` : hintId}
        />
        <p id={hintId} className="muted">
          Paste the link someone sent you. The dossier comes into this library and stays in step
          with theirs: on this network, or through the relay the link names.
        </p>
        <div className="join-buttons">
          <button type="submit" disabled={state.kind === 'joining'}>
            {state.kind === 'joining' ? 'Joining…' : 'Join'}
          </button>
          <button
            type="button"
            className="secondary"
            disabled={state.kind === 'joining'}
            onClick={close}
          >
            Cancel
          </button>
        </div>
        {state.kind === 'joining' && <p role="status">{state.progress}</p>}
        {state.kind === 'failed' && (
          <p id={errorId} className="form-error" role="alert">
            {state.message}
          </p>
        )}
      </form>
    </section>
  )
}
