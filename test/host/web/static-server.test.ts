import { mkdtemp, mkdir, rm, symlink, writeFile } from 'node:fs/promises'
import { request } from 'node:http'
import { networkInterfaces, tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  fileForPath,
  startStaticServer,
  type StaticServer,
} from '../../../src/main/host/web/static-server'

interface Reply {
  readonly status: number
  readonly headers: Record<string, string | string[] | undefined>
  readonly body: string
}

/** A raw request: node's client sends the path exactly as given, "/../x" included. */
const get = (
  port: number,
  path: string,
  options: { host?: string; method?: string; address?: string } = {},
): Promise<Reply> =>
  new Promise((resolve, reject) => {
    const req = request(
      {
        host: options.address ?? '127.0.0.1',
        port,
        path,
        method: options.method ?? 'GET',
        headers: { host: options.host ?? `127.0.0.1:${port}` },
      },
      (res) => {
        let body = ''
        res.setEncoding('utf8')
        res.on('data', (chunk: string) => (body += chunk))
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }))
      },
    )
    req.on('error', reject)
    req.end()
  })

describe('static server', () => {
  let base: string
  let root: string
  let server: StaticServer

  beforeAll(async () => {
    base = await mkdtemp(join(tmpdir(), 'desk-static-'))
    root = join(base, 'site')
    await mkdir(join(root, 'assets'), { recursive: true })
    await writeFile(join(root, 'index.html'), '<!doctype html><title>Desk</title>')
    await writeFile(join(root, 'assets', 'app-1.js'), 'console.log(1)')
    await writeFile(join(root, 'assets', 'app-1.css'), 'body{}')
    await writeFile(join(root, 'assets', 'font.woff2'), 'w')
    await writeFile(join(base, 'secret.txt'), 'outside the root')
    await symlink(join(base, 'secret.txt'), join(root, 'escape.txt'))
    server = await startStaticServer({ root })
  })

  afterAll(async () => {
    await server.close()
    await rm(base, { recursive: true, force: true })
  })

  it('serves index.html at / with the security headers', async () => {
    const reply = await get(server.port, '/')
    expect(reply.status).toBe(200)
    expect(reply.body).toContain('<title>Desk</title>')
    expect(reply.headers['content-type']).toBe('text/html; charset=utf-8')
    expect(reply.headers['content-security-policy']).toContain("script-src 'self'")
    expect(reply.headers['content-security-policy']).toContain("default-src 'none'")
    expect(reply.headers['x-content-type-options']).toBe('nosniff')
    expect(server.url).toBe(`http://127.0.0.1:${server.port}/`)
  })

  it('sends the right MIME type for each kind of file', async () => {
    const types = await Promise.all(
      ['/assets/app-1.js', '/assets/app-1.css', '/assets/font.woff2', '/index.html'].map(
        async (path) => (await get(server.port, path)).headers['content-type'],
      ),
    )
    expect(types).toEqual([
      'text/javascript; charset=utf-8',
      'text/css; charset=utf-8',
      'font/woff2',
      'text/html; charset=utf-8',
    ])
  })

  it('answers HEAD without a body', async () => {
    const reply = await get(server.port, '/assets/app-1.js', { method: 'HEAD' })
    expect(reply.status).toBe(200)
    expect(reply.headers['content-length']).toBe('14')
    expect(reply.body).toBe('')
  })

  it('answers 404 for a missing file and 405 for other methods', async () => {
    expect((await get(server.port, '/nothing-here.js')).status).toBe(404)
    expect((await get(server.port, '/assets/')).status).toBe(404)
    expect((await get(server.port, '/', { method: 'POST' })).status).toBe(405)
  })

  it('refuses paths that climb out of the root, however they are spelled', async () => {
    for (const path of [
      '/../package.json',
      '/../secret.txt',
      '/assets/../../secret.txt',
      '/%2e%2e/secret.txt',
      '/%2E%2E%2Fsecret.txt',
      '/assets/%2e%2e/%2e%2e/secret.txt',
      '/..%5csecret.txt',
      '/%00index.html',
      '/%E0%A4%A',
    ]) {
      const reply = await get(server.port, path)
      expect(reply.status, path).toBe(403)
      expect(reply.body, path).not.toContain('outside the root')
    }
  })

  it('does not follow a symlink out of the root', async () => {
    const reply = await get(server.port, '/escape.txt')
    expect(reply.status).toBe(404)
    expect(reply.body).not.toContain('outside the root')
  })

  it('refuses requests addressed to another host name (DNS rebinding)', async () => {
    expect((await get(server.port, '/', { host: 'attacker.example:80' })).status).toBe(421)
    expect((await get(server.port, '/', { host: `localhost:${server.port}` })).status).toBe(200)
  })

  it('listens on 127.0.0.1 only', async () => {
    const others = Object.values(networkInterfaces())
      .flat()
      .filter((info) => info !== undefined && info.family === 'IPv4' && !info.internal)
      .map((info) => info!.address)
    for (const address of others) {
      await expect(get(server.port, '/', { address })).rejects.toThrow(/ECONNREFUSED/)
    }
    // Other loopback addresses reach the machine too, but not a server bound to 127.0.0.1.
    await expect(get(server.port, '/', { address: '127.0.0.2' })).rejects.toThrow(/ECONNREFUSED/)
    await expect(get(server.port, '/', { address: '::1' })).rejects.toThrow(
      /ECONNREFUSED|EADDRNOTAVAIL/,
    )
  })
})

describe('fileForPath', () => {
  it('maps request paths into the root and rejects the rest', () => {
    expect(fileForPath('/srv/site', '/')).toBe('/srv/site/index.html')
    expect(fileForPath('/srv/site', '/a/b.js?v=1#x')).toBe('/srv/site/a/b.js')
    expect(fileForPath('/srv/site', '/a%20b.js')).toBe('/srv/site/a b.js')
    expect(fileForPath('/srv/site', '/../x')).toBeNull()
    expect(fileForPath('/srv/site', '/%2e%2e/x')).toBeNull()
    expect(fileForPath('/srv/site', '/./x')).toBeNull()
    expect(fileForPath('/srv/site', 'x')).toBeNull()
    expect(fileForPath('/srv/site', '/%ZZ')).toBeNull()
  })
})
