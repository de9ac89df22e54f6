/**
 * Place scoring, per the dev README: per article, unique gold places
 * against the Place nodes the article mentions (precision) and all Place
 * nodes (recall); a found place is resolved right within 161 km of the
 * gold point (Acc@161) or with the same GeoNames id.
 */
import type {ArticlePlace} from '../../src/index.js'
import {contextOf} from './examples.js'
import {type ArticleGraph, geonameIdOf, type GraphNode, isPlace} from './graph.js'
import {type GoldPlace, placeStatus} from './place-gold.js'
import type {Tally} from './tally.js'

/** A place name compared loosely: no accents, dots, possessive or leading `the`. */
export const placeKey = (name: string) =>
  name
    .normalize('NFKD')
    .replaceAll(/\p{M}/gu, '')
    .toLowerCase()
    .replaceAll(/['’]s$/g, '')
    .replaceAll('.', '')
    .replaceAll(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .replace(/^the /, '')

interface Group {
  readonly mentions: GoldPlace[]
  readonly keys: Set<string>
  counted: boolean
}

interface PlaceNode {
  readonly node: GraphNode
  readonly geonameId: number | undefined
  readonly keys: Set<string>
  readonly place: ArticlePlace | undefined
}

/** Score one article's places into `tally` under `label`. */
export function scorePlaces(corpus: string, label: string, text: string, gold: readonly GoldPlace[], graph: ArticleGraph, tally: Tally): void {
  const groups = groupGold(corpus, gold)
  const nodes = placeNodes(graph)
  const score = tally.score(label)
  const matches = (node: PlaceNode, group: Group) => [...node.keys].some((key) => group.keys.has(key))

  for (const group of groups) {
    if (!group.counted) continue
    score.gold++
    const first = group.mentions.find((mention) => placeStatus(corpus, mention) === 'counted') ?? group.mentions[0]!
    const matched = nodes.filter((node) => matches(node, group))
    if (matched.length === 0) {
      tally.misses(label).add(first.text, contextOf(text, first.start, first.end))
      continue
    }
    score.found++
    const goldId = group.mentions.find((mention) => mention.geonameid !== undefined)?.geonameid
    const point = group.mentions.find((mention) => mention.lat !== undefined && mention.lon !== undefined)
    const best = matched.find((node) => goldId !== undefined && node.geonameId === Number(goldId)) ?? matched[0]!
    if (goldId !== undefined) tally.rate(label + ' same id').add(best.geonameId === Number(goldId))
    // A site (`Colfax Avenue`) has no point: found, but not resolved; Acc@161 counts the places with one.
    if (!best.node.geo) tally.rate(label + ' found without coordinates').add(true)
    else tally.rate(label + ' found without coordinates').add(false)
    if (point && best.node.geo) {
      const right = distanceKm(point.lat!, point.lon!, best.node.geo.latitude, best.node.geo.longitude) <= 161 || (goldId !== undefined && best.geonameId === Number(goldId))
      tally.rate(label + ' Acc@161').add(right)
      // Cities apart: a country's or state's point is a convention (population-weighted here, the centre in most gold).
      tally.rate(label + ' Acc@161 ' + (best.node['@type'] === 'City' ? 'cities' : 'larger areas')).add(right)
      if (!right) tally.examples(label + ' resolved far').add(`${first.text} → ${best.node.name} ${best.geonameId ?? ''}`, contextOf(text, first.start, first.end))
    }
  }

  for (const node of nodes) {
    if (!graph.mentioned.has(node.node['@id'])) continue
    const hits = groups.filter((group) => matches(node, group))
    if (hits.length > 0 && hits.every((group) => !group.counted)) continue
    score.predicted++
    if (hits.length > 0) score.truePositives++
    // Which kinds of evidence produce the false places: precision of the places that have each.
    const evidence = node.place?.evidence ?? []
    for (const kind of evidence.length > 0 ? evidence : ['gazetteer only']) tally.rate(`${label} precision, evidence ${kind}`).add(hits.length > 0)
    if (hits.length === 0) {
      const mention = node.place?.mentions[0]
      const offset = mention?.position?.start.offset
      const written = mention && mention.text !== node.node.name ? ` (“${mention.text}”)` : ''
      const kinds = evidence.length > 0 ? ` [${evidence.join(', ')}]` : ''
      tally.falses(label).add(`${node.node.name ?? '?'}${written}${kinds}`, contextOf(text, offset, mention?.position?.end.offset))
    }
  }
}

function groupGold(corpus: string, gold: readonly GoldPlace[]): Group[] {
  const byKey = new Map<string, Group>()
  const groups: Group[] = []
  for (const mention of gold) {
    const status = placeStatus(corpus, mention)
    if (status === 'ignored') continue
    const keys = [placeKey(mention.text)]
    if (mention.name) keys.push(placeKey(mention.name))
    if (mention.geonameid !== undefined) keys.push('id:' + String(mention.geonameid))
    if (mention.wikipedia) keys.push('wiki:' + mention.wikipedia)
    let group = keys.map((key) => byKey.get(key)).find(Boolean)
    if (!group) {
      group = {mentions: [], keys: new Set(), counted: false}
      groups.push(group)
    }
    group.mentions.push(mention)
    if (status === 'counted') group.counted = true
    for (const key of keys) {
      group.keys.add(key)
      byKey.set(key, group)
    }
  }
  return groups
}

function placeNodes(graph: ArticleGraph): PlaceNode[] {
  // Places by GeoNames id, or by ISO 3166-2 code for divisions GeoNames' id is not known for (the node's identifier), or a site's name.
  const byId = new Map(graph.result.article.places.map((place) => [place.geonameId ?? place.subdivisionCode ?? place.name, place]))
  const result: PlaceNode[] = []
  for (const node of graph.nodes.values()) {
    if (!isPlace(node)) continue
    const geonameId = geonameIdOf(node)
    const place = byId.get(geonameId ?? (typeof node.identifier === 'string' ? node.identifier : node.geo ? '' : (node.name ?? '')))
    const keys = new Set([placeKey(node.name ?? ''), ...(place?.mentions ?? []).map((mention) => placeKey(mention.text))])
    if (geonameId !== undefined) keys.add('id:' + geonameId)
    keys.delete('')
    result.push({node, geonameId, keys, place})
  }
  return result
}

/** Great-circle distance in kilometres. */
function distanceKm(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const radians = Math.PI / 180
  const a = Math.sin(((lat2 - lat1) * radians) / 2) ** 2 + Math.cos(lat1 * radians) * Math.cos(lat2 * radians) * Math.sin(((lon2 - lon1) * radians) / 2) ** 2
  return 2 * 6371 * Math.asin(Math.min(1, Math.sqrt(a)))
}
