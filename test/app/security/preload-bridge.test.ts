import { readFileSync } from 'node:fs'
import ts from 'typescript'
import { beforeAll, describe, expect, it, vi } from 'vitest'
import { IPC_APP_COMMAND } from '../../../src/shared/ipc/app-command-channel'
import type { DeskApi, HostPortRequest } from '../../../src/shared/ipc/desk-api'
import { IPC_CONNECT, IPC_HOST_STOPPED, IPC_PORT } from '../../../src/shared/ipc/host-port-ipc'
import { IPC_HOST_STATUS } from '../../../src/shared/ipc/host-status-channel'
import {
  IPC_KEYCHAIN_OPEN,
  IPC_KEYCHAIN_SEAL,
  IPC_KEYCHAIN_STATE,
} from '../../../src/shared/ipc/keychain-channel'

const PRELOAD = 'src/preload/index.ts'

/**
 * Electron cannot run here, so the preload runs against a stand-in for the two modules it takes
 * from 'electron': it records what is exposed and lets the test emit IPC messages with an event
 * object, as Electron does, to see what reaches the page.
 */
type Handler = (event: unknown, ...args: unknown[]) => void
const electron = vi.hoisted(() => {
  const handlers = new Map<string, Set<Handler>>()
  const exposed = new Map<string, unknown>()
  const invoked: unknown[][] = []
  const ipcRenderer = {
    on: (channel: string, handler: Handler) => {
      const set = handlers.get(channel) ?? new Set()
      set.add(handler)
      handlers.set(channel, set)
      return ipcRenderer
    },
    off: (channel: string, handler: Handler) => {
      handlers.get(channel)?.delete(handler)
      return ipcRenderer
    },
    invoke: (...args: unknown[]) => {
      invoked.push(args)
      return Promise.resolve({ ok: true })
    },
  }
  const contextBridge = {
    exposeInMainWorld: (key: string, value: unknown) => void exposed.set(key, value),
  }
  return { handlers, exposed, invoked, ipcRenderer, contextBridge }
})
vi.mock('electron', () => ({
  ipcRenderer: electron.ipcRenderer,
  contextBridge: electron.contextBridge,
}))

/** What Electron's IpcRendererEvent carries: the sender (ipcRenderer itself) and ports. */
const emit = (channel: string, payload?: unknown, ports: unknown[] = []): void => {
  const event = { sender: electron.ipcRenderer, senderId: 0, ports }
  for (const handler of electron.handlers.get(channel) ?? []) handler(event, payload)
}

const posted: unknown[][] = []
let desk: DeskApi

beforeAll(async () => {
  vi.stubGlobal('__DESK_VERSION__', '0.0.0-test')
  vi.stubGlobal('postMessage', (...args: unknown[]) => void posted.push(args))
  await import('../../../src/preload/index')
  desk = electron.exposed.get('desk') as DeskApi
})

/** Every value reachable from `root` through properties (functions' own properties too). */
const reachable = (root: unknown): unknown[] => {
  const seen = new Set<unknown>()
  const walk = (value: unknown): void => {
    if ((typeof value !== 'object' && typeof value !== 'function') || value === null) return
    if (seen.has(value)) return
    seen.add(value)
    for (const key of Reflect.ownKeys(value)) {
      const descriptor = Object.getOwnPropertyDescriptor(value, key)
      if (descriptor !== undefined && 'value' in descriptor) walk(descriptor.value)
    }
  }
  walk(root)
  return [...seen]
}

