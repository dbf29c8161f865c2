/** How long a new invite stays usable: the Share panel's choices, as `share` takes them. */
export const EXPIRY_CHOICES = [
  { value: 'never', label: 'No expiry', ms: null },
  { value: '1h', label: '1 hour', ms: 3_600_000 },
  { value: '1d', label: '1 day', ms: 86_400_000 },
  { value: '7d', label: '7 days', ms: 7 * 86_400_000 },
] as const

export type ExpiryChoice = (typeof EXPIRY_CHOICES)[number]['value']

/** The `expiresInMs` for a choice; undefined leaves it out, so the invite lasts until revoked. */
export const expiresInMsOf = (choice: ExpiryChoice): number | undefined =>
  EXPIRY_CHOICES.find((entry) => entry.value === choice)?.ms ?? undefined

export const isExpiryChoice = (value: string): value is ExpiryChoice =>
  EXPIRY_CHOICES.some((entry) => entry.value === value)
