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
      'create',
      'export',
      'flush',
      'import',
      'list',
      'open',
      'peers',
    ])
    expect(RPC_METHODS.filter((method) => RPC_CONTRACT[method].mutates).sort()).toEqual([
      'create',
      'import',
    ])
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
