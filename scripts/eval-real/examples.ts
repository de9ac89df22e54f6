/** The most frequent misses and false entities of a corpus, each with the context of its first occurrence. */
export class Examples {
  readonly #items = new Map<string, {count: number; context: string}>()

  add(label: string, context: string): void {
    const item = this.#items.get(label)
    if (item) item.count++
    else this.#items.set(label, {count: 1, context})
  }

  top(count: number): Array<{label: string; count: number; context: string}> {
    return [...this.#items]
      .map(([label, item]) => ({label, ...item}))
      .sort((a, b) => b.count - a.count || a.label.localeCompare(b.label))
      .slice(0, count)
  }

  get size(): number {
    return this.#items.size
  }
}

/** Up to 40 characters either side of `[start, end)`, the span in brackets, on one line. */
export function contextOf(text: string, start: number | undefined, end: number | undefined): string {
  if (start === undefined || end === undefined) return ''
  const before = text.slice(Math.max(0, start - 40), start)
  const after = text.slice(end, end + 40)
  return (before + '[' + text.slice(start, end) + ']' + after).replaceAll(/\s+/g, ' ')
}
