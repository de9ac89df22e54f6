/**
 * Offline gazetteer: every city, US state/territory and country a place name
 * can denote, with GeoNames ids and coordinates.
 *
 * The cities, the divisions and their name index come prebuilt in
 * gazetteer.data.bin (built by scripts/build-gazetteer.ts): the first lookup
 * reads the file in one step and looks names up by binary search in its
 * sorted keys, with no index to build. States, countries and the curated
 * aliases are small tables in this folder, indexed on load. How the file
 * is read depends on the platform (gazetteer-file.ts).
 */
import {countries} from './countries.js'
import {ByteStringSet} from './byte-string-set.js'
import {compareBytes, coordinateScale, decodeGazetteer, type DivisionTable, type GazetteerTables, type PlaceTable, type RegionColumns} from './gazetteer-data.js'
import {divisionAliases} from './division-aliases.js'
import {gazetteerBytes} from './gazetteer-file.js'
import {largeAreas} from './large-areas.js'
import {nameKey} from './name-key.js'
import {placeAliases} from './place-aliases.js'
import {usStateByPostalCode} from './us-states.js'

/** One place a name can denote. */
export interface PlaceCandidate {
  /** GeoNames id; undefined for a division no source gives one (its `code` identifies it). */
  readonly geonameId: number | undefined
  /**
   * ISO 3166-2 code of a first-order division (`CA-AB`, `US-CO`); for a US county, `US-` and its
   * FIPS code (`US-21169`); undefined for cities, countries and continents.
   */
  readonly code: string | undefined
  /** GeoNames' name ("Washington, D.C.", "Bogotá"); for states and countries, the table name. */
  readonly name: string
  /**
   * US territories (PR, GU, VI, AS, MP) count as states: that is how US newsrooms dateline them.
   * An `area` is a continent or a UK nation (large-areas.ts); a `division` a first-order
   * division outside the US (a province, a state, a region, a UK county) or a US county.
   */
  readonly kind: 'city' | 'state' | 'country' | 'area' | 'division'
  /** ISO 3166-1 alpha-2 code as GeoNames uses it; US territories have their own (PR, GU…). */
  readonly countryCode: string
  /** US postal code for US places, counties, states and territories ("CO"); GeoNames' admin1 code elsewhere; undefined for countries and divisions abroad. */
  readonly admin1: string | undefined
  /**
   * Degrees. Countries and divisions abroad: a representative point near their geographic centre;
   * US states: their population-weighted centre.
   */
  readonly latitude: number
  readonly longitude: number
  /**
   * GeoNames population. Countries and territories: GeoNames' country figure.
   * US states: the sum of their places of 1,000+ people, an estimate good for ranking only.
   * Divisions abroad: 0 (unknown); US counties: the sum of their places (for ranking).
   */
  readonly population: number
  /**
   * GeoNames feature code: PPL, PPLA, PPLC… for cities, ADM1 for states, DC and divisions abroad,
   * and the generic PCL (political entity) for countries and territories.
   */
  readonly featureCode: string
}

const NO_PLACES: readonly PlaceCandidate[] = Object.freeze([])

/**
 * A place in the name index: a city's row in the data (0 or more), a
 * division's row as -1 - row, or a state or country.
 */
type Entry = number | PlaceCandidate

/**
 * The gazetteer, ready for lookups. Cities stay rows of the data until a
 * lookup needs them: an article names a few dozen places, not 38,000.
 */
export interface GazetteerIndex {
  readonly tables: GazetteerTables
  /** States, countries and aliases by name key (the cities' and divisions' names are in the tables). */
  readonly regionEntriesByKey: ReadonlyMap<string, readonly Entry[]>
  readonly regionById: ReadonlyMap<number, PlaceCandidate>
  /** Division rows by GeoNames id, made on the first placeById() call that names no city or region. */
  divisionRowById: Map<number, number> | undefined
  /** Divisions made so far, by row, so each row is always the same object within an article (see {@link trimPlaceCache}). */
  readonly divisionByRow: Map<number, PlaceCandidate>
  /** containingPlaces() answers, precomputed per region so lookups allocate nothing. */
  readonly chainByUsState: ReadonlyMap<string, readonly PlaceCandidate[]>
  readonly chainByCountry: ReadonlyMap<string, readonly PlaceCandidate[]>
  /** Cities made so far, by row, so each row is always the same object within an article (see {@link trimPlaceCache}). */
  readonly cityByRow: Map<number, PlaceCandidate>
  /** placeCandidates() answers made so far, by name key (only keys that name places). */
  readonly candidatesByKey: Map<string, readonly PlaceCandidate[]>
  /** Keys that named no place (UTF-8), asked again and again (capitalized words); cleared when it reaches {@link maxMissedKeys}. */
  readonly missedKeys: ByteStringSet
}

