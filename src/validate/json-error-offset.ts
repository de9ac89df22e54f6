/** Deeper than any real document; beyond it the error is left unplaced rather than risking the stack. */
const MAX_DEPTH = 2000

/** JSON whitespace. */
const whitespace = new Set([' ', '\t', '\n', '\r'])

const escapes = new Set(['"', '\\', '/', 'b', 'f', 'n', 'r', 't'])

/**
 * Offset of the first character at which `text` stops being JSON, or
 * undefined when it is valid JSON (or nests too deep to tell).
 * `JSON.parse` in Node 20 names no position for its most common error
 * ("Unexpected token '}', … is not valid JSON"), so malformed JSON-LD is
 * scanned again here to place it.
 */
export function jsonErrorOffset(text: string): number | undefined {
  let index = 0

  function skipWhitespace(): void {
    while (index < text.length && whitespace.has(text[index]!)) index++
  }

  function isDigit(offset: number): boolean {
    const character = text[offset]
    return character !== undefined && character >= '0' && character <= '9'
  }

  function digits(): boolean {
    if (!isDigit(index)) return false
    while (isDigit(index)) index++
    return true
  }

  function word(expected: string): boolean {
    for (const character of expected) {
      if (text[index] !== character) return false
      index++
    }
    return true
  }

  function string(): boolean {
    index++ // The opening quote.
    while (index < text.length) {
      const character = text[index]!
      if (character === '"') {
        index++
        return true
      }
      if (character < ' ') return false
      if (character === '\\') {
        // Like V8, the error is at the character after the backslash, or at the first bad hex digit.
        index++
        const escaped = text[index]
        if (escaped === 'u') {
          index++
          for (const end = index + 4; index < end; index++) {
            if (!/^[\da-f]$/i.test(text[index] ?? '')) return false
          }
        } else if (escaped !== undefined && escapes.has(escaped)) {
          index++
        } else {
          return false
        }
      } else {
        index++
      }
    }
    return false
  }

  function number(): boolean {
    if (text[index] === '-') index++
    if (text[index] === '0') index++
    else if (!digits()) return false
    if (text[index] === '.') {
      index++
      if (!digits()) return false
    }
    if (text[index] === 'e' || text[index] === 'E') {
      index++
      if (text[index] === '+' || text[index] === '-') index++
      if (!digits()) return false
    }
    return true
  }

  function members(depth: number, close: ']' | '}'): boolean {
    index++ // The opening bracket.
    skipWhitespace()
    if (text[index] === close) {
      index++
      return true
    }
    for (;;) {
      if (close === '}') {
        skipWhitespace()
        if (text[index] !== '"' || !string()) return false
        skipWhitespace()
        if (text[index] !== ':') return false
        index++
      }
      if (!value(depth + 1)) return false
      skipWhitespace()
      if (text[index] === ',') {
        index++
      } else if (text[index] === close) {
        index++
        return true
      } else {
        return false
      }
    }
  }

  function value(depth: number): boolean {
    if (depth > MAX_DEPTH) throw new RangeError('Too deep')
    skipWhitespace()
    const character = text[index]
    if (character === '{') return members(depth, '}')
    if (character === '[') return members(depth, ']')
    if (character === '"') return string()
    if (character === 't') return word('true')
    if (character === 'f') return word('false')
    if (character === 'n') return word('null')
    if (character === '-' || isDigit(index)) return number()
    return false
  }

  try {
    if (!value(0)) return index
  } catch {
    return undefined
  }
  skipWhitespace()
  return index < text.length ? index : undefined
}
