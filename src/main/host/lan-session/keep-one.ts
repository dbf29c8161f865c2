/** Close code for the second connection between two hosts for one dossier: the other is kept. */
export const CLOSE_DUPLICATE = 4409

/**
 * When two hosts dial each other at once they end up with two connections for one dossier. Both
 * must keep the same one without talking about it: the one dialled by the lower device key. Two
 * dialled by the same side (a redial while the old one has not noticed it is dead) keep the new.
 */
export const keepIncoming = (
  localKey: string,
  remoteKey: string,
  existingDialledByLocal: boolean,
  incomingDialledByLocal: boolean,
): boolean => {
  if (existingDialledByLocal === incomingDialledByLocal) return true
  const preferLocal = localKey < remoteKey
  return incomingDialledByLocal === preferLocal
}
