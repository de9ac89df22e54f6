/**
 * Optimal string alignment distance: insertions, deletions, substitutions
 * and swaps of two neighbouring characters each cost 1, so `datePublised`
 * is 1 from `datePublished` and `haedline` 1 from `headline`.
 * O(a × b) time, three rows of memory.
 */
export function editDistance(a: string, b: string): number {
  let previousPrevious: number[] = []
  let previous = Array.from({length: b.length + 1}, (_, index) => index)
  for (let i = 1; i <= a.length; i++) {
    const current = [i]
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      let distance = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost)
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        distance = Math.min(distance, previousPrevious[j - 2]! + 1)
      }
      current.push(distance)
    }
    previousPrevious = previous
    previous = current
  }
  return previous[b.length]!
}
