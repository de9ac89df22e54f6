/**
 * CoNLL-2003 scoring, per the dev README: per story, the unique gold names
 * of a type (a lone surname joins the full name it ends) against the
 * Person and Organization nodes; precision counts every node emitted.
 * LOC is scored as places are.
 */
import {normalizeName} from '../eval-matching.js'
import {contextOf} from './examples.js'
import {type ArticleGraph, namesOf} from './graph.js'
import {scorePlaces} from './places.js'
import type {Tally} from './tally.js'

/** One gold CoNLL entity. */
export interface GoldEntity {
  readonly type: 'PER' | 'ORG' | 'LOC' | 'MISC'
  readonly text: string
  readonly start: number
  readonly end: number
}

/** A story is prose when its median paragraph has at least 12 tokens (tables and price lists are not). */
export function isProse(text: string): boolean {
  const lengths = text
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.split(/\s+/).filter(Boolean).length)
    .filter((length) => length > 0)
    .sort((a, b) => a - b)
  if (lengths.length === 0) return false
  const middle = lengths.length / 2
  const median = lengths.length % 2 === 1 ? lengths[Math.floor(middle)]! : (lengths[middle - 1]! + lengths[middle]!) / 2
  return median >= 12
}

/** Score one story's PER, ORG and LOC into `tally`, with ` (prose)` rows for prose stories. */
export function scoreEntities(text: string, gold: readonly GoldEntity[], graph: ArticleGraph, tally: Tally): void {
  const suffixes = isProse(text) ? ['', ' (prose)'] : ['']
  for (const suffix of suffixes) {
    scoreType('PER', 'Person', suffix)
    scoreType('ORG', 'Organization', suffix)
    const locations = gold.filter((entity) => entity.type === 'LOC')
    scorePlaces('conll', 'LOC' + suffix, text, locations, graph, tally)
  }

  function scoreType(type: 'PER' | 'ORG', nodeType: string, suffix: string): void {
    const label = type + suffix
    const score = tally.score(label)
    const nodes = [...graph.nodes.values()].filter((node) => node['@type'] === nodeType).map((node) => ({node, names: namesOf(node).map(normalizeName)}))
    const golds = uniqueGold(gold.filter((entity) => entity.type === type), type === 'PER')
    const same = (goldName: string, names: readonly string[]) =>
      names.some((name) => {
        if (name === goldName) return true
        if (type !== 'PER') return false
        const a = name.split(' ')
        const b = goldName.split(' ')
        return a.at(-1) === b.at(-1) && (a.length === 1 || b.length === 1)
      })
    for (const entity of golds) {
      score.gold++
      if (nodes.some((item) => same(normalizeName(entity.text), item.names))) score.found++
      else tally.misses(label).add(entity.text, contextOf(text, entity.start, entity.end))
    }
    for (const item of nodes) {
      score.predicted++
      const right = golds.some((entity) => same(normalizeName(entity.text), item.names))
      if (right) score.truePositives++
      // Which kinds of evidence produce the false entities: precision of the entities that have each.
      const entity = graph.result.article.entities.find((candidate) => candidate.type === nodeType && candidate.name === item.node.name)
      const evidence = entity?.evidence ?? []
      for (const kind of evidence.length > 0 ? evidence : ['none']) tally.rate(`${label} precision, evidence ${kind}`).add(right)
      if (!right) {
        const position = entity?.mentions[0]?.position
        const kinds = evidence.length > 0 ? ` [${evidence.join(', ')}]` : ''
        tally.falses(label).add((item.node.name ?? '?') + kinds, contextOf(text, position?.start.offset, position?.end.offset))
      }
    }
  }
}

/** Unique names of one type; with `surnames`, a lone surname joins the full name it ends. */
function uniqueGold(entities: readonly GoldEntity[], surnames: boolean): GoldEntity[] {
  const byName = new Map<string, GoldEntity>()
  for (const entity of entities) {
    const name = normalizeName(entity.text)
    if (name && !byName.has(name)) byName.set(name, entity)
  }
  const names = [...byName.keys()]
  return [...byName]
    .filter(([name]) => !surnames || name.includes(' ') || !names.some((other) => other !== name && other.endsWith(' ' + name)))
    .map(([, entity]) => entity)
}
