import { plural } from '../../logic/format'
import type { ImportState } from './library-import'

interface Props {
  readonly state: ImportState
  readonly hrefFor: (dossierId: string) => string
}

/** The last import's outcome: under way, made (with any warning about its history), refused. */
export const ImportStatus = ({ state, hrefFor }: Props) => {
  switch (state.kind) {
    case 'idle':
      return null
    case 'busy':
      return <p role="status">Importing {state.name}…</p>
    case 'done':
      return (
        <div role="status">
          <p className="form-done">
            {state.verb} “{state.dossier.title}” with {plural(state.dossier.claims, 'claim')}.{' '}
            <a href={hrefFor(state.dossier.id)}>Open it</a>
          </p>
          {state.warning !== null && <p className="import-warning">{state.warning}</p>}
        </div>
      )
    case 'failed':
      return (
        <p className="form-error" role="alert">
          {state.message}
        </p>
      )
  }
}
