import { useId, useState, type FormEvent } from 'react'
import type { SharingWire } from '../../../shared/protocol'
import { RELAY_PROTOCOLS, readRelayUrl } from '../../../shared/relay'
import type { RelayProtocol } from '../../../shared/relay'
import { relayStateText } from '../../logic/relay-words'
import type { SharingRpc } from '../../state/sharing-rpc'
import { FormError } from '../FormError'
import { ConfirmAction } from './ConfirmAction'
import { useAction } from './use-action'
import type { ApplySharing } from './use-sharing'

const PROTOCOL_WORDS: Record<RelayProtocol, string> = {
  'y-websocket': 'y-websocket server',
  hocuspocus: 'Hocuspocus (one instance or a cluster)',
}

const isProtocol = (value: string): value is RelayProtocol =>
  (RELAY_PROTOCOLS as readonly string[]).includes(value)

interface Props {
  readonly relay: SharingWire['relay']
  /** Null for a viewer: the relay is shown, not changed. */
  readonly manage: {
    readonly rpc: SharingRpc
    readonly dossierId: string
    readonly apply: ApplySharing
  } | null
}

/**
 * "Beyond this network": the relay a dossier syncs through for editors who are not on the LAN,
 * its state, and the form that sets it: sealed unless the editor asks for plain, and it says what
 * each means.
 */
export const RelaySection = ({ relay, manage }: Props) => {
  const headingId = useId()
  const urlId = useId()
  const tokenId = useId()
  const plainId = useId()
  const errorId = useId()
  const [url, setUrl] = useState('')
  const [token, setToken] = useState('')
  const [plain, setPlain] = useState(false)
  const [protocol, setProtocol] = useState<RelayProtocol>('y-websocket')
  const protocolId = useId()
  const action = useAction()

  const submit = (event: FormEvent) => {
    event.preventDefault()
    if (manage === null) return
    const read = readRelayUrl(url)
    void action.run(async () => {
      if (!read.ok) throw new Error(read.reason)
      await manage.apply(
        manage.rpc.call('relay', {
          id: manage.dossierId,
          settings: {
            url: read.url,
            protocol,
            mode: plain ? 'plain' : 'sealed',
            ...(token.trim() === '' ? {} : { token: token.trim() }),
          },
        }),
      )
      setToken('')
    })
  }

  return (
    <section aria-labelledby={headingId} className="share-section relay-section">
      <h3 id={headingId}>Beyond this network</h3>
      {relay === null ? (
        <p className="muted">
          Not relayed. Editors elsewhere can sync through a Yjs relay server your desk runs.
        </p>
      ) : (
        <div className="relay-status" role="status">
          <p>
            Relayed through <span className="mono">{relay.url}</span> ({relay.protocol},{' '}
            {relay.mode === 'plain' ? 'the relay can read it' : 'sealed: the relay cannot read it'}
            {relay.hasToken ? ', with a token' : ''}).
          </p>
          <p data-state={relay.state}>{relayStateText(relay)}</p>
          {relay.problem !== null && <p className="form-error">{relay.problem}</p>}
          {manage !== null && (
            <ConfirmAction
              trigger="Stop relaying…"
              question="Stop relaying this dossier from this computer? Editors who sync only through the relay no longer get changes from here. The relay keeps what it has."
              confirm="Stop relaying"
              onConfirm={() =>
                manage.apply(manage.rpc.call('relay', { id: manage.dossierId, settings: null }))
              }
            />
          )}
        </div>
      )}
      {manage !== null && (
        <form
          className="relay-form"
          onSubmit={submit}
          aria-describedby={action.error === null ? undefined : errorId}
          noValidate
        >
          <div className="field">
            <label htmlFor={urlId}>Relay address</label>
            <input
              id={urlId}
              type="url"
              placeholder="wss://relay.example.org"
              value={url}
              onChange={(event) => setUrl(event.target.value)}
            />
          </div>
          <div className="field">
            <label htmlFor={protocolId}>Relay server</label>
            <select
              id={protocolId}
              value={protocol}
              onChange={(event) =>
                isProtocol(event.target.value) && setProtocol(event.target.value)
              }
            >
              {RELAY_PROTOCOLS.map((value) => (
                <option key={value} value={value}>
                  {PROTOCOL_WORDS[value]}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor={tokenId}>Access token (if the relay asks for one)</label>
            <input
              id={tokenId}
              type="password"
              autoComplete="off"
              value={token}
              onChange={(event) => setToken(event.target.value)}
            />
          </div>
          <div className="field field-check">
            <input
              id={plainId}
              type="checkbox"
              checked={plain}
              onChange={(event) => setPlain(event.target.checked)}
            />
            <label htmlFor={plainId}>
              The relay may read this dossier (plain). Unticked, the relay stores only sealed,
              signed envelopes it cannot read (the dossier must be shared on this network first: its
              session seals them); ticked, whoever runs the relay, or breaks into it, can read every
              claim, name and rationale.
            </label>
          </div>
          <button type="submit" disabled={action.busy}>
            {action.busy ? 'Connecting…' : relay === null ? 'Relay this dossier' : 'Change relay'}
          </button>
          <FormError id={errorId} message={action.error} />
        </form>
      )}
    </section>
  )
}
