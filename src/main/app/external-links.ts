/**
 * Links the app may hand to the system browser. Only web pages: a file:, javascript: or custom
 * scheme URL from dossier content (which other replicas write) must never reach the OS.
 */
export const isExternalWebUrl = (raw: string): boolean => {
  try {
    const url = new URL(raw)
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname !== ''
  } catch {
    return false
  }
}
