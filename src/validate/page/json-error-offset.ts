/** Where JSON text stops being JSON: a scanner that finds the offset `JSON.parse` does not name. */
/** Deeper than any real document; beyond it the error is left unplaced rather than risking the stack. */
const MAX_DEPTH = 2000

/** JSON whitespace. */
const whitespace = new Set([' ', '\t', '\n', '\r'])

const escapes = new Set(['"', '\\', '/', 'b', 'f', 'n', 'r', 't'])

/** Where a scan of the text is. */
interface Cursor {
  readonly text: string
  index: number
}

/**
 * Offset of the first character at which `text` stops being JSON, or
 * undefined when it is valid JSON (or nests too deep to tell).
 * `JSON.parse` in Node 20 names no position for its most common error
 * ("Unexpected token '}', … is not valid JSON"), so malformed JSON-LD is
 * scanned again here to place it.
 */
export function jsonErrorOffset(text: string): number | undefined {
  const cursor: Cursor = {text, index: 0}
  try {
    if (!value(cursor, 0)) return cursor.index
  } catch {
    return undefined
  }
  skipWhitespace(cursor)
  return cursor.index < text.length ? cursor.index : undefined
}

function skipWhitespace(cursor: Cursor): void {
  while (cursor.index < cursor.text.length && whitespace.has(cursor.text[cursor.index]!)) cursor.index++
}

function isDigit(cursor: Cursor, offset: number): boolean {
  const character = cursor.text[offset]
  return character !== undefined && character >= '0' && character <= '9'
}

function digits(cursor: Cursor): boolean {
  if (!isDigit(cursor, cursor.index)) return false
  while (isDigit(cursor, cursor.index)) cursor.index++
  return true
}

function word(cursor: Cursor, expected: string): boolean {
  for (const character of expected) {
    if (cursor.text[cursor.index] !== character) return false
    cursor.index++
  }
  return true
}

function string(cursor: Cursor): boolean {
  const {text} = cursor
  cursor.index++ // The opening quote.
  while (cursor.index < text.length) {
    const character = text[cursor.index]!
    if (character === '"') {
      cursor.index++
      return true
    }
    if (character < ' ') return false
    if (character === '\\') {
      if (!escape(cursor)) return false
    } else {
      cursor.index++
    }
  }
  return false
}

/** An escape after its backslash; like V8, the error is at the character after the backslash, or at the first bad hex digit. */
function escape(cursor: Cursor): boolean {
  cursor.index++
  const escaped = cursor.text[cursor.index]
  if (escaped === 'u') {
    cursor.index++
    for (const end = cursor.index + 4; cursor.index < end; cursor.index++) {
      if (!/^[\da-f]$/i.test(cursor.text[cursor.index] ?? '')) return false
    }
    return true
  }
  if (escaped !== undefined && escapes.has(escaped)) {
    cursor.index++
    return true
  }
  return false
}

function number(cursor: Cursor): boolean {
  const {text} = cursor
  if (text[cursor.index] === '-') cursor.index++
  if (text[cursor.index] === '0') cursor.index++
  else if (!digits(cursor)) return false
  if (text[cursor.index] === '.') {
    cursor.index++
    if (!digits(cursor)) return false
  }
  if (text[cursor.index] === 'e' || text[cursor.index] === 'E') {
    cursor.index++
    if (text[cursor.index] === '+' || text[cursor.index] === '-') cursor.index++
    if (!digits(cursor)) return false
  }
  return true
}

function members(cursor: Cursor, depth: number, close: ']' | '}'): boolean {
  const {text} = cursor
  cursor.index++ // The opening bracket.
  skipWhitespace(cursor)
  if (text[cursor.index] === close) {
    cursor.index++
    return true
  }
  for (;;) {
    if (close === '}') {
      skipWhitespace(cursor)
      if (text[cursor.index] !== '"' || !string(cursor)) return false
      skipWhitespace(cursor)
      if (text[cursor.index] !== ':') return false
      cursor.index++
    }
    if (!value(cursor, depth + 1)) return false
    skipWhitespace(cursor)
    if (text[cursor.index] === ',') {
      cursor.index++
    } else if (text[cursor.index] === close) {
      cursor.index++
      return true
    } else {
      return false
    }
  }
}

function value(cursor: Cursor, depth: number): boolean {
  if (depth > MAX_DEPTH) throw new RangeError('Too deep')
  skipWhitespace(cursor)
  const character = cursor.text[cursor.index]
  if (character === '{') return members(cursor, depth, '}')
  if (character === '[') return members(cursor, depth, ']')
  if (character === '"') return string(cursor)
  if (character === 't') return word(cursor, 'true')
  if (character === 'f') return word(cursor, 'false')
  if (character === 'n') return word(cursor, 'null')
  if (character === '-' || isDigit(cursor, cursor.index)) return number(cursor)
  return false
}
