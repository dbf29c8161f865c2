import { describe, expect, it } from 'vitest'
import { english, french, withText } from './invented-sentences'

/**
 * Speakers read in round 26 of the ingest corpus (docs/ingest.md): an officer "of … Fire and
 * Rescue", a figure given after a colon, a live blog's one-word label, a spokesperson for an
 * organisation only described, and an adverb of time before the subject. Every name and number
 * is invented.
 */
describe('an officer of an organisation named "… and Rescue"', () => {
  it('is the person, the organisation in the role, and "she" later', () => {
    const claims = english(
      'Watch Manager Ilse Garrow of Penmarsh County Fire and Rescue told the Courier that about 70 hectares had burnt.',
      '"The wind turned at noon," she said.',
    )
    const first = withText(claims, '70 hectares').attribution
    expect(first.who).toBe('Ilse Garrow')
    expect(first.role).toBe('Watch Manager of Penmarsh County Fire and Rescue')
    expect(withText(claims, 'The wind turned').attribution.who).toBe('Ilse Garrow')
  })
})

describe('a figure given after a colon', () => {
  it('gives "X has given a new figure: …" to X', () => {
    const claims = english(
      'Ilse Garrow said 70 hectares had burnt.',
      'Garrow has given a new figure: the fire has now burnt around 310 hectares.',
    )
    expect(withText(claims, '310 hectares').attribution.who).toBe('Ilse Garrow')
  })

  it('leaves what is given to someone, and a colon with no figure after it', () => {
    const claims = english(
      'The trust gave the school a figure: 12.',
      'The council gave an update: the bridge is closed.',
    )
    expect(withText(claims, 'figure: 12').attribution.who).toBe('unknown')
    expect(claims.some((claim) => claim.attribution.who === 'council')).toBe(false)
  })
})

describe("a live blog entry's one-word label", () => {
  it('is not the subject: "Roads: Penmarsh Police have closed …" is the police\'s', () => {
    const claims = english('Roads: Penmarsh Police have closed the B4410 between Orle and Tasker.')
    expect(withText(claims, 'B4410').attribution.who).toBe('Penmarsh Police')
  })
})

describe('a spokesperson for an organisation only described', () => {
  it('is someone unnamed, the description in the role', () => {
    const claims = english(
      'A spokeswoman for the district water authority later said 44 homes had no supply.',
    )
    const { who, role } = withText(claims, '44 homes').attribution
    expect(who).toBe('unnamed speaker')
    expect(role).toBe('spokeswoman for the district water authority')
  })

  it('keeps a one-word description as it was', () => {
    const claims = english('A spokesman for the trust said 44 beds were closed.')
    expect(withText(claims, '44 beds').attribution.who).not.toBe('unnamed speaker')
  })
})

describe('an adverb of time before the subject', () => {
  it('is no speaker: "Shortly before 9 p.m. the water authority corrected itself"', () => {
    const claims = english(
      'Shortly before 9 p.m. the water authority corrected itself, saying 38 homes, not 44, had no supply.',
    )
    expect(withText(claims, '38 homes').attribution.who).toBe('water authority')
  })
})

describe('a company named by one word of capitalised parts', () => {
  it('is what "the company" and "it" in the next sentences stand for', () => {
    const claims = english(
      'Harlund-Vey rejected that account. In a written statement the company said a valve had failed after 14 hours. It denied that the tank had been filled past 90 per cent.',
    )
    expect(withText(claims, 'a valve had failed').attribution.who).toBe('Harlund-Vey')
    expect(withText(claims, '90 per cent').attribution.who).toBe('Harlund-Vey')
  })
})

describe('someone unnamed after a comma', () => {
  it('gives "…, a nurse said" and "…, an agency official said" to someone unnamed', () => {
    const claims = english(
      'Twelve patients were moved, a nurse said.',
      'Inspectors found 40 dead fish, an agency official said on Monday.',
    )
    const nurse = withText(claims, 'Twelve patients').attribution
    expect(nurse.who).toBe('unnamed speaker')
    expect(nurse.role).toBe('a nurse')
    const official = withText(claims, '40 dead fish').attribution
    expect(official.who).toBe('unnamed speaker')
    expect(official.role).toBe('an agency official')
  })

  it('leaves a document or an organisation after the comma as it was', () => {
    const claims = english(
      'Twelve patients were moved, a report said.',
      'Forty fish died, a police spokesman said.',
    )
    expect(withText(claims, 'Twelve patients').attribution.who).not.toBe('unnamed speaker')
    expect(withText(claims, 'Forty fish').attribution.who).not.toBe('unnamed speaker')
  })
})

