/**
 * Places the newsroom settled (known entities with a GeoNames id), for the
 * place resolver: such a name is that place before any other reading, and
 * its state and country set the scene for the story's other places
 * (`Springfield` settled in Massachusetts makes `Franklin` beside it the
 * Massachusetts town).
 */
import type {PlaceCandidate} from '../gazetteer/gazetteer.js'
import {placeById} from '../gazetteer/gazetteer.js'
import type {KnownEntities} from './known-entities.js'

/** The settled place a name means: the one known entry it matches, when that entry has a GeoNames id. */
export function settledPlaces(known: KnownEntities): (name: string) => PlaceCandidate | undefined {
  return (name) => {
    const entries = known.lookup(name)
    const entry = entries.length === 1 ? entries[0] : undefined
    return entry?.kind === 'place' && entry.geonameId !== undefined ? placeById(entry.geonameId) : undefined
  }
}
