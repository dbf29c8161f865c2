import { describe, expect, it } from 'vitest'
import { extractClaims } from '../../../src/shared/ingest'
import { parseDigits } from '../../../src/shared/ingest/numbers'

describe('figures in Arabic-Indic and Eastern Arabic-Indic digits', () => {
  it('reads them as the numbers they are, with the Arabic separators', () => {
    expect(parseDigits('١٢')).toEqual({ value: 12, suffix: '' })
    expect(parseDigits('۲۵')).toEqual({ value: 25, suffix: '' })
    expect(parseDigits('١٬٢٠٠')).toEqual({ value: 1200, suffix: '' })
    expect(parseDigits('٣٫٥')).toEqual({ value: 3.5, suffix: '' })
  })

  it('makes a sentence with such a figure a claim candidate, quoting the digits as written', () => {
    const arabic = extractClaims('وقال المتحدث باسم الدفاع المدني إن ١٢ شخصا أصيبوا في الحادث.', {
      language: 'ar',
    })
    expect(arabic).toHaveLength(1)
    expect(arabic[0]!.figures).toEqual([{ value: 12, raw: '١٢' }])
    const persian = extractClaims('گفت ۲۵ نفر زخمی شدند.', { language: 'fa' })
    expect(persian[0]!.figures).toEqual([{ value: 25, raw: '۲۵' }])
  })
})
