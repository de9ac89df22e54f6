/**
 * A resolved place as the public model holds it: the gazetteer's facts about
 * it and every place containing it, so that later stages (known entities,
 * the graph) need not ask the gazetteer again.
 */
import type {ArticlePlace, ContainingPlace, PlaceEvidence} from '../article.js'
import {containingPlaces, type PlaceCandidate} from '../gazetteer/gazetteer.js'
import {placeType} from '../gazetteer/place-type.js'
import type {ResolvedSite} from './place-sites.js'
import type {TextSpan} from './span.js'

/** The article's place for a gazetteer place, with its mentions and the evidence for it. */
export function articlePlace(item: PlaceCandidate, mentions: readonly TextSpan[], evidence: readonly PlaceEvidence[]): ArticlePlace {
  // Written out rather than spread from containingPlace(item): a spread and added keys make V8 copy and reshape the object (3% of an article's time).
  return {
    type: placeType(item),
    name: item.name,
    geonameId: item.geonameId,
    subdivisionCode: item.code,
    latitude: item.latitude,
    longitude: item.longitude,
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

/** The article's place for a site (`Colfax Avenue`): no id and no point, in the place the text puts it, if any. */
export function articleSite(site: ResolvedSite, mentions: readonly TextSpan[]): ArticlePlace {
  const container = site.container
  return {
    type: 'Place',
    name: site.name,
    geonameId: undefined,
    subdivisionCode: undefined,
    latitude: undefined,
    longitude: undefined,
    countryCode: container?.countryCode ?? '',
    admin1: container?.admin1,
    containedIn: container ? [containingPlace(container), ...containingPlaces(container).map(containingPlace)] : [],
    mentions,
    evidence: [...(site.headNoun ? (['head-noun'] as const) : []), ...(site.written ? (['region'] as const) : [])]
  }
}