let loaded: GazetteerIndex | undefined

/** Missed keys remembered at most, so a long batch cannot grow the set without bound. */
const maxMissedKeys = 50_000

/**
 * Cities and divisions kept decoded across articles at most. Why a bound: a long batch would in time decode
 * every place of the gazetteer (about 350 bytes of heap each, 45,000 places), and a newsroom's recurring
 * places are far fewer; decoding one again costs little.
 */
const maxKeptPlaces = 1000

/**
 * Forget the places decoded so far, and the answers that hold them, once there are more than
 * {@link maxKeptPlaces}. Call it between articles only: within one, a row must stay the same object
 * (the extractors compare places by identity).
 */
export function trimPlaceCache(): void {
  if (loaded === undefined || loaded.cityByRow.size + loaded.divisionByRow.size <= maxKeptPlaces) return
  loaded.candidatesByKey.clear()
  loaded.cityByRow.clear()
  loaded.divisionByRow.clear()
}

/** Reads the data file on first use, then returns the same index. */
export function loadGazetteer(): GazetteerIndex {
  loaded ??= indexRegions(decodeGazetteer(gazetteerBytes()))
  return loaded
}

/**
 * Every city, US state/territory, country, continent and UK nation the name can denote, most
 * populous first (ties by GeoNames id). Matching ignores case, accents,
 * punctuation and spacing, treats St./Saint, Ft./Fort and Mt./Mount alike,
 * and includes a short curated alias list ("New York" → New York City,
 * "Kiev" → Kyiv). States match by full name only (use findUsState for "Colo.").
 *
 * @returns a frozen list shared between calls; the same empty list when nothing matches
 */
export function placeCandidates(name: string): readonly PlaceCandidate[] {
  return placeCandidatesByKey(nameKey(name))
}

/** The first-order division abroad (a province, a state, a region) that a written region names: `Sask.`, `Ontario`; `undefined` when none. */
export function provinceAbroad(region: string): PlaceCandidate | undefined {
  return placeCandidates(region).find((candidate) => candidate.kind === 'division' && candidate.admin1 === undefined)
}

/**
 * {@link placeCandidates} for a name whose key (`nameKey(name)`) the caller
 * already has: a capitalized run keeps its key, so it is made once.
 *
 * @returns a frozen list shared between calls; the same empty list when nothing matches
 */
export function placeCandidatesByKey(key: string): readonly PlaceCandidate[] {
  const index = loadGazetteer()
  // The missed keys first: most lookups (capitalized words) are of names no place has, asked again and again.
  // The key's bytes serve the missed keys and the binary search both.
  const length = encodeKey(key)
  if (index.missedKeys.has(keyScratch, length)) return NO_PLACES
  const known = index.candidatesByKey.get(key)
  if (known !== undefined) return known
  const rows = indexedRows(index.tables, length)
  const regions = index.regionEntriesByKey.get(key)
  if (rows.length === 0 && regions === undefined) {
    if (index.missedKeys.size >= maxMissedKeys) index.missedKeys.clear()
    index.missedKeys.add(keyScratch, length)
    return NO_PLACES
  }
  const places = new Set<PlaceCandidate>()
  for (const entry of rows) places.add(toPlace(index, entry))
  for (const entry of regions ?? []) places.add(toPlace(index, entry))
  // Most populous first, ties by GeoNames id so the order never depends on the data order.
  const candidates = Object.freeze([...places].sort(byPopulation))
  index.candidatesByKey.set(key, candidates)
  return candidates
}

