import {describe, expect, test} from 'vitest'
import {countries, countryByCode, findCountry} from './countries.js'

describe('countries', () => {
  test('lists every GeoNames country once, by ISO code', () => {
    expect(countries.length).toBe(250)
    expect(new Set(countries.map((country) => country.code)).size).toBe(countries.length)
    expect(new Set(countries.map((country) => country.geonameId)).size).toBe(countries.length)
    expect(countries.map((country) => country.code)).toEqual(countries.map((country) => country.code).sort())
  })

  test('uses the GeoNames country ids', () => {
    expect(countryByCode('US')?.geonameId).toBe(6252001)
    expect(countryByCode('GB')?.geonameId).toBe(2635167)
    expect(countryByCode('UA')?.geonameId).toBe(690791)
  })
})

describe('findCountry', () => {
  test.each([
    ['United States', 'US'],
    ['U.S.', 'US'],
    ['US', 'US'],
    ['USA', 'US'],
    ['U.S.A.', 'US'],
    ['united states of america', 'US'],
    ['UK', 'GB'],
    ['U.K.', 'GB'],
    ['Britain', 'GB'],
    ['Great Britain', 'GB'],
    ['United Kingdom', 'GB'],
    ['Russia', 'RU'],
    ['Russian Federation', 'RU'],
    ['South Korea', 'KR'],
    ['Korea, Republic of', 'KR'],
    ['North Korea', 'KP'],
    ['Czechia', 'CZ'],
    ['Czech Republic', 'CZ'],
    ['Ivory Coast', 'CI'],
    ["Côte d'Ivoire", 'CI'],
    ['Cote d’Ivoire', 'CI'],
    ['Burma', 'MM'],
    ['Türkiye', 'TR'],
    ['St. Lucia', 'LC'],
    ['Georgia', 'GE'],
  ])('"%s" → %s', (form, code) => {
    expect(findCountry(form)?.code).toBe(code)
  })

  test.each(['America', 'Korea', 'Congo', 'IT', 'FR', 'Denver', ''])('"%s" is not looked up as a country', (form) => {
    expect(findCountry(form)).toBeUndefined()
  })
})
