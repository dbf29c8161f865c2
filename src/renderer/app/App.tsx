import { BootScreen } from '../components/BootScreen'
import { StartFailure } from '../components/StartFailure'
import { Desk } from './Desk'
import { useDeskSession } from './use-desk-session'

export const App = () => {
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
      return <Desk session={state.session} />
  }
}