describe('who counted a figure', () => {
  it('gives "Organisers counted 3,000 marchers" to the organisers', () => {
    const claims = english('The organisers counted about 3,000 marchers.')
    expect(withText(claims, '3,000 marchers').attribution.who).toBe('organisers')
  })

  it('gives « Les organisateurs ont compté 3 000 manifestants » to the organisers', () => {
    const claims = french('Les organisateurs ont compté 3 000 manifestants.')
    expect(withText(claims, '3 000 manifestants').attribution.who).toBe('organisateurs')
  })

  it('leaves a place that "had counted" a figure, and a count with no figure', () => {
    const claims = french("L'hiver dernier, la Haute-Sévrine avait compté 37 foyers.")
    expect(withText(claims, '37 foyers').attribution.who).toBe('unknown')
    const counted = english('Inspectors counted the dead fish. Some 40 fish had died.')
    expect(counted.some((claim) => claim.attribution.who === 'Inspectors')).toBe(false)
  })
})

describe('a French time of day in hours', () => {
  it("is an opening phrase: « À 15 heures, la DSDEN a revu son chiffre » is the DSDEN's", () => {
    const claims = french(
      "À 15 heures, la DSDEN a revu son chiffre à la hausse : le taux de grévistes s'établissait à 31,2 %.",
    )
    expect(withText(claims, '31,2 %').attribution.who).toBe('DSDEN')
  })

  it('stays a figure after « jusqu’à » and in words: « jusqu’à onze heures »', () => {
    const claims = french(
      "Selon les syndicats, le roulement allongerait les journées jusqu'à onze heures.",
    )
    expect(withText(claims, 'onze heures').figures.map((figure) => figure.value)).toContain(11)
  })
})

describe('a French organisation described by what it is of', () => {
  it("gives « La chambre d'agriculture estime que … » to the chamber", () => {
    const claims = french("La chambre d'agriculture estime que les pertes atteignent 35 %.")
    expect(withText(claims, '35 %').attribution.who).toBe("chambre d'agriculture")
  })

  it('gives « La chambre de commerce estime que … » to the chamber of commerce', () => {
    const claims = french(
      'La chambre de commerce estime que chaque journée de blocage coûte 2,5 millions d’euros.',
    )
    expect(withText(claims, '2,5 millions').attribution.who).toBe('chambre de commerce')
  })

  it('leaves a plain noun followed by « de » alone: « la plupart des écoles »', () => {
    const claims = french('La plupart des écoles sont fermées, soit 14 établissements.')
    expect(withText(claims, '14 établissements').attribution.who).toBe('unknown')
  })
})

describe('who revised, named before the description', () => {
  it('gives "Overnight, Colonel Sam Aubel, the brigade\'s director, raised …" to him', () => {
    const claims = english(
      'Ruth Carne said 1,300 hectares had burnt.',
      "Overnight, Colonel Sam Aubel, the brigade's director, raised the figure to 1,700 hectares.",
    )
    const revised = withText(claims, '1,700 hectares')
    expect(revised.attribution.who).toBe('Sam Aubel')
    expect(revised.revisionOf).toBe(claims.indexOf(withText(claims, '1,300 hectares')))
  })

  it('gives « le colonel Sébastien Aubel, directeur du SDIS, a porté ce chiffre à … » to him', () => {
    const claims = french(
      'Ruth Carne a indiqué que 1 300 hectares avaient brûlé.',
      'Dans la nuit, le colonel Sébastien Aubel, directeur départemental du SDIS, a porté ce chiffre à 1 700 hectares.',
    )
    expect(withText(claims, '1 700 hectares').attribution.who).toBe('Sébastien Aubel')
  })

  it('makes no claim of a sentence with no revision: "…, the cabinet member, does not dispute …"', () => {
    const claims = english(
      "Councillor Rashid Kell, the cabinet member responsible for the coast, does not dispute the inspectors' findings.",
    )
    expect(claims).toHaveLength(0)
  })
})

describe("a live blog's label and its source", () => {
  it('gives "Latest from the fire service: …" and "14:45 Good news from Northline: …" to them', () => {
    const claims = english(
      'Latest from the fire service: the burnt area is now estimated at 640 hectares.',
      '14:45 Good news from Northline: the number of homes without power has fallen to 21,300.',
    )
    expect(withText(claims, '640 hectares').attribution.who).toBe('fire service')
    expect(withText(claims, '21,300').attribution.who).toBe('Northline')
  })

  it('leaves a sentence that opens with an article: "The call from Paris: …"', () => {
    const claims = english('The call from Paris: 12 people were hurt.')
    expect(withText(claims, '12 people').attribution.who).not.toBe('Paris')
  })
})

describe("a live blog's clock time with no dash", () => {
  it('is not the subject: "11:20 Eastmarch Ambulance Service has updated its figure: …"', () => {
    const claims = english(
      '11:20 Tarrow Ambulance Service has updated its figure: 19 people were treated for injuries.',
    )
    expect(withText(claims, '19 people').attribution.who).toBe('Tarrow Ambulance Service')
  })
})
