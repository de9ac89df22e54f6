/**
 * One normalization for every name we look up (place names, US state forms,
 * country aliases), so that the tables and the queries always agree.
 *
 * It is a single linear pass over the characters and uses no regular
 * expression, so any input, however long or odd, costs O(length).
 */

/** Characters that vanish: `O'Fallon` and `OFallon` are the same name. */
const DROPPED = new Set(["'", '’', 'ʻ', 'ʼ', '`']);

/**
 * Characters that end a token. Tokens are joined without a separator, so
 * spacing does not matter ("W. Va." = "W.Va." = "WVa", "Winston-Salem" =
 * "Winston Salem"); the boundary only matters for {@link TOKEN_EXPANSIONS}.
 */
const TOKEN_BOUNDARIES = new Set([' ', '\t', '\n', '\r', '.', ',', '-', '–', '—', '/']);

/** Abbreviations that place names use interchangeably with the full word. */
const TOKEN_EXPANSIONS: ReadonlyMap<string, string> = new Map([
  ['st', 'saint'],
  ['ste', 'sainte'],
  ['ft', 'fort'],
  ['mt', 'mount'],
]);

/** Unicode block of combining diacritical marks left behind by NFKD. */
const COMBINING_MARKS_START = 0x0300;
const COMBINING_MARKS_END = 0x036f;

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
  let key = '';
  let token = '';
  for (const char of name.normalize('NFKD').toLowerCase()) {
    const codePoint = char.codePointAt(0) ?? 0;
    if (codePoint >= COMBINING_MARKS_START && codePoint <= COMBINING_MARKS_END) continue;
    if (DROPPED.has(char)) continue;
    if (TOKEN_BOUNDARIES.has(char)) {
      key += TOKEN_EXPANSIONS.get(token) ?? token;
      token = '';
      continue;
    }
    token += char;
  }
  return key + (TOKEN_EXPANSIONS.get(token) ?? token);
}
