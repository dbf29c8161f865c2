import { readToHost } from '../../../../src/shared/ipc/utility-host-ipc'
import type { FromHostMessage } from '../../../../src/shared/ipc/utility-host-ipc'

/**
 * A stand-in host in a real child process, speaking the utility-host contract over Node's IPC
 * channel. Its argument says how it behaves: `serve` answers connects; `crash-on-connect` dies
 * (exit 70) at the first connect; `crash-on-start` dies before it is ready; `unavailable` says
 * it cannot open its library.
 */
const mode = process.argv[2] ?? 'serve'
const send = (message: FromHostMessage): void => void process.send?.(message)

if (mode === 'crash-on-start') process.exit(3)

process.on('message', (data: unknown) => {
  const read = readToHost(data)
  if (!read.ok) {
    send({ type: 'event', text: `refused a message: ${read.reason}` })
    return
  }
  const message = read.message
  if (message.type === 'shutdown') {
    send({ type: 'event', text: 'flushed and stopping' })
    process.exit(0)
  }
  if (message.type !== 'connect') {
    send({ type: 'event', text: `ignored ${message.type}` })
    return
  }
  if (mode === 'crash-on-connect') process.exit(70)
  send({ type: 'event', text: `connected to ${message.dossierId ?? 'the library'}` })
})

send(
  mode === 'unavailable' ? { type: 'unavailable', reason: 'no library here' } : { type: 'ready' },
)
