/**
 * A fixed list of words, packed for lookups: the words joined in one string
 * and an open-addressing hash table in typed arrays. Why: the lexicon's
 * 47,000 words as a `Set` and a `Map` of separate strings held 3.3 MB of
 * live heap in every process; packed, they hold one string of 0.5 MB (the
 * typed arrays live outside the JavaScript heap), and a lookup reads the
 * query's characters once, with no string made.
 */
export class WordTable {
  /** The words, each followed by a line feed. */
  readonly #text: string
  /** Offset in `#text` of each word, by index, and one past the last. */
  readonly #starts: Int32Array
  /** Word index + 1 per slot; 0 for an empty slot. */
  readonly #slots: Int32Array
  readonly #mask: number

  /**
   * @param words The words, in any case; duplicates keep their first index.
   *   A word must not contain a line feed.
   */
  constructor(words: readonly string[]) {
    let size = 16
    while (size < words.length * 2) size *= 2
    this.#slots = new Int32Array(size)
    this.#mask = size - 1
    this.#text = words.join('\n') + '\n'
    // Starts of the joined words; duplicates are then left out of the slots, not of the text.
    this.#starts = new Int32Array(words.length + 1)
    let offset = 0
    for (let index = 0; index < words.length; index++) {
      this.#starts[index] = offset
      offset += words[index]!.length + 1
    }
    this.#starts[words.length] = offset
    for (let index = 0; index < words.length; index++) {
      const word = words[index]!
      if (this.indexOf(word) !== -1) continue
      let slot = hash(word, 0, word.length, false) & this.#mask
      while (this.#slots[slot] !== 0) slot = (slot + 1) & this.#mask
      this.#slots[slot] = index + 1
    }
  }

  /** Index of `word` in the list the table was built from (its first occurrence), or -1. */
  indexOf(word: string): number {
    return this.indexOfRange(word, 0, word.length)
  }

  /** Index of `text.slice(start, end)` in the list, or -1, without making that string. */
  indexOfRange(text: string, start: number, end: number): number {
    return this.#find(text, start, end, false)
  }

  /** Index of `text` with A–Z read as a–z (for a list in lower case), or -1: `Maria` finds `maria`. */
  indexOfCaseBlind(text: string): number {
    return this.#find(text, 0, text.length, true)
  }

  #find(text: string, start: number, end: number, fold: boolean): number {
    const slots = this.#slots
    const starts = this.#starts
    const words = this.#text
    const length = end - start
    let slot = hash(text, start, end, fold) & this.#mask
    for (;;) {
      const entry = slots[slot]!
      if (entry === 0) return -1
      const wordStart = starts[entry - 1]!
      if (starts[entry]! - wordStart - 1 === length) {
        let same = true
        for (let offset = 0; offset < length; offset++) {
          if (words.charCodeAt(wordStart + offset) !== codeAt(text, start + offset, fold)) {
            same = false
            break
          }
        }
        if (same) return entry - 1
      }
      slot = (slot + 1) & this.#mask
    }
  }

  /** Whether the list has `word`. */
  has(word: string): boolean {
    return this.indexOfRange(word, 0, word.length) !== -1
  }
}

/** FNV-1a over the UTF-16 code units of `text.slice(start, end)` (A–Z as a–z with `fold`). */
function hash(text: string, start: number, end: number, fold: boolean): number {
  let value = 0x811c9dc5
  for (let index = start; index < end; index++) value = Math.imul(value ^ codeAt(text, index, fold), 0x01000193)
  return value
}

function codeAt(text: string, index: number, fold: boolean): number {
  const code = text.charCodeAt(index)
  return fold && code >= 65 && code <= 90 ? code + 32 : code
}
