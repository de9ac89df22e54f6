import type {PlaceCandidate} from './gazetteer.js'

/** The schema.org type of a place: a US state is a `State`, a territory an `AdministrativeArea`. */
export type PlaceType = 'City' | 'State' | 'Country' | 'AdministrativeArea'

/** The schema.org type of a gazetteer place. */
export function placeType(place: PlaceCandidate): PlaceType {
  if (place.kind === 'city') return 'City'
  if (place.kind === 'country') return 'Country'
  return place.featureCode === 'ADM1' ? 'State' : 'AdministrativeArea'
}
