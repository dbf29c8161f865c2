import { describe, expect, it } from 'vitest'
import { dossierIdSchema, idSchema, isDossierId, newId } from '../../../src/shared/dossier/ids'
import { LIBRARY_ROOM, roomSchema } from '../../../src/shared/protocol/library-room'

describe('ids', () => {
  it('accepts every id newId makes, and a dossier id only with the m_ prefix', () => {
    for (let i = 0; i < 200; i++) {
      const dossier = newId('m')
      expect(isDossierId(dossier)).toBe(true)
      expect(dossierIdSchema.safeParse(dossier).success).toBe(true)
      const claim = newId('c')
      expect(idSchema.safeParse(claim).success).toBe(true)
      expect(isDossierId(claim)).toBe(false)
    }
  })

  it('never repeats an id, across refills of the random bytes it draws ahead', () => {
    // 512 ids use one draw of random bytes: 3,000 span several refills.
    const ids = Array.from({ length: 3_000 }, () => newId('c'))
    expect(new Set(ids).size).toBe(ids.length)
  })

  it('accepts the ids fixtures and placeholders use (8 to 32 characters)', () => {
    for (const id of ['m_unknown00', 'm_zzzzzzzz', 'm_storetest01', `m_${'a'.repeat(32)}`])
      expect(isDossierId(id)).toBe(true)
  })

  it('refuses what is not safe as a folder name or was never generated', () => {
    const refused = [
      '',
      'm_',
      'm_abc',
      `m_${'a'.repeat(33)}`,
      'M_abcdefgh',
      'm_ABCDEFGH',
      'm_abcd_efgh',
      'm_abcd-efgh',
      'm_abcdefgh/..',
      '../m_abcdefgh',
      'm_abcdefgh\n',
      ' m_abcdefgh',
      'library',
      'x_abcdefgh',
    ]
    for (const id of refused) {
      expect(isDossierId(id), id).toBe(false)
      expect(dossierIdSchema.safeParse(id).success, id).toBe(false)
    }
    for (const value of [null, undefined, 42, {}, ['m_abcdefgh']])
      expect(isDossierId(value)).toBe(false)
  })

  it('lets a connection join a dossier or the library room, nothing else', () => {
    expect(roomSchema.safeParse(LIBRARY_ROOM).success).toBe(true)
    expect(roomSchema.safeParse(newId('m')).success).toBe(true)
    for (const room of ['Library', 'library2', 'c_abcdefgh', '', 'm_x'])
      expect(roomSchema.safeParse(room).success, room).toBe(false)
  })
})
