import type { RpcResult } from '../../shared/protocol'

/** The bytes of an export as the host sent them (text, or base64 for a `.dossier` file). */
export const exportBytes = (file: RpcResult<'export'>): Uint8Array<ArrayBuffer> =>
  file.encoding === 'base64'
    ? Uint8Array.from(atob(file.content), (char) => char.charCodeAt(0))
    : new TextEncoder().encode(file.content)

/** Hands an export to the browser as a download under the host's file name. */
export const downloadExport = (file: RpcResult<'export'>): void => {
  const url = URL.createObjectURL(new Blob([exportBytes(file)], { type: file.mediaType }))
  const link = document.createElement('a')
  link.href = url
  link.download = file.filename
  link.rel = 'noopener'
  document.body.append(link)
  link.click()
  link.remove()
  // The click has started the download; the URL can go once the browser has read it.
  setTimeout(() => URL.revokeObjectURL(url), 60_000)
}
