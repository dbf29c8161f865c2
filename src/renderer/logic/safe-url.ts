/**
 * Evidence URLs come from other replicas. Only http(s) links become clickable; anything else
 * (javascript:, file:, data:) is shown as text.
 */
export const webUrl = (raw: string | undefined): string | null => {
  if (raw === undefined) return null
  try {
    const url = new URL(raw)
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : null
  } catch {
    return null
  }
}
