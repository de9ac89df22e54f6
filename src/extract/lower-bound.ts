/**
 * Index of the first item whose key is at or after `value`, in items sorted
 * by that key (binary search). `items.length` when there is none.
 */
export function lowerBound<T>(items: readonly T[], value: number, key: (item: T) => number): number {
  let low = 0
  let high = items.length
  while (low < high) {
    const middle = (low + high) >> 1
    if (key(items[middle]!) < value) low = middle + 1
    else high = middle
  }
  return low
}