/** Most populous first; ties by GeoNames id, then code, so the order never depends on the data order. */
function byPopulation(a: PlaceCandidate, b: PlaceCandidate): number {
  return b.population - a.population || (a.geonameId ?? 0) - (b.geonameId ?? 0) || ((a.code ?? '') < (b.code ?? '') ? -1 : (a.code ?? '') > (b.code ?? '') ? 1 : 0)
}

/** The first-order division with this ISO 3166-2 code (`CA-AB`), if the gazetteer has it and GeoNames' id is not known. */
export function placeByCode(code: string): PlaceCandidate | undefined {
  const index = loadGazetteer()
  const row = divisionRowByCode(index.tables.divisions, code)
  return row === -1 ? undefined : divisionAt(index, row)
}

/** The city, state, territory or country with this GeoNames id, if the gazetteer has it. */
export function placeById(geonameId: number): PlaceCandidate | undefined {
  const index = loadGazetteer()
  const row = cityRowById(index.tables.places, geonameId)
  if (row !== -1) return cityAt(index, row)
  const region = index.regionById.get(geonameId)
  if (region !== undefined) return region
  index.divisionRowById ??= divisionRowsById(index.tables.divisions)
  const divisionRow = index.divisionRowById.get(geonameId)
  return divisionRow === undefined ? undefined : divisionAt(index, divisionRow)
}

function divisionRowsById(divisions: DivisionTable): Map<number, number> {
  const rows = new Map<number, number>()
  divisions.geonameId.forEach((geonameId, row) => {
    if (geonameId > 0) rows.set(geonameId, row)
  })
  return rows
}

/** The division row of a code (rows are in code order; of two rows with one code, the later), or -1. */
function divisionRowByCode(divisions: DivisionTable, code: string): number {
  const length = encodeKey(code)
  let low = 0
  let high = divisions.count - 1
  let found = -1
  while (low <= high) {
    const middle = (low + high) >>> 1
    const order = compareBytes(divisions.codeBytes, divisions.codeStart[middle]!, divisions.codeStart[middle + 1]!, keyScratch, length)
    if (order === 0) found = middle
    if (order <= 0) low = middle + 1
    else high = middle - 1
  }
  return found
}

/**
 * The places that contain this one, innermost first, up to the country:
 * a US city → its state → United States; a city in Puerto Rico → Puerto Rico →
 * United States; a city abroad → its country; a state or territory → United
 * States; a country → nothing.
 */
export function containingPlaces(place: PlaceCandidate): readonly PlaceCandidate[] {
  const {chainByUsState, chainByCountry} = loadGazetteer()
  if (place.kind === 'country') return NO_PLACES
  if (place.kind === 'state') return chainByCountry.get('US') ?? NO_PLACES
  if (place.kind === 'division' && place.admin1 === undefined) return chainByCountry.get(place.countryCode) ?? NO_PLACES
  const stateChain = place.admin1 === undefined ? undefined : chainByUsState.get(`${place.countryCode}.${place.admin1}`)
  return stateChain ?? chainByCountry.get(place.countryCode) ?? NO_PLACES
}

const encoder = new TextEncoder()
/** Reused for every key: long enough for any key a lookup gets (grown when not). */
let keyScratch = new Uint8Array(256)

/** `text` as UTF-8 in {@link keyScratch}; returns its length in bytes. */
function encodeKey(text: string): number {
  if (keyScratch.length < text.length * 3) keyScratch = new Uint8Array(text.length * 3)
  // An ASCII key (nearly every one) is its own UTF-8, copied here: the call into the encoder cost more than this loop.
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index)
    if (code > 0x7f) return encoder.encodeInto(text, keyScratch).written
    keyScratch[index] = code
  }
  return text.length
}

/**
 * The index entries (city rows, and division rows as -1 - row) whose name
 * has the key in the first `length` bytes of {@link keyScratch}: a binary
 * search in the sorted keys.
 */
