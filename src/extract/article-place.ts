/**
 * A resolved place as the public model holds it: the gazetteer's facts about
 * it and every place containing it, so that later stages (known entities,
 * the graph) need not ask the gazetteer again.
 */
import type {ArticlePlace, ContainingPlace, PlaceEvidence} from '../article.js'
import {containingPlaces, type PlaceCandidate} from '../gazetteer/gazetteer.js'
import {placeType} from '../gazetteer/place-type.js'
import type {TextSpan} from './span.js'

/** The article's place for a gazetteer place, with its mentions and the evidence for it. */
export function articlePlace(item: PlaceCandidate, mentions: readonly TextSpan[], evidence: readonly PlaceEvidence[]): ArticlePlace {
  return {
    ...containingPlace(item),
    countryCode: item.countryCode,
    admin1: item.admin1,
    containedIn: containingPlaces(item).map(containingPlace),
    mentions,
    evidence
  }
}

function containingPlace(item: PlaceCandidate): ContainingPlace {
  return {
    type: placeType(item),
    name: item.name,
    geonameId: item.geonameId,
    subdivisionCode: item.code,
    latitude: item.latitude,
    longitude: item.longitude
  }
}
