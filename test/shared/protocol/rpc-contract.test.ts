import { describe, expect, it } from 'vitest'
import {
  RPC_CONTRACT,
  RPC_METHODS,
  parseRpcMessage,
  presenceSchema,
  readPresence,
} from '../../../src/shared/protocol'

describe('the RPC contract', () => {
  it('names the library methods and the hub’s own', () => {
    expect(RPC_METHODS.sort()).toEqual([
      'compare',
      'create',
      'duplicate',
      'emptyTrash',
      'export',
      'flush',
      'freeze',
      'import',
      'join',
      'keyProtection',
      'list',
      'open',
      'peers',
      'ping',
      'prepareImport',
      'relay',
      'rename',
      'restore',
      'revoke',
      'role',
      'share',
      'sharing',
      'trash',
      'trashList',
      'unshare',
      'version',
      'versions',
    ])
    expect(RPC_METHODS.filter((method) => RPC_CONTRACT[method].mutates).sort()).toEqual([
      'create',
      'duplicate',
      'emptyTrash',
      'freeze',
      'import',
      'join',
      // Readies a worker for an import, which viewers may not make.
      'prepareImport',
      'relay',
      'rename',
      'restore',
      'revoke',
      'role',
      'share',
      'trash',
      'unshare',
    ])
  })

  it('reads LAN params strictly: a key or id prefix, a known role, a bounded expiry', () => {
    const id = 'm_abcdefgh1234'
    expect(RPC_CONTRACT.share.params.parse({ id })).toEqual({ id, role: 'editor' })
    expect(RPC_CONTRACT.share.params.safeParse({ id, role: 'owner' }).success).toBe(false)
    expect(RPC_CONTRACT.share.params.safeParse({ id, expiresInMs: -1 }).success).toBe(false)
    expect(RPC_CONTRACT.revoke.params.safeParse({ id, target: 'ab12' }).success).toBe(true)
    expect(RPC_CONTRACT.revoke.params.safeParse({ id, target: 'ab' }).success).toBe(false)
    expect(RPC_CONTRACT.revoke.params.safeParse({ id, target: '../x' }).success).toBe(false)
    expect(RPC_CONTRACT.role.params.safeParse({ id, member: 'ab12', role: 'viewer' }).success).toBe(
      true,
    )
    expect(RPC_CONTRACT.join.params.safeParse({ link: '' }).success).toBe(false)
  })

  it('checks params strictly', () => {
    const { params } = RPC_CONTRACT.import
    expect(params.safeParse({ kind: 'story', text: 'A story.', format: 'markdown' }).success).toBe(
      true,
    )
    expect(params.safeParse({ kind: 'story', text: 'A story.', format: 'pdf' }).success).toBe(false)
    expect(params.safeParse({ kind: 'story', text: 'A story.', typo: 1 }).success).toBe(false)
    expect(params.safeParse({ kind: 'dossier-file', data: 'AAEC' }).success).toBe(true)
    expect(params.safeParse({ kind: 'dossier-file', data: 'not base64!' }).success).toBe(false)
    expect(
      RPC_CONTRACT.export.params.safeParse({ id: '../../etc/passwd', format: 'md' }).success,
    ).toBe(false)
    expect(
      RPC_CONTRACT.export.params.safeParse({ id: 'm_abcdefgh', format: 'dossier' }).success,
    ).toBe(true)
  })
})

describe('the RPC envelope', () => {
  it('tells requests from responses and refuses the rest', () => {
    expect(parseRpcMessage('{"id":1,"method":"list","params":{}}')).toEqual({
      kind: 'request',
      request: { id: 1, method: 'list', params: {} },
    })
    expect(parseRpcMessage('{"id":1,"result":null}')).toEqual({
      kind: 'response',
      response: { id: 1, result: null },
    })
    expect(parseRpcMessage('{"id":1,"error":{"code":"future-code","message":"m"}}')).toMatchObject({
      kind: 'response',
    })
    for (const bad of [
      '',
      'null',
      '1',
      '{"id":"1","method":"list"}',
      '{"id":1,"method":""}',
      '{"id":1}',
    ]) {
      expect(parseRpcMessage(bad)).toBeNull()
    }
  })
})

describe('presence', () => {
  it('reads our presence and tolerates a bare y-websocket state', () => {
    expect(readPresence({ user: { name: 'Ana' }, dossierId: 'm_1', claimId: null })).toEqual({
      user: { name: 'Ana' },
      dossierId: 'm_1',
      claimId: null,
    })
    expect(readPresence({})).toBeNull()
    expect(presenceSchema.safeParse({ user: { name: 'x'.repeat(201) } }).success).toBe(false)
  })
})
