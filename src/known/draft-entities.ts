/**
 * Drafting a known-entities file from an archive: the people,
 * organizations and places its articles name, counted by the articles that
 * name them, read from the graphs a batch emits (one path: the same
 * pipeline as every run).
 */
import type {Graph} from 'schema-dts'
import {stringify} from 'yaml'
import type {KnownEntity} from './known-entity.js'

/** What the archive says of one entity so far. */
interface Tally {
  readonly key: string
  articles: number
  readonly types: Map<string, number>
  readonly names: Map<string, number>
  readonly titles: Map<string, number>
  readonly sameAs: Set<string>
  geonameId: number | undefined
  id: string | undefined
  url: string | undefined
}

/** How to draft (every field optional). */
export interface DraftOptions {
  /** Most entries written (default: `100`). */
  readonly top?: number | undefined
  /** Fewest articles an entity must be named in (default: `2`). */
  readonly minArticles?: number | undefined
  /** Entries already confirmed: they are kept as they are, with their new counts, and not marked for review. */
  readonly confirmed?: readonly KnownEntity[] | undefined
}

type Node = Record<string, unknown>

const geonames = /^https:\/\/sws\.geonames\.org\/(\d+)\/$/
const placeTypes = new Set(['Place', 'City', 'State', 'Country', 'AdministrativeArea', 'Continent'])
// The article's own nodes: what it is about and names, not what it is.
const referring = ['author', 'mentions', 'about', 'contentLocation', 'locationCreated']

/** A tally of the entities of many graphs, and the draft file it makes. */
export function createDraft() {
  const tallies = new Map<string, Tally>()
  let articles = 0
  return {add, entries, toYaml, get articles() {
    return articles
  }}

  /** Count the entities one article's graph names. */
  function add(graph: Graph): void {
    const nodes = graph['@graph'] as unknown as Node[]
    const article = nodes[0]
    if (!article || !String(article['@type']).endsWith('Article')) return
    articles++
    const byId = new Map(nodes.map((node) => [node['@id'], node]))
    const named = new Set(referring.flatMap((key) => [article[key] ?? []].flat() as Array<{'@id'?: string}>).map((item) => item['@id']))
    const publisher = (article.publisher as {'@id'?: string} | undefined)?.['@id']
    const seen = new Set<string>()
    for (const id of named) {
      const node = id === undefined || id === publisher ? undefined : byId.get(id)
      const kind = node && kindOf(node)
      if (!node || !kind) continue
      // A known entity by its stable id; another by kind and name (its id is local to the article).
      const local = String(id).startsWith(String(article.url ?? '') + '#')
      // Places by GeoNames id: two Springfields are two places.
      const place = kind === 'place' ? (([node.sameAs ?? []].flat() as string[]).map((url) => geonames.exec(url)?.[1]).find(Boolean) ?? node.identifier) : undefined
      const key = !local ? String(id) : place ? 'place:' + place : kind + ':' + String(node.name).toLowerCase()
      if (seen.has(key)) continue
      seen.add(key)
      tally(key, node, local ? undefined : String(id))
    }
  }

  function tally(key: string, node: Node, id: string | undefined): void {
    const entry = tallies.get(key) ?? {key, articles: 0, types: new Map(), names: new Map(), titles: new Map(), sameAs: new Set(), geonameId: undefined, id, url: undefined}
    tallies.set(key, entry)
    entry.articles++
    bump(entry.types, String(node['@type']))
    bump(entry.names, String(node.name))
    if (typeof node.jobTitle === 'string') bump(entry.titles, node.jobTitle)
    if (typeof node.url === 'string') entry.url ??= node.url
    for (const url of [node.sameAs ?? []].flat() as string[]) {
      const match = geonames.exec(url)
      if (match) entry.geonameId = Number(match[1])
      else entry.sameAs.add(url)
    }
  }

  /** The draft's entries, most named first; confirmed entries keep their fields. */
  function entries(options: DraftOptions = {}): KnownEntity[] {
    const top = options.top ?? 100
    const minArticles = options.minArticles ?? 2
    const confirmed = new Map<string, KnownEntity>()
    for (const entity of options.confirmed ?? []) confirmed.set(entity.name.toLowerCase(), entity)
    return [...tallies.values()]
      .filter((entry) => entry.articles >= minArticles)
      .sort((a, b) => b.articles - a.articles || mostOf(a.names).localeCompare(mostOf(b.names)))
      .slice(0, top)
      .map((entry) => {
        const name = mostOf(entry.names)
        const known = confirmed.get(name.toLowerCase())
        if (known) return {...known, count: entry.articles}
        return draftEntry(entry, name)
      })
  }

  function toYaml(options: DraftOptions = {}): string {
    const list = entries(options)
    const review = list.filter((entry) => entry.review).length
    const header = [
      '# Known entities drafted by `newsroom-jsonld entities` from ' + articles + ' article' + (articles === 1 ? '' : 's') + '.',
      '# `count`: articles naming the entity. Entries with `review: true` are guesses (' + review + ' of ' + list.length + '):',
      '# check the type, name and title, add `aliases`, `sameAs` (Wikidata, Wikipedia, profiles) and `url`,',
      '# then remove `review`. Format: see the README, section Known entities.',
      ''
    ].join('\n')
    return header + stringify({entities: list}, {lineWidth: 0})
  }
}

function draftEntry(entry: Tally, name: string): KnownEntity {
  const type = mostOf(entry.types)
  const aliases = [...entry.names.keys()].filter((other) => other !== name)
  const person = type === 'Person'
  return {
    type,
    name,
    ...(aliases.length > 0 ? {aliases} : {}),
    ...(entry.id ? {id: entry.id} : {}),
    ...(entry.url ? {url: entry.url} : {}),
    ...(entry.sameAs.size > 0 ? {sameAs: [...entry.sameAs]} : {}),
    ...(person && entry.titles.size > 0 ? {jobTitle: mostOf(entry.titles)} : {}),
    ...(entry.geonameId === undefined ? {} : {geonameId: entry.geonameId}),
    count: entry.articles,
    review: true
  }
}

/** Person, organization (any type with a name but no coordinates) or GeoNames place; none for other nodes. */
function kindOf(node: Node): 'person' | 'organization' | 'place' | undefined {
  const type = String(node['@type'])
  if (typeof node.name !== 'string') return undefined
  if (type === 'Person') return 'person'
  if (placeTypes.has(type) || node.geo !== undefined) return 'place'
  return 'organization'
}

function bump(map: Map<string, number>, key: string): void {
  map.set(key, (map.get(key) ?? 0) + 1)
}

/** The most frequent key (the first seen on a tie). */
function mostOf(map: ReadonlyMap<string, number>): string {
  let best = ''
  let count = 0
  for (const [key, value] of map) {
    if (value > count) {
      best = key
      count = value
    }
  }
  return best
}