describe('the preload’s bridge, run', () => {
  it('exposes one frozen object, `desk`, and never ipcRenderer', () => {
    expect([...electron.exposed.keys()]).toEqual(['desk'])
    expect(Object.isFrozen(desk)).toBe(true)
    expect(reachable(desk)).not.toContain(electron.ipcRenderer)
    expect(Object.keys(desk).sort()).toEqual(
      [
        'connect',
        'keychain',
        'onCommand',
        'onHostStatus',
        'onHostStopped',
        'os',
        'platform',
        'version',
      ].sort(),
    )
    expect(Object.isFrozen(desk.keychain)).toBe(true)
    expect(Object.keys(desk.keychain ?? {}).sort()).toEqual(['open', 'seal', 'state'])
  })

  it('gives listeners the payload only, never the event (it carries `sender`)', () => {
    const received: unknown[][] = []
    const stopStatus = desk.onHostStatus((...args: unknown[]) => void received.push(args))
    const stopCommand = desk.onCommand((...args: unknown[]) => void received.push(args))
    const stopStopped = desk.onHostStopped((...args: unknown[]) => void received.push(args))
    emit(IPC_HOST_STATUS, { state: 'running' })
    emit(IPC_APP_COMMAND, { type: 'find' })
    emit(IPC_HOST_STOPPED)
    expect(received).toEqual([[{ state: 'running' }], [{ type: 'find' }], []])

    // Unsubscribing hands nothing back either, and the listener hears no more.
    expect([stopStatus(), stopCommand(), stopStopped()]).toEqual([undefined, undefined, undefined])
    emit(IPC_HOST_STATUS, { state: 'running' })
    expect(received).toHaveLength(3)
  })

  it('sends main only the request’s two fields, as strings', async () => {
    const request = { requestId: 'r-1', dossierId: null, sender: electron.ipcRenderer }
    await expect(desk.connect(request as HostPortRequest)).resolves.toEqual({ ok: true })
    expect(electron.invoked.at(-1)).toEqual([IPC_CONNECT, { requestId: 'r-1', dossierId: null }])
  })

  it('sends the keychain only strings, and gives the page main’s value or its words', async () => {
    const keychain = desk.keychain!
    // The stand-in answers every invoke with { ok: true }: no value, so the page gets a rejection.
    await expect(keychain.seal({ toString: () => 'ab'.repeat(32) } as string)).rejects.toThrow(
      /an answer it does not understand/,
    )
    expect(electron.invoked.at(-1)).toEqual([IPC_KEYCHAIN_SEAL, 'ab'.repeat(32)])
    await expect(keychain.open('AAAA')).rejects.toThrow(/an answer it does not understand/)
    expect(electron.invoked.at(-1)).toEqual([IPC_KEYCHAIN_OPEN, 'AAAA'])
    await expect(keychain.state()).resolves.toEqual({ available: false })
    expect(electron.invoked.at(-1)).toEqual([IPC_KEYCHAIN_STATE])
  })

  it('passes a host port to the page with its request id, not the event', () => {
    const port = { kind: 'a MessagePort' }
    emit(IPC_PORT, { requestId: 'r-1' }, [port])
    expect(posted.at(-1)).toEqual([{ type: 'vdesk:host-port', requestId: 'r-1' }, '*', [port]])
    // A message without a port or an id is dropped.
    const before = posted.length
    emit(IPC_PORT, { requestId: 'r-2' }, [])
    emit(IPC_PORT, { requestId: 7 }, [port])
    expect(posted).toHaveLength(before)
  })
})

describe('the preload’s source', () => {
  const source = ts.createSourceFile(
    PRELOAD,
    readFileSync(PRELOAD, 'utf8'),
    ts.ScriptTarget.Latest,
    true,
  )
  const nodes: ts.Node[] = []
  const collect = (node: ts.Node): void => {
    nodes.push(node)
    node.forEachChild(collect)
  }
  collect(source)

  it('uses ipcRenderer only to call on, off and invoke: it is never a value that could escape', () => {
    const uses = nodes.filter(
      (node): node is ts.Identifier =>
        ts.isIdentifier(node) && node.text === 'ipcRenderer' && !ts.isImportSpecifier(node.parent),
    )
    expect(uses.length).toBeGreaterThan(0)
    for (const use of uses) {
      const access = use.parent
      const where = `line ${source.getLineAndCharacterOfPosition(use.getStart()).line + 1}`
      expect(ts.isPropertyAccessExpression(access) && access.expression === use, where).toBe(true)
      if (!ts.isPropertyAccessExpression(access)) continue
      expect(['on', 'off', 'invoke'], where).toContain(access.name.text)
      expect(ts.isCallExpression(access.parent) && access.parent.expression === access, where).toBe(
        true,
      )
    }
  })

  it('exposes exactly one object, under `desk`', () => {
    const exposures = nodes.filter(
      (node): node is ts.CallExpression =>
        ts.isCallExpression(node) && node.expression.getText(source).endsWith('exposeInMainWorld'),
    )
    expect(exposures).toHaveLength(1)
    expect(exposures[0]!.arguments.map((argument) => argument.getText(source))).toEqual([
      "'desk'",
      'api',
    ])
  })
})
