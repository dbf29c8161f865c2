import { Library } from '../../host/library/library'
import { loadServeAddress, saveServeAddress } from '../../host/serve/serve-address'
import { formatLanAddress } from '../../../shared/lan'
import { CliError, usageError } from '../cli-error'
import { print, stringFlag } from '../command'
import type { Command } from '../command'
import { ensureRendererBuilt } from '../renderer-bundle'

export const serveCommand: Command = {
  name: 'serve',
  summary: 'run a headless host: the web app and sync for every replica, on 127.0.0.1',
  usage: 'dossier serve [--port N] [--new-token] [--sample] [--lan-listen ADDR[:PORT]]',
  help: `Runs the dossier host in this terminal until Ctrl+C. It owns the library folder, serves the
web app, and syncs every replica (browser tabs, the desktop app, tools) over WebSocket on
127.0.0.1 only. It prints the address to open: it carries a secret token, and a replica without
it is refused. The token and the port are kept in the library (readable by you only), so the
address, a bookmark of it and every tab left open keep working when the host restarts. Every
change is on disk before the host acknowledges it.

Options:
  --port N    listen on port N (default: the port of the last run when it is free, else any)
  --new-token make a new token: addresses and tabs with the old one are refused from now on
  --sample    add the built-in sample dossier if the library has no dossiers yet
  --lan-listen ADDR[:PORT]
              where the LAN endpoint listens once a dossier is shared (\`dossier share\`):
              default every IPv4 interface (0.0.0.0), any free port; also $DOSSIER_LAN_LISTEN`,
  options: {
    port: { type: 'string' },
    sample: { type: 'boolean' },
    'new-token': { type: 'boolean' },
    'lan-listen': { type: 'string' },
  },
  async run(context) {
    if (context.positionals.length > 0)
      throw usageError(`unexpected argument "${context.positionals[0]}"`, 'serve')
    const portFlag = stringFlag(context, 'port')
    const port = portFlag === undefined ? 0 : Number(portFlag)
    // Digits only: Number() would also take '', ' 80', '1e3' and '0x50'.
    if (portFlag !== undefined && (!/^\d+$/.test(portFlag) || port > 65535)) {
      throw usageError(`--port must be a number from 0 to 65535, not "${portFlag}"`, 'serve')
    }
    // The server, its LAN and relay code and their packages are loaded by `serve` alone: every
    // other command would pay for them at start (docs/benchmarks.md, "Import").
    const { startDeskServer } = await import('../../host/serve/desk-server')
    const { parseLanListen } = await import('../../host/lan-session')
    const lanText = stringFlag(context, 'lan-listen') ?? context.io.env.DOSSIER_LAN_LISTEN
    const lanListen = lanText === undefined ? undefined : parseLanListen(lanText)
    if (lanListen === null)
      throw usageError(
        `--lan-listen must be an IP address with an optional port (127.0.0.1:0, [::1]:4000), not "${lanText}"`,
        'serve',
      )
    const log = (line: string) => print(context.io, line)
    const warn = (line: string) => context.io.stderr.write(`warning: ${line}\n`)
    const rendererDir = await ensureRendererBuilt(log)
    const library = await Library.open(context.dataDir, {
      onRecovery: (lines) => lines.forEach(warn),
    })
    let server
    try {
      if (context.values.sample === true && (await library.ids()).length === 0) {
        log(`Added the sample dossier ${await library.createSample()}`)
      }
      const rotate = context.values['new-token'] === true
      const { address, created } = await loadServeAddress(library.dir, { rotate })
      if (rotate) log('Made a new token: addresses with the old one no longer open this library.')
      const start = (listenPort: number) =>
        startDeskServer({
          library,
          rendererDir,
          port: listenPort,
          token: address.token,
          ...(lanListen === undefined ? {} : { lanListen }),
          onEvent: (event) => {
            if (event.type === 'persist-failed')
              warn(
                `could not save a change to ${event.dossierId}: ${(event.error as Error).message}`,
              )
            if (event.type === 'open-failed')
              warn(`could not open ${event.dossierId}: ${(event.error as Error).message}`)
            // The replica was only told "internal"; the reason is for whoever runs the host.
            if (event.type === 'rpc-failed')
              warn(`${event.method} failed: ${(event.error as Error).message}`)
          },
          onError: (error) => warn((error as Error).message),
        })
      const lastPort = portFlag === undefined ? address.port : null
      try {
        server = await start(lastPort ?? port)
      } catch (error) {
        if (lastPort === null || (error as NodeJS.ErrnoException).code !== 'EADDRINUSE') throw error
        server = await start(0)
        warn(
          `port ${lastPort}, where this library was served last, is in use: the address has changed, open the new one below`,
        )
      }
      if (server.port !== address.port)
        await saveServeAddress(library.dir, { ...address, port: server.port })
      else if (!created && !rotate)
        log('The address is the same as last time: open tabs reconnect by themselves.')
    } catch (error) {
      await library.close().catch(() => undefined)
      if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE') {
        throw new CliError(`port ${port} is in use; choose another with --port, or leave it out`)
      }
      throw error
    }
    // Listening for Ctrl+C before the address is out: a stop right after it still saves and closes.
    const stopped = waitForSignal(context.io.signal)
    log(`Verification Desk is serving ${library.dir}`)
    log(`Open ${server.url}`)
    const lan = server.lan.advertised()
    if (lan.length > 0)
      log(
        `Sharing on the LAN at ${lan.map(formatLanAddress).join(', ')} (see \`dossier peers ID\`)`,
      )
    log('Press Ctrl+C to stop.')
    await stopped
    log('Stopping: saving every dossier…')
    await server.close()
    await library.close()
    log('Stopped.')
  },
}

/** Resolves on SIGINT or SIGTERM (or when the caller aborts, in tests). */
const waitForSignal = (signal: AbortSignal | undefined): Promise<void> =>
  new Promise((resolve) => {
    const done = () => {
      process.off('SIGINT', done)
      process.off('SIGTERM', done)
      signal?.removeEventListener('abort', done)
      resolve()
    }
    process.on('SIGINT', done)
    process.on('SIGTERM', done)
    signal?.addEventListener('abort', done)
  })
