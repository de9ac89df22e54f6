/**
 * Offline gazetteer: every city, US state/territory and country a place name
 * can denote, with GeoNames ids and coordinates.
 *
 * The data (gazetteer.data.json, ~2 MB, built by scripts/build-gazetteer.ts)
 * is read synchronously on the first lookup and indexed once; later lookups
 * are Map reads. The same relative URL works from src/gazetteer/ and from the
 * bundled dist/, where the package build copies the data file.
 */
import {readFileSync} from 'node:fs'
import {countries} from './countries.js'
import type {GazetteerData, PlaceColumns, RegionColumns} from './gazetteer-data.js'
import {nameKey} from './name-key.js'
import {placeAliases} from './place-aliases.js'
import {usStateByPostalCode} from './us-states.js'

/** One place a name can denote. */
export interface PlaceCandidate {
  readonly geonameId: number
  /** GeoNames' name ("Washington, D.C.", "Bogotá"); for states and countries, the table name. */
  readonly name: string
  /** US territories (PR, GU, VI, AS, MP) count as states: that is how US newsrooms dateline them. */
  readonly kind: 'city' | 'state' | 'country'
  /** ISO 3166-1 alpha-2 code as GeoNames uses it; US territories have their own (PR, GU…). */
  readonly countryCode: string
  /** US postal code for US places, states and territories ("CO"); GeoNames' admin1 code elsewhere; undefined for countries. */
  readonly admin1: string | undefined
  /** Degrees. For states and countries: their population-weighted centre, which can fall in water (Indonesia, Canada). */
  readonly latitude: number
  readonly longitude: number
  /**
   * GeoNames population. Countries and territories: GeoNames' country figure.
   * US states: the sum of their places of 1,000+ people, an estimate good for ranking only.
   */
  readonly population: number
  /**
   * GeoNames feature code: PPL, PPLA, PPLC… for cities, ADM1 for states and DC,
   * and the generic PCL (political entity) for countries and territories.
   */
  readonly featureCode: string
}

const NO_PLACES: readonly PlaceCandidate[] = Object.freeze([])

/** A place in the name index: a city's row in the data, or a state or country. */
type Entry = number | PlaceCandidate

/**
 * The gazetteer, indexed for lookups. Cities stay rows of the data until a
 * lookup needs them: making 38,000 objects up front would cost most of the
 * load time, and an article names a few dozen places.
 */
export interface GazetteerIndex {
  readonly places: PlaceColumns
  readonly entriesByKey: ReadonlyMap<string, readonly Entry[]>
  readonly cityRowById: ReadonlyMap<number, number>
  readonly regionById: ReadonlyMap<number, PlaceCandidate>
  /** containingPlaces() answers, precomputed per region so lookups allocate nothing. */
  readonly chainByUsState: ReadonlyMap<string, readonly PlaceCandidate[]>
  readonly chainByCountry: ReadonlyMap<string, readonly PlaceCandidate[]>
  /** Cities made so far, by row, so each row is always the same object. */
  readonly cityByRow: Array<PlaceCandidate | undefined>
  /** placeCandidates() answers made so far, by name key (only keys that name places, so it stays bounded). */
  readonly candidatesByKey: Map<string, readonly PlaceCandidate[]>
}

let loaded: GazetteerIndex | undefined

/** Reads and indexes the data file on first use, then returns the same index. */
export function loadGazetteer(): GazetteerIndex {
  loaded ??= buildIndex(JSON.parse(readFileSync(new URL('./gazetteer.data.json', import.meta.url), 'utf8')) as GazetteerData)
  return loaded
}

/**
 * Every city, US state/territory and country the name can denote, most
 * populous first (ties by GeoNames id). Matching ignores case, accents,
 * punctuation and spacing, treats St./Saint, Ft./Fort and Mt./Mount alike,
 * and includes a short curated alias list ("New York" → New York City,
 * "Kiev" → Kyiv). States match by full name only (use findUsState for "Colo.").
 *
 * @returns a frozen list shared between calls; the same empty list when nothing matches
 */
export function placeCandidates(name: string): readonly PlaceCandidate[] {
  const index = loadGazetteer()
  const key = nameKey(name)
  const known = index.candidatesByKey.get(key)
  if (known !== undefined) return known
  const entries = index.entriesByKey.get(key)
  if (entries === undefined) return NO_PLACES
  // Most populous first, ties by GeoNames id so the order never depends on the data order.
  const candidates = Object.freeze(
    entries.map((entry) => toPlace(index, entry)).sort((a, b) => b.population - a.population || a.geonameId - b.geonameId),
  )
  index.candidatesByKey.set(key, candidates)
  return candidates
}

