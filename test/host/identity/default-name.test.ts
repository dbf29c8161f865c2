import * as os from 'node:os'
import { describe, expect, it } from 'vitest'
import {
  UNNAMED_EDITOR,
  currentAccount,
  defaultEditorName,
  fullNameFromPasswd,
} from '../../../src/main/host/identity/default-name'

const PASSWD = [
  'root:x:0:0:root:/root:/bin/bash',
  'daemon:x:1:1:daemon:/usr/sbin:/usr/sbin/nologin',
  'ana:x:1000:1000:Ana Ruiz,,,:/home/ana:/bin/bash',
  'bo:x:1001:1001::/home/bo:/bin/sh',
].join('\n')

describe('the name of an identity nobody named', () => {
  it('is "Unnamed editor" for root and other system accounts, whatever their full name', () => {
    expect(defaultEditorName({ username: 'root', uid: 0, fullName: 'root' })).toBe(UNNAMED_EDITOR)
    expect(defaultEditorName({ username: 'toor', uid: 0, fullName: null })).toBe(UNNAMED_EDITOR)
    for (const username of ['admin', 'Administrator', 'nobody']) {
      expect(defaultEditorName({ username, uid: -1, fullName: null })).toBe(UNNAMED_EDITOR)
    }
    expect(defaultEditorName(null)).toBe(UNNAMED_EDITOR)
    expect(defaultEditorName({ username: '  ', uid: 1000, fullName: null })).toBe(UNNAMED_EDITOR)
  })

  it('is the account’s full name where the system has one (GECOS)', () => {
    const fullName = fullNameFromPasswd(PASSWD, 'ana')
    expect(fullName).toBe('Ana Ruiz')
    expect(defaultEditorName({ username: 'ana', uid: 1000, fullName })).toBe('Ana Ruiz')
  })

  it('is the login name of a normal user without a full name', () => {
    const fullName = fullNameFromPasswd(PASSWD, 'bo')
    expect(fullName).toBeNull()
    expect(defaultEditorName({ username: 'bo', uid: 1001, fullName })).toBe('bo')
    expect(fullNameFromPasswd(PASSWD, 'nobody-here')).toBeNull()
  })

  it('reads the running account, with its full name from the passwd text given', () => {
    const { username, uid } = os.userInfo()
    expect(currentAccount({}, () => PASSWD)).toEqual({
      username,
      uid,
      fullName: fullNameFromPasswd(PASSWD, username),
    })
  })
})
