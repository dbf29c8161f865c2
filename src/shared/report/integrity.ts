import type { Integrity } from './model'

/** Sentences a report leads with when its history cannot be taken at face value. */
export const integrityWarnings = ({ tampered, unsigned, quarantined }: Integrity): string[] => {
  const warnings: string[] = []
  if (tampered > 0)
    warnings.push(
      (tampered === 1
        ? '1 decision has a signature that does not match its content'
        : `${tampered} decisions have signatures that do not match their content`) +
        ': changed after signing, or forged. They are marked "tampered" below.',
    )
  if (unsigned > 0)
    warnings.push(
      unsigned === 1
        ? '1 decision is unsigned: nothing shows who made it.'
        : `${unsigned} decisions are unsigned: nothing shows who made them.`,
    )
  if (quarantined > 0)
    warnings.push(
      quarantined === 1
        ? '1 entry from another copy of this dossier failed validation and is left out of this report.'
        : `${quarantined} entries from other copies of this dossier failed validation and are left out of this report.`,
    )
  return warnings
}
