/**
 * How this device's key (`identity.json`: it signs imports and is the device's key on the LAN)
 * is kept on disk, in the words the app and the host use.
 * 'os-keychain': sealed by the operating system's keychain (Electron's safeStorage: the macOS
 * Keychain, Windows DPAPI, or a Linux secret service such as GNOME Keyring or KWallet).
 * 'none': a file only the user's account can read (mode 0600), and nothing more.
 */
export type KeyProtectionKind = 'os-keychain' | 'none'

export const KEY_PROTECTION_KINDS = [
  'os-keychain',
  'none',
] as const satisfies readonly KeyProtectionKind[]

/**
 * The plain sentence for each state. `problem`: why a keychain the system offers did not take
 * the key (then "offers no keychain" would be untrue), or why it cannot be opened.
 */
export const keyProtectionSentence = (
  kind: KeyProtectionKind,
  problem: string | null = null,
): string => {
  const subject = 'This computer’s device key (identity.json)'
  if (kind === 'os-keychain') {
    const sealed = `${subject} is protected by the system keychain.`
    return problem === null ? sealed : `${sealed} It cannot be used here: ${problem}`
  }
  return problem === null
    ? `${subject} is stored in a file only your user account can read; this system offers no keychain.`
    : `${subject} is stored in a file only your user account can read; the system keychain could not protect it: ${problem}`
}