function indexedRows(tables: GazetteerTables, length: number): Int32Array | readonly number[] {
  const {names} = tables
  if (length === 0) return []
  let low = 0
  let high = names.count - 1
  while (low <= high) {
    const middle = (low + high) >>> 1
    const order = compareBytes(names.keyBytes, names.keyStart[middle]!, names.keyStart[middle + 1]!, keyScratch, length)
    if (order === 0) return names.entries.subarray(names.entryStart[middle]!, names.entryStart[middle + 1]!)
    if (order < 0) low = middle + 1
    else high = middle - 1
  }
  return []
}

/** The row of a city id (ids are ascending), or -1. */
function cityRowById(places: PlaceTable, geonameId: number): number {
  let low = 0
  let high = places.count - 1
  while (low <= high) {
    const middle = (low + high) >>> 1
    const id = places.geonameId[middle]!
    if (id === geonameId) return middle
    if (id < geonameId) low = middle + 1
    else high = middle - 1
  }
  return -1
}

function indexRegions(tables: GazetteerTables): GazetteerIndex {
  const regionById = new Map<number, PlaceCandidate>()
  const names = new NameIndex()

  const stateByCode = new Map<string, PlaceCandidate>()
  forEachRegion(tables.usStates, (region) => {
    const isTerritory = usStateByPostalCode(region.code)?.kind === 'territory'
    const usState = regionCandidate(region, 'state', isTerritory ? region.code : 'US', region.code, isTerritory ? 'PCL' : 'ADM1')
    regionById.set(region.geonameId, usState)
    stateByCode.set(region.code, usState)
    names.add(usState.name, usState) // full name only: abbreviations are findUsState's job
  })

  const countryByCode = new Map<string, PlaceCandidate>()
  forEachRegion(tables.countries, (region) => {
    // A US territory is in both tables with one GeoNames id: keep its state candidate.
    // (Match by id, not code: postal and ISO codes collide, CO is Colorado and Colombia.)
    const country = regionById.get(region.geonameId) ?? regionCandidate(region, 'country', region.code, undefined, 'PCL')
    regionById.set(region.geonameId, country)
    countryByCode.set(region.code, country)
  })
  for (const country of countries) {
    const candidate = regionById.get(country.geonameId)
    if (candidate === undefined) continue // a country with no places, left out of the data
    for (const name of [country.name, ...country.aliases]) names.add(name, candidate)
  }

  for (const largeArea of largeAreas) {
    const {geonameId, name, countryCode, admin1, latitude, longitude, population, featureCode} = largeArea
    const candidate: PlaceCandidate = Object.freeze({geonameId, code: undefined, name, kind: 'area', countryCode, admin1, latitude, longitude, population, featureCode})
    regionById.set(geonameId, candidate)
    for (const form of [name, ...largeArea.aliases]) names.add(form, candidate)
  }

  indexDivisionAliases(tables.divisions, names)

  for (const [alias, geonameIds] of placeAliases) {
    for (const geonameId of geonameIds) {
      const row = cityRowById(tables.places, geonameId)
      const entry = row === -1 ? regionById.get(geonameId) : row
      if (entry === undefined) throw new Error(`Place alias "${alias}" names GeoNames id ${geonameId}, which is not in gazetteer.data.bin`)
      names.add(alias, entry)
    }
  }

  const unitedStates = countryByCode.get('US')
  const chainByCountry = new Map([...countryByCode].map(([code, country]) => [code, Object.freeze([country])]))
  const chainByUsState = new Map(
    [...stateByCode.values()].map((usState) => [
      `${usState.countryCode}.${usState.admin1 ?? ''}`,
      Object.freeze(unitedStates === undefined ? [usState] : [usState, unitedStates]),
    ]),
  )
  return {
    tables,
    regionEntriesByKey: names.entriesByKey,
    regionById,
    divisionRowById: undefined,
    divisionByRow: new Map(),
    chainByUsState,
    chainByCountry,
    cityByRow: new Map(),
    candidatesByKey: new Map(),
    missedKeys: new ByteStringSet(),
  }
}

/** Name key → the places it denotes, each place listed once. */
class NameIndex {
  readonly entriesByKey = new Map<string, Entry[]>()

