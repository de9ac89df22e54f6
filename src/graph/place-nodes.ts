/**
 * The place nodes of a graph: each place the article names, linked to the
 * places that contain it up to the country.
 */
import type {Article, ArticlePlace, ContainingPlace} from '../article.js'
import type {KnownEntities} from '../known/known-entities.js'
import type {Ids} from './ids.js'
import type {GraphNode} from './node.js'

/** Place nodes by {@link placeKey}, and the city the article names most. */
export interface PlaceNodes {
  readonly byKey: ReadonlyMap<string, GraphNode>
  /** The city the article names most (the story's place when there is no dateline). */
  readonly mostMentioned: GraphNode | undefined
}

/** A place's key among the nodes: its GeoNames id, or the ISO 3166-2 code of a division GeoNames' id is not known for, or a site's name. */
export function placeKey(place: Pick<ArticlePlace, 'geonameId' | 'subdivisionCode' | 'name'>): string {
  return place.geonameId === undefined ? (place.subdivisionCode ?? place.name) : String(place.geonameId)
}

/**
 * The nodes of the article's places and of the places containing them, each
 * linked to the next one out. Everything comes from the places stage's
 * resolution (`ArticlePlace.containedIn`): the gazetteer is not asked again.
 */
export function placeNodes(article: Article, ids: Ids, known?: KnownEntities | undefined): PlaceNodes {
  const byKey = new Map<string, GraphNode>()
  for (const place of article.places) {
    const chain = [place, ...place.containedIn]
    // An index loop, not entries(): no [index, item] array per place.
    for (let index = 0; index < chain.length; index++) placeNode(chain[index]!, chain[index + 1])
  }
  let best: ArticlePlace | undefined
  for (const item of article.places) {
    if (item.type === 'City' && (!best || item.mentions.length > best.mentions.length)) best = item
  }
  return {byKey, mostMentioned: best && byKey.get(placeKey(best))}

  function placeNode(item: ContainingPlace, container: ContainingPlace | undefined): void {
    const key = placeKey(item)
    if (byKey.has(key)) return
    // A known place keeps its stable id, page and profiles in every article.
    const entry = item.geonameId === undefined ? undefined : known?.placeOf(item.geonameId)
    const geonames = item.geonameId === undefined ? undefined : 'https://sws.geonames.org/' + item.geonameId + '/'
    const containerEntry = container?.geonameId === undefined ? undefined : known?.placeOf(container.geonameId)
    byKey.set(key, {
      '@type': item.type,
      '@id': entry?.id ?? ids.place(key),
      name: item.name,
      url: entry?.url,
      identifier: item.subdivisionCode,
      geo: item.latitude === undefined || item.longitude === undefined ? undefined : {'@type': 'GeoCoordinates', latitude: item.latitude, longitude: item.longitude},
      sameAs: entry ? [geonames, ...entry.sameAs.filter((url) => url !== geonames)] : geonames,
      containedInPlace: container && {'@id': containerEntry?.id ?? ids.place(placeKey(container))}
    })
  }
}
