/**
 * A fixed list of words, packed for lookups: the words' UTF-16 code units
 * in one typed array and an open-addressing hash table in another. Why:
 * the lexicon's 47,000 words as a `Set` and a `Map` of separate strings
 * held 3.3 MB of live heap in every process; packed, they sit outside the
 * JavaScript heap, a lookup reads the query's characters once with no
 * string made, and the build script can store the table so that a process
 * loads it with one file read (see lexicon-data.ts).
 */
export class WordTable {
  /** The words' code units, one after another. */
  readonly #text: Uint16Array
  /** Offset in `#text` of each word, by index, and one past the last. */
  readonly #starts: Int32Array
  /** Word index + 1 per slot; 0 for an empty slot. */
  readonly #slots: Int32Array
  readonly #mask: number

  /**
   * @param words The words, in any case (duplicates keep their first index),
   *   or a table packed before ({@link packed}), used as it is.
   */
  constructor(words: readonly string[] | PackedWords) {
    if (isPacked(words)) {
      checkPacked(words)
      this.#text = words.text
      this.#starts = words.starts
      this.#slots = words.slots
      this.#mask = words.slots.length - 1
      return
    }
    let size = 16
    while (size < words.length * 2) size *= 2
    this.#slots = new Int32Array(size)
    this.#mask = size - 1
    this.#starts = new Int32Array(words.length + 1)
    let length = 0
    for (const word of words) length += word.length
    this.#text = new Uint16Array(length)
    let offset = 0
    for (let index = 0; index < words.length; index++) {
      const word = words[index]!
      this.#starts[index] = offset
      for (let at = 0; at < word.length; at++) this.#text[offset + at] = word.charCodeAt(at)
      offset += word.length
    }
    this.#starts[words.length] = offset
    // Duplicates stay in the text, not in the slots: the first index wins.
    for (let index = 0; index < words.length; index++) {
      const word = words[index]!
      const slot = this.#slotOf(word, 0, word.length, false)
      if (this.#slots[slot] === 0) this.#slots[slot] = index + 1
    }
  }

  /** The table's arrays, for storing it (the build script) and loading it back with `new WordTable(packed)`. */
  get packed(): PackedWords {
    return {text: this.#text, starts: this.#starts, slots: this.#slots}
  }

  /** Index of `word` in the list the table was built from (its first occurrence), or -1. */
  indexOf(word: string): number {
    return this.indexOfRange(word, 0, word.length)
  }

  /** Index of `text.slice(start, end)` in the list, or -1, without making that string. */
  indexOfRange(text: string, start: number, end: number): number {
    return this.#slots[this.#slotOf(text, start, end, false)]! - 1
  }

  /** Index of `text` with A–Z read as a–z (for a list in lower case), or -1: `Maria` finds `maria`. */
  indexOfCaseBlind(text: string): number {
    return this.#slots[this.#slotOf(text, 0, text.length, true)]! - 1
  }

  /** Whether the list has `word`. */
  has(word: string): boolean {
    return this.indexOfRange(word, 0, word.length) !== -1
  }

  /** The slot that holds the query, or the empty slot where it would go. */
  #slotOf(text: string, start: number, end: number, fold: boolean): number {
    const slots = this.#slots
    const starts = this.#starts
    const words = this.#text
    const length = end - start
    let slot = hash(text, start, end, fold) & this.#mask
    for (;;) {
      const entry = slots[slot]!
      if (entry === 0) return slot
      const wordStart = starts[entry - 1]!
      if (starts[entry]! - wordStart === length) {
        let same = true
        for (let offset = 0; offset < length; offset++) {
          if (words[wordStart + offset] !== codeAt(text, start + offset, fold)) {
            same = false
            break
          }
        }
        if (same) return slot
      }
      slot = (slot + 1) & this.#mask
    }
  }
}

/** A {@link WordTable}'s arrays. */
export interface PackedWords {
  /** The words' UTF-16 code units, one after another. */
  readonly text: Uint16Array
  /** Offset in `text` of each word, and one past the last. */
  readonly starts: Int32Array
  /** Word index + 1 per slot, 0 for an empty one; a power of two slots, more than there are words. */
  readonly slots: Int32Array
}

function isPacked(words: readonly string[] | PackedWords): words is PackedWords {
  return !Array.isArray(words)
}

/** The sizes a lookup relies on (it could loop forever on a full table). */
function checkPacked({text, starts, slots}: PackedWords): void {
  const count = starts.length - 1
  const powerOfTwo = slots.length > 0 && (slots.length & (slots.length - 1)) === 0
  if (count < 0 || !powerOfTwo || slots.length <= count || starts[count] !== text.length) {
    throw new RangeError(`Packed word table is malformed: ${count} words, ${text.length} code units, ${slots.length} slots`)
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