/** The city, state, territory or country with this GeoNames id, if the gazetteer has it. */
export function placeById(geonameId: number): PlaceCandidate | undefined {
  const index = loadGazetteer()
  const row = index.cityRowById.get(geonameId)
  return row === undefined ? index.regionById.get(geonameId) : toPlace(index, row)
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
  const stateChain = place.admin1 === undefined ? undefined : chainByUsState.get(`${place.countryCode}.${place.admin1}`)
  return stateChain ?? chainByCountry.get(place.countryCode) ?? NO_PLACES
}

function buildIndex(data: GazetteerData): GazetteerIndex {
  const {places} = data
  checkColumns(places)
  const cityRowById = new Map<number, number>()
  const regionById = new Map<number, PlaceCandidate>()
  const names = new NameIndex()

  for (let row = 0; row < places.geonameId.length; row++) {
    cityRowById.set(cell(places.geonameId, row), row)
    names.add(cell(places.name, row), row)
    const asciiName = cell(places.asciiName, row)
    if (asciiName !== '') names.add(asciiName, row)
  }

  const stateByCode = new Map<string, PlaceCandidate>()
  forEachRegion(data.usStates, (region) => {
    const isTerritory = usStateByPostalCode(region.code)?.kind === 'territory'
    const usState = regionCandidate(region, 'state', isTerritory ? region.code : 'US', region.code, isTerritory ? 'PCL' : 'ADM1')
    regionById.set(usState.geonameId, usState)
    stateByCode.set(region.code, usState)
    names.add(usState.name, usState) // full name only: abbreviations are findUsState's job
  })

  const countryByCode = new Map<string, PlaceCandidate>()
  forEachRegion(data.countries, (region) => {
    // A US territory is in both tables with one GeoNames id: keep its state candidate.
    // (Match by id, not code: postal and ISO codes collide, CO is Colorado and Colombia.)
    const country = regionById.get(region.geonameId) ?? regionCandidate(region, 'country', region.code, undefined, 'PCL')
    regionById.set(country.geonameId, country)
    countryByCode.set(region.code, country)
  })
  for (const country of countries) {
    const candidate = regionById.get(country.geonameId)
    if (candidate === undefined) continue // a country with no places, left out of the data
    for (const name of [country.name, ...country.aliases]) names.add(name, candidate)
  }

  for (const [alias, geonameIds] of placeAliases) {
    for (const geonameId of geonameIds) {
      const entry = cityRowById.get(geonameId) ?? regionById.get(geonameId)
      if (entry === undefined) throw new Error(`Place alias "${alias}" names GeoNames id ${geonameId}, which is not in gazetteer.data.json`)
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
    places,
    entriesByKey: names.entriesByKey,
    cityRowById,
    regionById,
    chainByUsState,
    chainByCountry,
    cityByRow: new Array<PlaceCandidate | undefined>(places.geonameId.length),
    candidatesByKey: new Map(),
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
  let city = index.cityByRow[entry]
  if (city === undefined) {
    city = cityCandidate(index.places, entry)
    index.cityByRow[entry] = city
  }
  return city
}

function cityCandidate(places: PlaceColumns, row: number): PlaceCandidate {
  const admin1 = cell(places.admin1, row)
  return Object.freeze({
    geonameId: cell(places.geonameId, row),
    name: cell(places.name, row),
    kind: 'city',
    countryCode: cell(places.countryCode.values, cell(places.countryCode.indexes, row)),
    admin1: admin1 === '' ? undefined : admin1,
    latitude: cell(places.latitude, row),
    longitude: cell(places.longitude, row),
    population: cell(places.population, row),
    featureCode: cell(places.featureCode.values, cell(places.featureCode.indexes, row)),
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
      geonameId: cell(columns.geonameId, row),
      code: cell(columns.code, row),
      name: cell(columns.name, row),
      latitude: cell(columns.latitude, row),
      longitude: cell(columns.longitude, row),
      population: cell(columns.population, row),
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
  return Object.freeze({geonameId, name, kind, countryCode, admin1, latitude, longitude, population, featureCode})
}

/** Cities are read lazily, so check up front that every column has every row. */
function checkColumns(places: PlaceColumns): void {
  const rows = places.geonameId.length
  const columns = [places.name, places.asciiName, places.countryCode.indexes, places.admin1, places.latitude, places.longitude, places.population, places.featureCode.indexes]
  if (columns.some((column) => column.length !== rows)) {
    throw new Error('gazetteer.data.json is malformed: its place columns differ in length; rebuild it with scripts/build-gazetteer.ts')
  }
}

/** Reads one cell of a column; a missing cell means the data file is truncated or from another format. */
function cell<T>(column: readonly T[], row: number): T {
  const value = column[row]
  if (value === undefined) throw new Error(`gazetteer.data.json is malformed: a column has no row ${row}; rebuild it with scripts/build-gazetteer.ts`)
  return value
}
