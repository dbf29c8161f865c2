import { createServer } from 'node:http'
import type { RequestListener, Server } from 'node:http'
import { DEFAULT_HOST_LIMITS } from '../host-limits'
import type { HttpLimits } from '../host-limits'

/**
 * An HTTP server that cuts slow and half-open requests (slow loris) and caps its sockets, so
 * that no client can hold every socket or file descriptor while honest requests wait. Requests
 * need no token, so these limits are the only thing between a stranger and the host's sockets.
 */
export const createLimitedServer = (
  listener: RequestListener,
  limits: HttpLimits = DEFAULT_HOST_LIMITS.http,
): Server => {
  const server = createServer(
    {
      headersTimeout: limits.headersTimeoutMs,
      requestTimeout: limits.requestTimeoutMs,
      keepAliveTimeout: limits.keepAliveTimeoutMs,
      connectionsCheckingInterval: limits.checkIntervalMs,
      maxHeaderSize: limits.maxHeaderBytes,
    },
    listener,
  )
  server.maxHeadersCount = limits.maxHeadersCount
  server.maxConnections = limits.maxSockets
  // With no 'timeout' listener Node destroys the socket. ws clears the timeout on upgrade, so a
  // quiet WebSocket stays; a quiet HTTP socket (never a whole request) goes.
  server.setTimeout(limits.idleSocketMs)
  return server
}