  add(name: string, entry: Entry): void {
    const key = nameKey(name)
    if (key === '') return
    const entries = this.entriesByKey.get(key)
    if (entries === undefined) this.entriesByKey.set(key, [entry])
    else if (!entries.includes(entry)) entries.push(entry)
  }
}

/** The place of an index entry, making a city's object on first use. */
function toPlace(index: GazetteerIndex, entry: Entry): PlaceCandidate {
  if (typeof entry !== 'number') return entry
  return entry >= 0 ? cityAt(index, entry) : divisionAt(index, -1 - entry)
}

function cityAt(index: GazetteerIndex, row: number): PlaceCandidate {
  let city = index.cityByRow.get(row)
  if (city === undefined) {
    city = cityCandidate(index.tables.places, row)
    index.cityByRow.set(row, city)
  }
  return city
}

const decoder = new TextDecoder()

function cityCandidate(places: PlaceTable, row: number): PlaceCandidate {
  const admin1 = places.admin1Codes[places.admin1[row]!]
  return Object.freeze({
    geonameId: places.geonameId[row]!,
    code: undefined,
    name: decoder.decode(places.nameBytes.subarray(places.nameStart[row], places.nameStart[row + 1])),
    kind: 'city',
    countryCode: places.countryCodes[places.countryCode[row]!] ?? '',
    admin1: admin1 === '' ? undefined : admin1,
    latitude: places.latitude[row]! / coordinateScale,
    longitude: places.longitude[row]! / coordinateScale,
    population: places.population[row]!,
    featureCode: places.featureCodes[places.featureCode[row]!] ?? '',
  })
}

interface RegionRow {
  readonly geonameId: number
  readonly code: string
  readonly name: string
  readonly latitude: number
  readonly longitude: number
  readonly population: number
}

function forEachRegion(columns: RegionColumns, visit: (region: RegionRow) => void): void {
  for (let row = 0; row < columns.geonameId.length; row++) {
    visit({
      geonameId: columns.geonameId[row]!,
      code: columns.code[row]!,
      name: columns.name[row]!,
      latitude: columns.latitude[row]!,
      longitude: columns.longitude[row]!,
      population: columns.population[row]!,
    })
  }
}

function regionCandidate(
  region: RegionRow,
  kind: 'state' | 'country',
  countryCode: string,
  admin1: string | undefined,
  featureCode: string,
): PlaceCandidate {
  const {geonameId, name, latitude, longitude, population} = region
  const code = kind === 'state' && featureCode === 'ADM1' ? `US-${region.code}` : undefined
  return Object.freeze({geonameId, code, name, kind, countryCode, admin1, latitude, longitude, population, featureCode})
}

/**
 * The AP and postal abbreviations news uses for some divisions, into the name
 * index (the divisions' own names are in the data's index).
 */
function indexDivisionAliases(divisions: DivisionTable, names: NameIndex): void {
  for (const [alias, code] of divisionAliases) {
    const row = divisionRowByCode(divisions, code)
    if (row === -1) throw new Error(`Division alias "${alias}" names ${code}, which is not in gazetteer.data.bin`)
    names.add(alias, -1 - row)
  }
}

function divisionAt(index: GazetteerIndex, row: number): PlaceCandidate {
  let division = index.divisionByRow.get(row)
  if (division === undefined) {
    const divisions = index.tables.divisions
    const admin1 = divisions.admin1Codes[divisions.admin1[row]!]
    division = Object.freeze({
      geonameId: divisions.geonameId[row]! > 0 ? divisions.geonameId[row] : undefined,
      code: decoder.decode(divisions.codeBytes.subarray(divisions.codeStart[row], divisions.codeStart[row + 1])),
      name: decoder.decode(divisions.nameBytes.subarray(divisions.nameStart[row], divisions.nameStart[row + 1])),
      kind: 'division',
      countryCode: divisions.countryCodes[divisions.countryCode[row]!] ?? '',
      admin1: admin1 === '' ? undefined : admin1,
      latitude: divisions.latitude[row]! / coordinateScale,
      longitude: divisions.longitude[row]! / coordinateScale,
      population: divisions.population[row]!,
      featureCode: 'ADM1',
    })
    index.divisionByRow.set(row, division)
  }
  return division
}
