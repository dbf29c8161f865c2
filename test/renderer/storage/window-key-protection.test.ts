import { describe, expect, it } from 'vitest'
import {
  keyProtectionNoteText,
  windowKeySentence,
} from '../../../src/renderer/storage/window-key-protection'

const SEALED = { kind: 'os-keychain', sealedSecretKey: 'AAAA' } as const
const NO_KEYCHAIN = { kind: 'app-data', problem: null } as const

/** Sentences end with a full stop or a given reason; the note is never more than two. */
const sentences = (text: string): number => text.split(/(?<=\.) (?=[A-Z])/).length

describe('what the identity note says of the key this page signs with', () => {
  it('names where the key is kept, in each case', () => {
    expect(windowKeySentence(SEALED)).toBe('Your signing key is protected by the system keychain.')
    expect(windowKeySentence(NO_KEYCHAIN)).toBe(
      'Your signing key is stored in this app’s data folder, readable by your user account; this system offers no keychain.',
    )
    expect(windowKeySentence({ kind: 'app-data', problem: 'the user refused access' })).toBe(
      'Your signing key is stored in this app’s data folder, readable by your user account; the system keychain could not protect it: the user refused access.',
    )
    expect(windowKeySentence({ kind: 'browser' })).toBe(
      'Your signing key is kept in this browser’s storage for this site.',
    )
    expect(windowKeySentence({ kind: 'not-saved' })).toMatch(/not saved on this device/)
  })

  it('in the desktop app, says it once for both keys when they are kept alike', () => {
    expect(keyProtectionNoteText(SEALED, { kind: 'os-keychain', problem: null })).toBe(
      'Your signing key and this computer’s device key (identity.json) are protected by the system keychain.',
    )
    expect(keyProtectionNoteText(NO_KEYCHAIN, { kind: 'none', problem: null })).toBe(
      'Your signing key and this computer’s device key (identity.json) are stored in this app’s data folder, readable by your user account; this system offers no keychain.',
    )
  })

  it('in the desktop app, one sentence each when they differ, and the window’s alone until the host answers', () => {
    const mixed = keyProtectionNoteText(
      { kind: 'app-data', problem: 'the user refused access' },
      { kind: 'os-keychain', problem: null },
    )
    expect(mixed).toBe(
      'Your signing key is stored in this app’s data folder, readable by your user account; the system keychain could not protect it: the user refused access. This computer’s device key (identity.json) is protected by the system keychain.',
    )
    expect(sentences(keyProtectionNoteText(SEALED, { kind: 'none', problem: null }))).toBe(2)
    expect(keyProtectionNoteText(SEALED, null)).toBe(windowKeySentence(SEALED))
  })

  it('in a browser tab, says nothing of the host’s key (the host may be another computer)', () => {
    expect(keyProtectionNoteText({ kind: 'browser' }, { kind: 'none', problem: null })).toBe(
      'Your signing key is kept in this browser’s storage for this site.',
    )
  })
})
