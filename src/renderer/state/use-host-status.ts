import { useSyncExternalStore } from 'react'
import type { HostStatus } from '../../shared/ipc/host-status'
import { deskApi } from '../platform/shell'
import { hostStatusFeed } from '../platform/host-status-feed'
import type { HostStatusFeed } from '../platform/host-status-feed'

/** This page's feed, listening from the moment the bundle runs (see hostStatusFeed). */
const pageFeed: HostStatusFeed = hostStatusFeed(typeof window === 'undefined' ? null : deskApi())

/** The desktop host's state as main last said it; null in a browser or while all is well. */
export const useHostStatus = (feed: HostStatusFeed = pageFeed): HostStatus | null =>
  useSyncExternalStore(feed.subscribe, feed.current, () => null)
