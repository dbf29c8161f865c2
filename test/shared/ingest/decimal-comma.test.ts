import { describe, expect, it } from 'vitest'
import { parseDigits } from '../../../src/shared/ingest/numbers'
import { english, french, withText } from './invented-sentences'

/**
 * A decimal comma, as French writes it ("58,4 %", "6,40 mètres"), is a figure, so a sentence
 * that gives one is a claim and a correction of it links; a revision by its verb that also names
 * the figure it corrects ("lowered to 6.12 metres, not 6.40") points at the claim that stated
 * that figure. Every name and number is invented.
 */
describe('a decimal comma', () => {
  it('reads one or two digits, or four and more, after the comma as decimals', () => {
    expect(parseDigits('58,4')?.value).toBe(58.4)
    expect(parseDigits('6,40')?.value).toBe(6.4)
    expect(parseDigits('3,1416')?.value).toBe(3.1416)
    // Three digits stay a thousands group, as English writes them.
    expect(parseDigits('1,500')?.value).toBe(1500)
    expect(parseDigits('12,345,678')?.value).toBe(12_345_678)
  })

  it('makes a sentence whose only figure has one a claim', () => {
    const claims = french(
      "Selon la préfecture, la nappe de Sorbiac est descendue à 2,35 mètres sous son niveau d'octobre.",
    )
    const claim = withText(claims, 'descendue à 2,35 mètres')
    expect(claim.figures.map((figure) => figure.value)).toContain(2.35)
  })

  it('links a corrected rate to the rate first given', () => {
    const claims = french(
      "Dimanche soir, la commune de Varolle avait annoncé un taux de participation de 47,8 %. Selon les chiffres définitifs publiés mardi, il s'établit en réalité à 44,1 %.",
    )
    expect(withText(claims, 'en réalité à 44,1 %').revisionOf).toBe(
      claims.indexOf(withText(claims, 'de 47,8 %')),
    )
  })
})

describe('a revision by its verb that names the figure it corrects', () => {
  it('links to the claim that stated the named figure, not the latest of its kind', () => {
    const claims = french(
      "La préfecture indiquait jeudi que le lac de Saint-Orle avait atteint 3,85 mètres au barrage. « Les prévisions donnaient 3,20 mètres au plus », a expliqué l'hydrologue Anaïs Forgeat. Vendredi, le niveau maximal a été ramené à 3,62 mètres, et non 3,85 mètres comme annoncé la veille.",
    )
    expect(withText(claims, 'ramené à 3,62 mètres').revisionOf).toBe(
      claims.indexOf(withText(claims, 'avait atteint 3,85 mètres')),
    )
  })

  it('does the same in English', () => {
    const claims = english(
      'The Harlow Moor water board said on Monday that the reservoir had fallen to 41 per cent of capacity. On Tuesday the board said the level at the dam gauge was 45 per cent. On Wednesday the board lowered the level to 38 per cent, not 41 per cent as first reported.',
    )
    expect(withText(claims, 'lowered the level to 38 per cent').revisionOf).toBe(
      claims.indexOf(withText(claims, 'fallen to 41 per cent')),
    )
  })
})
