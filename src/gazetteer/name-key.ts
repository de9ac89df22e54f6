/**
 * One normalization for every name we look up (place names, US state forms,
 * country aliases), so that the tables and the queries always agree.
 *
 * It is a single linear pass over the UTF-16 code units and uses no regular
 * expression, so any input, however long or odd, costs O(length).
 */
import {isAscii} from '../input/ascii.js'

/** Characters that vanish: `O'Fallon` and `OFallon` are the same name. */
const DROPPED = new Set([..."'’ʻʼ`"].map(codeOf))

/**
 * Characters that end a token. Tokens are joined without a separator, so
 * spacing does not matter ("W. Va." = "W.Va." = "WVa", "Winston-Salem" =
 * "Winston Salem"); the boundary only matters for {@link TOKEN_EXPANSIONS}.
 */
const TOKEN_BOUNDARIES = new Set([...' \t\n\r.,-–—/'].map(codeOf))

/** Abbreviations that place names use interchangeably with the full word. */
const TOKEN_EXPANSIONS: ReadonlyMap<string, string> = new Map([
  ['st', 'saint'],
  ['ste', 'sainte'],
  ['ft', 'fort'],
  ['mt', 'mount'],
])

/** Letters in the longest abbreviation of {@link TOKEN_EXPANSIONS}. */
const longestAbbreviation = Math.max(...[...TOKEN_EXPANSIONS.keys()].map((abbreviation) => abbreviation.length))

/** Unicode block of combining diacritical marks left behind by NFKD. */
const COMBINING_MARKS_START = 0x0300
const COMBINING_MARKS_END = 0x036f

/**
 * Reduces a name to its lookup key: compatibility-decomposed, diacritics
 * removed, lowercased, punctuation and spacing removed, and the tokens
 * St/Ste/Ft/Mt expanded to Saint/Sainte/Fort/Mount.
 *
 * @example nameKey('St. Louis') === nameKey('Saint Louis') // 'saintlouis'
 * @example nameKey('Bogotá') === nameKey('BOGOTA') // 'bogota'
 * @example nameKey('W. Va.') === nameKey('w.va.') // 'wva'
 * @returns the key, or '' when the input has no letters or digits worth keeping
 */
export function nameKey(name: string): string {
  if (isAsciiWord(name)) {
    // Two thirds of GeoNames names ("Denver"): nothing to fold, drop or split.
    const word = name.toLowerCase()
    return expanded(word)
  }
  // Decomposition only matters for non-ASCII names; it is the slow step.
  const text = (isAscii(name) ? name : name.normalize('NFKD')).toLowerCase()
  let key = ''
  let token = ''
  // Where the token's characters since the last one dropped start: they are
  // sliced in one piece, not appended one by one (the gazetteer keys every
  // division name this way when it loads, so this loop is on every cold start).
  let pieceStart = 0
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index)
    // Lower-case letters and digits, nearly every character, are kept: the sets below are not asked of them.
    if ((code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39)) continue
    if ((code >= COMBINING_MARKS_START && code <= COMBINING_MARKS_END) || DROPPED.has(code)) {
      token += text.slice(pieceStart, index)
      pieceStart = index + 1
    } else if (TOKEN_BOUNDARIES.has(code)) {
      token += text.slice(pieceStart, index)
      key += expanded(token)
      token = ''
      pieceStart = index + 1
    }
  }
  token += text.slice(pieceStart)
  return key + expanded(token)
}

/** The word a token abbreviates (`st` → `saint`), or the token. */
function expanded(token: string): string {
  // A longer token (nearly every one) is not looked up: the lookup would hash a string made just now, for nothing.
  return token.length > longestAbbreviation ? token : (TOKEN_EXPANSIONS.get(token) ?? token)
}

function isAsciiWord(text: string): boolean {
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index)
    const isLetter = (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a) // A–Z, a–z
    if (!isLetter) return false
  }
  return true
}

function codeOf(char: string): number {
  return char.charCodeAt(0)
}
