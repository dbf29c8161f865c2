import { BootScreen } from '../components/BootScreen'
import { StartFailure } from '../components/StartFailure'
import { Desk } from './Desk'
import { useDeskSession } from './use-desk-session'

/** The desk on its own: the built-in sample in this browser's storage, no host. */
export const LocalApp = () => {
  const { state, retry, workInMemory } = useDeskSession()
  switch (state.kind) {
    case 'starting':
      return <BootScreen />
    case 'failed':
      return (
        <StartFailure
          message={state.message}
          onRetry={retry}
          onWorkInMemory={state.canWorkInMemory ? workInMemory : null}
        />
      )
    case 'ready':
      return (
        <Desk
          store={state.session.store}
          identity={state.session.identity}
          identityStore={state.session.identityStore}
          persistent={state.session.replica.persistent}
        />
      )
  }
}
