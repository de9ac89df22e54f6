/**
 * The place nodes of a graph: each place the article names, linked to the
 * places that contain it up to the country.
 */
import type {Article, ArticlePlace} from '../article.js'
import {containingPlaces, placeById} from '../gazetteer/gazetteer.js'
import {placeType} from '../gazetteer/place-type.js'
import type {Ids} from './ids.js'
import type {GraphNode} from './node.js'

/** Place nodes by GeoNames id, and the city the article names most. */
export interface PlaceNodes {
  readonly byId: ReadonlyMap<number, GraphNode>
  /** The city the article names most (the story's place when there is no dateline). */
  readonly mostMentioned: GraphNode | undefined
}

/** The nodes of the article's places and of the places containing them. */
export function placeNodes(article: Article, ids: Ids): PlaceNodes {
  const byId = new Map<number, GraphNode>()
  for (const place of article.places) placeNode(place.geonameId)
  let best: ArticlePlace | undefined
  for (const item of article.places) {
    if (item.type === 'City' && (!best || item.mentions.length > best.mentions.length)) best = item
  }
  return {byId, mostMentioned: best && byId.get(best.geonameId)}

  function placeNode(geonameId: number): void {
    if (byId.has(geonameId)) return
    const item = placeById(geonameId)
    if (!item) return
    const containers = containingPlaces(item)
    byId.set(geonameId, {
      '@type': placeType(item),
      '@id': ids.place(String(geonameId)),
      name: item.name,
      geo: {'@type': 'GeoCoordinates', latitude: item.latitude, longitude: item.longitude},
      sameAs: 'https://sws.geonames.org/' + geonameId + '/',
      containedInPlace: containers[0] && {'@id': ids.place(String(containers[0].geonameId))}
    })
    for (const container of containers) placeNode(container.geonameId)
  }
}
