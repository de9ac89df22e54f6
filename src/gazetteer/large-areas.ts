/**
 * Large areas news copy names as places that are neither cities, US states
 * nor countries: the continents and the nations of the United Kingdom.
 * Closed classes, written here with GeoNames' ids and points (continents:
 * feature class L, CONT; UK nations: GB's first-order divisions).
 */

/** A continent or a country's constituent nation. */
export interface LargeArea {
  readonly geonameId: number
  readonly name: string
  /** Other names in news use; differences of case, dots and accents match anyway. */
  readonly aliases: readonly string[]
  /** `CONT` for a continent, `ADM1` for a UK nation. */
  readonly featureCode: 'CONT' | 'ADM1'
  /** ISO code of the country a nation lies in; empty for a continent. */
  readonly countryCode: string
  /** GeoNames' admin1 code of a nation (`ENG`). */
  readonly admin1: string | undefined
  readonly latitude: number
  readonly longitude: number
  /** People, rounded: ranks an area against a same-named town (`Asia`, Philippines). */
  readonly population: number
}

function area(
  geonameId: number,
  name: string,
  featureCode: 'CONT' | 'ADM1',
  countryCode: string,
  admin1: string | undefined,
  latitude: number,
  longitude: number,
  population: number,
  aliases: readonly string[] = [],
): LargeArea {
  return Object.freeze({geonameId, name, aliases: Object.freeze(aliases), featureCode, countryCode, admin1, latitude, longitude, population})
}

/** The continents and the UK nations (Antarctica is in the country table, as GeoNames has it: AQ). */
export const largeAreas: readonly LargeArea[] = Object.freeze([
  area(6255146, 'Africa', 'CONT', '', undefined, 7.1881, 21.0937, 1_000_000_000),
  area(6255147, 'Asia', 'CONT', '', undefined, 29.8406, 89.2969, 4_000_000_000),
  area(6255148, 'Europe', 'CONT', '', undefined, 48.691, 9.1406, 740_000_000),
  area(6255149, 'North America', 'CONT', '', undefined, 46.0732, -100.5469, 580_000_000),
  area(6255150, 'South America', 'CONT', '', undefined, -14.6048, -57.6563, 420_000_000),
  area(6255151, 'Oceania', 'CONT', '', undefined, -18.3128, 138.5156, 40_000_000),
  area(6269131, 'England', 'ADM1', 'GB', 'ENG', 52.1604, -0.7031, 53_000_000),
  area(2638360, 'Scotland', 'ADM1', 'GB', 'SCT', 56.5, -4, 5_400_000),
  area(2634895, 'Wales', 'ADM1', 'GB', 'WLS', 52.5, -3.5, 3_100_000),
  area(2641364, 'Northern Ireland', 'ADM1', 'GB', 'NIR', 54.5, -6.5, 1_800_000, ['N. Ireland']),
])
