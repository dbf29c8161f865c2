import type { DossierView } from '../dossier'

/** How many decisions of a dossier's whole history are not proven by their signature. */
export interface UntrustedHistory {
  readonly tampered: number
  readonly unsigned: number
}

/**
 * Every decision checked, not only the heads a status rests on: what an import brought in is
 * told whole, as a report's integrity warning is.
 */
export const untrustedHistory = (dossier: DossierView): UntrustedHistory => {
  const { heads, rest } = dossier.decisionsToVerify()
  let tampered = 0
  let unsigned = 0
  for (const decision of [...heads, ...rest]) {
    const verification = dossier.verification(decision)
    if (verification === 'tampered') tampered++
    else if (verification === 'unsigned') unsigned++
  }
  return { tampered, unsigned }
}

const decisions = (count: number): string => (count === 1 ? '1 decision' : `${count} decisions`)

/**
 * What an import says when it brought decisions nobody can stand behind
 * ("Imported, but 2 decisions in it are tampered and 1 is unsigned: …"); null when it brought none.
 */
export const untrustedImportNote = ({ tampered, unsigned }: UntrustedHistory): string | null => {
  if (tampered === 0 && unsigned === 0) return null
  const verb = (count: number) => (count === 1 ? 'is' : 'are')
  const parts: string[] = []
  if (tampered > 0) parts.push(`${decisions(tampered)} in it ${verb(tampered)} tampered`)
  if (unsigned > 0) {
    parts.push(
      tampered > 0
        ? `${unsigned} ${verb(unsigned)} unsigned`
        : `${decisions(unsigned)} in it ${verb(unsigned)} unsigned`,
    )
  }
  const they =
    tampered + unsigned === 1
      ? 'it is kept in the history and decides nothing'
      : 'they are kept in the history and decide nothing'
  return `Imported, but ${parts.join(' and ')}: ${they}.`
}
