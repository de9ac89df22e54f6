/**
 * Maps offsets in a block's text to offsets in the source it was read from.
 *
 * The text is a series of runs; inside a run text and source advance
 * together, and between runs the source skips markup (`> `, `**`, `&amp;`,
 * tags). A text without a source (a tree without positions) has no runs.
 */
export class SourceMap {
  private readonly textStarts: number[] = []
  private readonly sourceStarts: number[] = []

  /** Start a run: text offset `text` is source offset `source`. */
  add(text: number, source: number): void {
    const last = this.textStarts.length - 1
    // A run that continues the previous one adds nothing.
    if (
      last >= 0 &&
      this.sourceStarts[last]! + (text - this.textStarts[last]!) === source
    ) {
      return
    }
    if (last >= 0 && this.textStarts[last] === text) {
      this.sourceStarts[last] = source
      return
    }
    this.textStarts.push(text)
    this.sourceStarts.push(source)
  }

  /** Whether the text can be mapped at all. */
  get known(): boolean {
    return this.textStarts.length > 0
  }

  /** Source offset of text offset `offset`, or `undefined` without a source. */
  toSource(offset: number): number | undefined {
    let low = 0
    let high = this.textStarts.length - 1
    if (high < 0) return undefined
    while (low < high) {
      const middle = (low + high + 1) >> 1
      if (this.textStarts[middle]! <= offset) low = middle
      else high = middle - 1
    }
    return this.sourceStarts[low]! + (offset - this.textStarts[low]!)
  }
}

/**
 * Add runs to `map` for `value` (text starting at text offset `textStart`),
 * which was read from `source` starting at `sourceStart`, by walking both in
 * step and skipping source characters that the value does not have
 * (escapes, entity names, blockquote markers, indentation). Linear time.
 */
export function align(
  map: SourceMap,
  value: string,
  textStart: number,
  source: string,
  sourceStart: number,
  sourceEnd: number
): void {
  // Most text nodes are their source as is: one run (what the walk below finds, in one native comparison).
  // (A slice compared with `===`, not `startsWith` at an offset: V8 compares two whole strings several times faster.)
  if (sourceEnd - sourceStart === value.length && value.length > 0 && source.slice(sourceStart, sourceEnd) === value) {
    map.add(textStart, sourceStart)
    return
  }
  let j = sourceStart
  let inRun = false
  for (let i = 0; i < value.length; i++) {
    const char = value.charCodeAt(i)
    let k = j
    // Look ahead a little for the character; markup runs are short.
    while (k < sourceEnd && k - j < 16 && source.charCodeAt(k) !== char) k++
    if (k < sourceEnd && source.charCodeAt(k) === char) {
      if (!inRun || k !== j) map.add(textStart + i, k)
      inRun = true
      j = k + 1
    } else {
      // Decoded entity or the like: keep the current source offset.
      map.add(textStart + i, Math.min(j, sourceEnd))
      inRun = false
    }
  }
}
