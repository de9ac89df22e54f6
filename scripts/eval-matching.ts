/**
 * Matching shared by the evaluation scripts: word bags, name keys and a
 * precision/recall tally.
 */

/** Lowercase words of a text, apostrophes kept inside words. */
export const words = (text: string) =>
  text
    .toLowerCase()
    .replaceAll('’', "'")
    .split(/[^\p{L}\p{N}']+/u)
    .map((word) => word.replace(/^'+|'+$/g, ''))
    .filter(Boolean)

/** A name's words without `the` and `U.S.`, so `the U.S. Senate` and `Senate` compare equal. */
export const normalizeName = (name: string) => words(name).filter((word) => word !== 'the' && word !== 'u.s' && word !== 'us').join(' ')

/** Dice coefficient of two word bags. */
export function dice(a: string[], b: string[]): number {
  const counts = new Map<string, number>()
  for (const word of a) counts.set(word, (counts.get(word) ?? 0) + 1)
  let shared = 0
  for (const word of b) {
    const count = counts.get(word) ?? 0
    if (count > 0) {
      shared++
      counts.set(word, count - 1)
    }
  }
  return a.length + b.length === 0 ? 1 : (2 * shared) / (a.length + b.length)
}

/** True positives, predictions and gold items, with precision, recall and F1. */
export class Score {
  truePositives = 0
  predicted = 0
  gold = 0
  /** Gold items found: equals `truePositives` when predictions and gold pair one-to-one. */
  found = 0
  get precision() {
    return this.predicted === 0 ? 1 : this.truePositives / this.predicted
  }
  get recall() {
    return this.gold === 0 ? 1 : this.found / this.gold
  }
  get f1() {
    return this.precision + this.recall === 0 ? 0 : (2 * this.precision * this.recall) / (this.precision + this.recall)
  }
}
