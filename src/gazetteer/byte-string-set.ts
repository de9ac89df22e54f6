/**
 * A set of short byte strings (UTF-8 name keys), kept in typed arrays.
 *
 * Why: the gazetteer remembers the keys that named no place, tens of
 * thousands of them in a batch (16,000 after two passes over 840 news
 * stories). As JavaScript strings in a `Set` they were the largest item of a
 * warm process's heap (about 1 MB), and every full garbage collection traced
 * them; here they are bytes and offsets outside the heap, about half the
 * memory, and nothing for the collector to trace.
 *
 * Open addressing with linear probing over an FNV-1a hash; the slot table is
 * kept at most half full, so a lookup touches a few slots.
 */
export class ByteStringSet {
  /** The strings' bytes, one after another. */
  #bytes = new Uint8Array(4096)
  /** String `i` is `#bytes[#starts[i]]` up to `#starts[i + 1]`. */
  #starts = new Int32Array(257)
  #count = 0
  /** Per slot, a string's index plus one; 0 is an empty slot. */
  #slots = new Int32Array(512)

  /** Number of strings in the set (default: 0). */
  get size(): number {
    return this.#count
  }

  /** Whether the first `length` bytes of `key` are in the set. */
  has(key: Uint8Array, length: number): boolean {
    return this.#slots[this.#slotOf(key, length)] !== 0
  }

  /** Add the first `length` bytes of `key` (a copy of them); nothing when already there. */
  add(key: Uint8Array, length: number): void {
    const slot = this.#slotOf(key, length)
    if (this.#slots[slot] !== 0) return
    const start = this.#starts[this.#count]!
    if (start + length > this.#bytes.length) this.#bytes = grown(this.#bytes, start + length)
    if (this.#count + 2 > this.#starts.length) this.#starts = grown(this.#starts, this.#count + 2)
    this.#bytes.set(key.subarray(0, length), start)
    this.#count++
    this.#starts[this.#count] = start + length
    this.#slots[slot] = this.#count
    if (this.#count * 2 > this.#slots.length) this.#rehash(this.#slots.length * 2)
  }

  /** Remove every string (the memory is kept for the next ones). */
  clear(): void {
    this.#slots.fill(0)
    this.#count = 0
  }

  /** The slot that holds this string, or the empty slot where it would go. */
  #slotOf(key: Uint8Array, length: number): number {
    const mask = this.#slots.length - 1
    let slot = hash(key, 0, length) & mask
    for (;;) {
      const entry = this.#slots[slot]!
      if (entry === 0 || this.#equals(entry - 1, key, length)) return slot
      slot = (slot + 1) & mask
    }
  }

  #equals(entry: number, key: Uint8Array, length: number): boolean {
    const start = this.#starts[entry]!
    if (this.#starts[entry + 1]! - start !== length) return false
    for (let index = 0; index < length; index++) if (this.#bytes[start + index] !== key[index]) return false
    return true
  }

  #rehash(size: number): void {
    const slots = new Int32Array(size)
    const mask = size - 1
    for (let entry = 0; entry < this.#count; entry++) {
      let slot = hash(this.#bytes, this.#starts[entry]!, this.#starts[entry + 1]!) & mask
      while (slots[slot] !== 0) slot = (slot + 1) & mask
      slots[slot] = entry + 1
    }
    this.#slots = slots
  }
}

/** FNV-1a over `bytes[start, end)`, as an unsigned 32-bit number. */
function hash(bytes: Uint8Array, start: number, end: number): number {
  let value = 0x811c9dc5
  for (let index = start; index < end; index++) value = Math.imul(value ^ bytes[index]!, 0x01000193)
  return value >>> 0
}

/** A copy of `array` with room for at least `needed` elements (doubling, so adds stay amortized O(1)). */
function grown<T extends Uint8Array | Int32Array>(array: T, needed: number): T {
  let size = array.length * 2
  while (size < needed) size *= 2
  const result = new (array.constructor as new (length: number) => T)(size)
  result.set(array)
  return result
}
