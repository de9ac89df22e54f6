/**
 * The place nodes of a graph: each place the article names, linked to the
 * places that contain it up to the country.
 */
import type {Article, ArticlePlace} from '../article.js'
import {containingPlaces, type PlaceCandidate, placeByCode, placeById} from '../gazetteer/gazetteer.js'
import {placeType} from '../gazetteer/place-type.js'
import type {KnownEntities} from '../known/known-entities.js'
import type {Ids} from './ids.js'
import type {GraphNode} from './node.js'

/** Place nodes by {@link placeKey}, and the city the article names most. */
export interface PlaceNodes {
  readonly byKey: ReadonlyMap<string, GraphNode>
  /** The city the article names most (the story's place when there is no dateline). */
  readonly mostMentioned: GraphNode | undefined
}

/** A place's key among the nodes: its GeoNames id, or the ISO 3166-2 code of a division GeoNames' id is not known for. */
export function placeKey(place: Pick<ArticlePlace, 'geonameId' | 'subdivisionCode'>): string {
  return place.geonameId === undefined ? (place.subdivisionCode ?? '') : String(place.geonameId)
}

/** The nodes of the article's places and of the places containing them. */
export function placeNodes(article: Article, ids: Ids, known?: KnownEntities | undefined): PlaceNodes {
  const byKey = new Map<string, GraphNode>()
  for (const place of article.places) {
    const item = place.geonameId === undefined ? placeByCode(place.subdivisionCode ?? '') : placeById(place.geonameId)
    if (item) placeNode(item)
  }
  let best: ArticlePlace | undefined
  for (const item of article.places) {
    if (item.type === 'City' && (!best || item.mentions.length > best.mentions.length)) best = item
  }
  return {byKey, mostMentioned: best && byKey.get(placeKey(best))}

  function placeNode(item: PlaceCandidate): void {
    const key = placeKey({geonameId: item.geonameId, subdivisionCode: item.code})
    if (byKey.has(key)) return
    const containers = containingPlaces(item)
    const container = containers[0]
    // A known place keeps its stable id, page and profiles in every article.
    const entry = item.geonameId === undefined ? undefined : known?.placeOf(item.geonameId)
    const geonames = item.geonameId === undefined ? undefined : 'https://sws.geonames.org/' + item.geonameId + '/'
    const containerEntry = container?.geonameId === undefined ? undefined : known?.placeOf(container.geonameId)
    byKey.set(key, {
      '@type': placeType(item),
      '@id': entry?.id ?? ids.place(key),
      name: item.name,
      url: entry?.url,
      identifier: item.code,
      geo: {'@type': 'GeoCoordinates', latitude: item.latitude, longitude: item.longitude},
      sameAs: entry ? [geonames, ...entry.sameAs.filter((url) => url !== geonames)] : geonames,
      containedInPlace: container && {'@id': containerEntry?.id ?? ids.place(placeKey({geonameId: container.geonameId, subdivisionCode: container.code}))}
    })
    for (const each of containers) placeNode(each)
  }
}
