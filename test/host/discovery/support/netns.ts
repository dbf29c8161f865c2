import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { createInterface } from 'node:readline'
import { fileURLToPath } from 'node:url'

/**
 * Two network namespaces joined by a veth pair, made by the test and only for it: multicast
 * never touches the machine's real interfaces. Needs root and `ip netns`.
 */
export interface NetnsPair {
  namespaces: [string, string]
  links: [string, string]
  addresses: [string, string]
  remove(): void
}

const run = (args: string[]): void => {
  const result = spawnSync('ip', args, { stdio: 'pipe', encoding: 'utf8' })
  if (result.status !== 0) throw new Error(`ip ${args.join(' ')}: ${result.stderr || result.error}`)
}

export const canCreateNamespaces = (): boolean => {
  if (process.getuid?.() !== 0) return false
  const probe = `vdprobe${process.pid}`
  try {
    run(['netns', 'add', probe])
    run(['netns', 'del', probe])
    return spawnSync('unshare', ['--uts', 'true']).status === 0
  } catch {
    return false
  }
}

/** Names carry the pid so concurrent runs never collide; 10.231.0.0/16 exists only in here. */
export const createNetnsPair = (): NetnsPair => {
  const id = process.pid
  const namespaces: [string, string] = [`vdtest-a-${id}`, `vdtest-b-${id}`]
  const links: [string, string] = [`vdta${id}`, `vdtb${id}`]
  const subnet = `10.231.${id % 250}`
  const addresses: [string, string] = [`${subnet}.1`, `${subnet}.2`]
  const remove = () => {
    for (const ns of namespaces) spawnSync('ip', ['netns', 'del', ns], { stdio: 'pipe' })
  }
  try {
    for (const ns of namespaces) run(['netns', 'add', ns])
    run(['link', 'add', links[0], 'type', 'veth', 'peer', 'name', links[1]])
    for (const side of [0, 1] as const) {
      const ns = namespaces[side]
      const link = links[side]
      run(['link', 'set', link, 'netns', ns])
      run(['-n', ns, 'addr', 'add', `${addresses[side]}/24`, 'dev', link])
      run(['-n', ns, 'link', 'set', 'lo', 'up'])
      run(['-n', ns, 'link', 'set', link, 'up'])
      run(['-n', ns, 'route', 'add', '224.0.0.0/4', 'dev', link])
    }
  } catch (error) {
    remove()
    throw error
  }
  return { namespaces, links, addresses, remove }
}

const script = fileURLToPath(new URL('./discovery-node.ts', import.meta.url))
const root = fileURLToPath(new URL('../../../../', import.meta.url))

export interface MemberEvent {
  type: string
  [key: string]: unknown
}

/** A discovery-node.ts process in `namespace`, with its own UTS namespace and host name. */
export interface Member {
  child: ChildProcess
  events: MemberEvent[]
  stderr: string[]
  exited: Promise<void>
}

export const startMember = (
  namespace: string,
  options: { hostname: string; port: number; interfacePrefix: string },
): Member => {
  const command = `hostname "$1" && exec node --import tsx "$2" "$3" "$4"`
  const child = spawn(
    'ip',
    [
      'netns',
      'exec',
      namespace,
      'unshare',
      '--uts',
      'sh',
      '-c',
      command,
      'sh',
      options.hostname,
      script,
      String(options.port),
      options.interfacePrefix,
    ],
    { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] },
  )
  const events: MemberEvent[] = []
  const stderr: string[] = []
  createInterface({ input: child.stdout! }).on('line', (line) => {
    try {
      events.push(JSON.parse(line) as MemberEvent)
    } catch {
      stderr.push(line)
    }
  })
  child.stderr!.on('data', (chunk: Buffer) => stderr.push(chunk.toString()))
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  return { child, events, stderr, exited }
}

/** SIGTERM (discovery says goodbye), then SIGKILL if it has not exited after `graceMs`. */
export const stopMember = async (member: Member, graceMs = 5000): Promise<void> => {
  if (member.child.exitCode !== null || member.child.signalCode !== null) return
  member.child.kill('SIGTERM')
  const timer = setTimeout(() => member.child.kill('SIGKILL'), graceMs)
  await member.exited
  clearTimeout(timer)
}
