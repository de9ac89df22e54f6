import type {PlaceCandidate} from './gazetteer.js'

/**
 * The schema.org type of a place: a US state is a `State`; a territory, a UK nation or a division abroad an
 * `AdministrativeArea`; a site no gazetteer has (a street, an airport, a sea) a plain `Place`.
 */
export type PlaceType = 'City' | 'State' | 'Country' | 'Continent' | 'AdministrativeArea' | 'Place'

/** The schema.org type of a gazetteer place. */
export function placeType(place: PlaceCandidate): PlaceType {
  if (place.kind === 'city') return 'City'
  if (place.kind === 'country') return 'Country'
  if (place.kind === 'division') return 'AdministrativeArea'
  if (place.kind === 'area') return place.featureCode === 'CONT' ? 'Continent' : 'AdministrativeArea'
  return place.featureCode === 'ADM1' ? 'State' : 'AdministrativeArea'
}
