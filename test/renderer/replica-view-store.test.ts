import * as Y from 'yjs'
import { describe, expect, it } from 'vitest'
import { Dossier } from '../../src/shared/dossier'
import { createDeviceKey, signerFromKey } from '../../src/shared/identity'
import { ReplicaViewStore, type NotifySchedule } from '../../src/renderer/state/replica-view-store'

const signer = signerFromKey(createDeviceKey('Test editor'))

/** A schedule the test runs by hand, standing in for the next animation frame. */
const byHand = () => {
  const waiting: (() => void)[] = []
  const schedule: NotifySchedule = (notify) => {
    waiting.push(notify)
    return () => waiting.splice(waiting.indexOf(notify), 1)
  }
  const frame = () => waiting.splice(0).forEach((notify) => notify())
  return { schedule, frame, waiting }
}

const dossierWithClaims = (count: number) => {
  const dossier = Dossier.create(new Y.Doc(), { title: 'Store', sourceText: 'Source.' })
  const ids = dossier.addClaims(
    Array.from({ length: count }, (_, at) => ({
      text: `Claim ${at}`,
      attribution: { who: 'Someone' },
      kind: 'other' as const,
    })),
    signer,
  )
  return { dossier, ids }
}

describe('ReplicaViewStore', () => {
  it('tells React once per frame however many changes arrive in it', () => {
    const { dossier, ids } = dossierWithClaims(20)
    const { schedule, frame, waiting } = byHand()
    const store = new ReplicaViewStore(dossier, schedule)
    let told = 0
    store.subscribe(() => (told += 1))
    for (const id of ids) dossier.decide(id, { status: 'disputed', rationale: 'No.' }, signer)
    expect(told).toBe(0)
    expect(waiting).toHaveLength(1)
    // What a component reads in between is already the new state.
    expect(dossier.counts().disputed).toBe(20)
    frame()
    expect(told).toBe(1)
    dossier.decide(ids[0]!, { status: 'confirmed', rationale: 'Yes.' }, signer)
    frame()
    expect(told).toBe(2)
    frame()
    expect(told).toBe(2)
  })

  it('drops its cached meta when the title changes, before the frame', () => {
    const { dossier } = dossierWithClaims(1)
    const { schedule } = byHand()
    const store = new ReplicaViewStore(dossier, schedule)
    expect(store.getMeta().title).toBe('Store')
    dossier.setTitle('Renamed')
    expect(store.getMeta().title).toBe('Renamed')
  })

  it('calls off a waiting notification when disposed', () => {
    const { dossier, ids } = dossierWithClaims(2)
    const { schedule, waiting } = byHand()
    const store = new ReplicaViewStore(dossier, schedule)
    let told = 0
    store.subscribe(() => (told += 1))
    dossier.decide(ids[0]!, { status: 'disputed', rationale: 'No.' }, signer)
    expect(waiting).toHaveLength(1)
    store.dispose()
    expect(waiting).toHaveLength(0)
    expect(told).toBe(0)
  })

  it('works with a schedule that tells at once', () => {
    const { dossier, ids } = dossierWithClaims(3)
    const store = new ReplicaViewStore(dossier, (notify) => {
      notify()
      return () => undefined
    })
    let told = 0
    store.subscribe(() => (told += 1))
    for (const id of ids) dossier.decide(id, { status: 'disputed', rationale: 'No.' }, signer)
    expect(told).toBe(3)
  })
})
