/** Runs the public API on a text and indexes the JSON-LD graph it returns. */
import {articleToJsonLd, type Result} from '../../src/index.js'

/** A node of the `@graph`, loosely typed. */
export interface GraphNode {
  readonly '@type': string
  readonly '@id': string
  readonly name?: string
  readonly alternateName?: string | string[]
  readonly sameAs?: string | string[]
  readonly identifier?: string
  readonly geo?: {latitude: number; longitude: number}
  readonly text?: string
  readonly creator?: {'@id': string}
  readonly mentions?: Array<{'@id': string}>
}

/** The graph of one article. */
export interface ArticleGraph {
  readonly result: Result
  readonly nodes: ReadonlyMap<string, GraphNode>
  /** Ids the article node lists in `mentions`, `contentLocation` or `locationCreated`. */
  readonly mentioned: ReadonlySet<string>
}

const placeTypes = new Set(['Place', 'City', 'State', 'Country', 'AdministrativeArea', 'Continent', 'Landform', 'BodyOfWater'])

/** Whether a node is a place of any schema.org type. */
export const isPlace = (node: GraphNode) => placeTypes.has(node['@type'])

/** The article's graph, read as plain text. */
export function graphOf(text: string): ArticleGraph {
  const result = articleToJsonLd(text, {format: 'text'})
  const graph = (result.jsonld as unknown as {'@graph': GraphNode[]})['@graph']
  const nodes = new Map(graph.map((node) => [node['@id'], node]))
  const article = graph[0] as GraphNode & {contentLocation?: {'@id': string}; locationCreated?: {'@id': string}}
  const mentioned = new Set((article.mentions ?? []).map((item) => item['@id']))
  for (const reference of [article.contentLocation, article.locationCreated]) if (reference) mentioned.add(reference['@id'])
  return {result, nodes, mentioned}
}

/** A node's names: `name` and every `alternateName`. */
export function namesOf(node: GraphNode): string[] {
  const alternate = node.alternateName === undefined ? [] : Array.isArray(node.alternateName) ? node.alternateName : [node.alternateName]
  return [node.name ?? '', ...alternate].filter(Boolean)
}

/** The GeoNames id in a place's `sameAs`. */
export function geonameIdOf(node: GraphNode): number | undefined {
  const sameAs = Array.isArray(node.sameAs) ? node.sameAs : node.sameAs === undefined ? [] : [node.sameAs]
  for (const url of sameAs) {
    const match = /geonames\.org\/(\d+)/.exec(url)
    if (match) return Number(match[1])
  }
  return undefined
}
