import {describe, expect, test} from 'vitest'
import {findUsState, usStateByPostalCode, usStates} from './us-states.js'

/** AP dateline form of each state and DC; the eight AP never abbreviates use the full name. */
const apDatelineForms: Readonly<Record<string, string>> = {
  AL: 'Ala.', AK: 'Alaska', AZ: 'Ariz.', AR: 'Ark.', CA: 'Calif.', CO: 'Colo.', CT: 'Conn.', DE: 'Del.', DC: 'D.C.',
  FL: 'Fla.', GA: 'Ga.', HI: 'Hawaii', ID: 'Idaho', IL: 'Ill.', IN: 'Ind.', IA: 'Iowa', KS: 'Kan.', KY: 'Ky.',
  LA: 'La.', ME: 'Maine', MD: 'Md.', MA: 'Mass.', MI: 'Mich.', MN: 'Minn.', MS: 'Miss.', MO: 'Mo.', MT: 'Mont.',
  NE: 'Neb.', NV: 'Nev.', NH: 'N.H.', NJ: 'N.J.', NM: 'N.M.', NY: 'N.Y.', NC: 'N.C.', ND: 'N.D.', OH: 'Ohio',
  OK: 'Okla.', OR: 'Ore.', PA: 'Pa.', RI: 'R.I.', SC: 'S.C.', SD: 'S.D.', TN: 'Tenn.', TX: 'Texas', UT: 'Utah',
  VT: 'Vt.', VA: 'Va.', WA: 'Wash.', WV: 'W.Va.', WI: 'Wis.', WY: 'Wyo.',
}

const statesAndDc = usStates.filter((usState) => usState.kind !== 'territory')

describe('usStates', () => {
  test('has the 50 states, DC and the five inhabited territories, each code and id once', () => {
    expect(usStates.filter((usState) => usState.kind === 'state')).toHaveLength(50)
    expect(statesAndDc).toHaveLength(51)
    expect(usStates.filter((usState) => usState.kind === 'territory').map((usState) => usState.postalCode)).toEqual(['PR', 'GU', 'VI', 'AS', 'MP'])
    expect(new Set(usStates.map((usState) => usState.postalCode)).size).toBe(usStates.length)
    expect(new Set(usStates.map((usState) => usState.geonameId)).size).toBe(usStates.length)
  })

  test('carries exactly the AP abbreviations of the AP stylebook', () => {
    for (const usState of statesAndDc) {
      const apForm = apDatelineForms[usState.postalCode]
      expect(usState.apAbbreviation ?? usState.name, usState.postalCode).toBe(apForm)
    }
  })

  test('uses the GeoNames admin1 ids', () => {
    expect(usStateByPostalCode('CO')?.geonameId).toBe(5417618)
    expect(usStateByPostalCode('DC')?.geonameId).toBe(4138106)
    expect(usStateByPostalCode('PR')?.geonameId).toBe(4566966)
  })
})

describe('findUsState', () => {
  test.each(Object.entries(apDatelineForms))('%s: AP form "%s", postal code and full name', (postalCode, apForm) => {
    const expected = usStateByPostalCode(postalCode)
    expect(expected).toBeDefined()
    expect(findUsState(apForm)).toBe(expected)
    expect(findUsState(postalCode)).toBe(expected)
    expect(findUsState(expected?.name ?? '')).toBe(expected)
  })

  test.each([
    ['CO', 'CO'], // from "DENVER, CO"
    ['Co.', 'CO'],
    ['COLO.', 'CO'],
    ['Colo', 'CO'],
    ['colorado', 'CO'],
    ['w.va.', 'WV'],
    ['W. Va.', 'WV'],
    ['WVa', 'WV'],
    ['West Virginia', 'WV'],
    ['Calif', 'CA'],
    ['Penn.', 'PA'],
    ['Tex.', 'TX'],
    ['Fla', 'FL'],
    ['Mass', 'MA'],
    ['Wisc.', 'WI'],
    ['Minn', 'MN'],
    ['Ariz', 'AZ'],
    ['N. Dak.', 'ND'],
    ['Washington, D.C.', 'DC'],
    ['Washington', 'WA'],
    ['P.R.', 'PR'],
    ['Hawaiʻi', 'HI'],
    ['  ala.  ', 'AL'],
  ])('"%s" → %s', (form, postalCode) => {
    expect(findUsState(form)?.postalCode).toBe(postalCode)
  })

  test.each(['', '.', 'Colombia', 'Californ', 'Denver', 'XX', 'Co. Ltd', 'Ontario'])('"%s" is not a state', (form) => {
    expect(findUsState(form)).toBeUndefined()
  })

  test('takes time linear in the input, whatever it holds', () => {
    const started = performance.now()
    expect(findUsState(`${'. '.repeat(200_000)}x`)).toBeUndefined()
    expect(performance.now() - started).toBeLessThan(1_000)
  })
})
