/** A corpus's running scores, rates and example lists, and how they print. */
import {Score} from '../eval-matching.js'
import {scoreEntities, type GoldEntity} from './entities.js'
import {Examples} from './examples.js'
import {graphOf} from './graph.js'
import type {GoldPlace} from './place-gold.js'
import {scorePlaces} from './places.js'
import {type GoldAttribution, scoreQuotes} from './quotes.js'

/** What a corpus annotates. */
export type CorpusKind = 'quotes' | 'entities' | 'places'

/** One row of a dev corpus. */
export interface RealArticle {
  readonly corpus: string
  readonly id: string
  readonly text: string
  readonly places?: readonly GoldPlace[]
  readonly entities?: readonly GoldEntity[]
  readonly attributions?: readonly GoldAttribution[]
}

/** A share of right answers. */
export class Rate {
  right = 0
  total = 0
  add(right: boolean): void {
    this.total++
    if (right) this.right++
  }
  get value(): number {
    return this.total === 0 ? 1 : this.right / this.total
  }
}

/** Scores by label, in first-seen order. */
export class Tally {
  readonly scores = new Map<string, Score>()
  readonly rates = new Map<string, Rate>()
  readonly lists = new Map<string, Examples>()

  score(label: string): Score {
    return getOrAdd(this.scores, label, () => new Score())
  }
  rate(label: string): Rate {
    return getOrAdd(this.rates, label, () => new Rate())
  }
  examples(label: string): Examples {
    return getOrAdd(this.lists, label, () => new Examples())
  }
  misses(label: string): Examples {
    return this.examples(label + ' misses')
  }
  falses(label: string): Examples {
    return this.examples(label + ' false')
  }

  summary(): Record<string, unknown> {
    const round = (value: number) => Math.round(value * 1000) / 1000
    return {
      scores: Object.fromEntries([...this.scores].map(([label, score]) => [label, {gold: score.gold, predicted: score.predicted, precision: round(score.precision), recall: round(score.recall), f1: round(score.f1)}])),
      rates: Object.fromEntries([...this.rates].map(([label, rate]) => [label, {total: rate.total, value: round(rate.value)}]))
    }
  }
}

/** A fresh tally for a corpus. */
export const newTally = (_kind: CorpusKind) => new Tally()

/** Run the library on one row and score it. */
export function scoreArticle(row: RealArticle, kind: CorpusKind, tally: Tally): void {
  const graph = graphOf(row.text)
  if (kind === 'quotes') scoreQuotes(row.text, row.attributions ?? [], graph, tally)
  else if (kind === 'entities') scoreEntities(row.text, row.entities ?? [], graph, tally)
  else scorePlaces(row.corpus, 'places', row.text, row.places ?? [], graph, tally)
}

/** Print a corpus's table and its lists. */
export function printTally(name: string, rows: number, seconds: number, tally: Tally, top: number): void {
  const percent = (value: number) => (value * 100).toFixed(1).padStart(6)
  console.log(`\n== ${name}: ${rows} articles, ${seconds.toFixed(1)} s`)
  console.log('type                  gold  found  predicted  precision  recall     F1')
  for (const [label, score] of tally.scores) {
    console.log(`${label.padEnd(20)} ${String(score.gold).padStart(5)} ${String(score.found).padStart(6)} ${String(score.predicted).padStart(10)}    ${percent(score.precision)}  ${percent(score.recall)} ${percent(score.f1)}`)
  }
  // Sorted, so each type's evidence kinds print together.
  for (const [label, rate] of [...tally.rates].sort(([a], [b]) => a.localeCompare(b))) console.log(`${label.padEnd(20)} ${percent(rate.value)}  (${rate.right}/${rate.total})`)
  if (top <= 0) return
  for (const [label, list] of tally.lists) {
    console.log(`\n-- ${label}: ${list.size} distinct, most frequent:`)
    for (const item of list.top(top)) console.log(`${String(item.count).padStart(4)}  ${item.label}  |  ${item.context}`)
  }
}

function getOrAdd<K, V>(map: Map<K, V>, key: K, make: () => V): V {
  let value = map.get(key)
  if (value === undefined) {
    value = make()
    map.set(key, value)
  }
  return value
}
