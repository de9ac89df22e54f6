/** A word or punctuation mark in a block's text. */
export interface Token {
  /** The word as written, without a possessive `'s`. */
  readonly text: string
  /** `text` in lower case. */
  readonly lower: string
  readonly start: number
  /** End offset, after any possessive `'s`. */
  readonly end: number
  readonly kind: 'word' | 'punctuation'
  /** Starts with an upper-case letter (or a digit-led brand such as `FOX31` does not). */
  readonly capitalized: boolean
  /** Had a possessive `'s` / `’s` (or a plural possessive `s'`). */
  readonly possessive: boolean
  /** The possessive as written (`'s`, `’s`, `'`), or `''`. */
  readonly possessiveSuffix: string
  /** Starts a sentence. */
  readonly sentenceStart: boolean
}

// Words that keep their period: titles, state abbreviations and the like.
const abbreviations = new Set([
  'mr', 'mrs', 'ms', 'dr', 'sr', 'jr', 'st', 'ste', 'ft', 'mt', 'gov', 'sen', 'rep', 'reps', 'sens',
  'lt', 'sgt', 'capt', 'cmdr', 'col', 'gen', 'maj', 'det', 'insp', 'supt', 'prof', 'rev', 'hon',
  'pres', 'atty', 'co', 'corp', 'inc', 'ltd', 'no', 'vs', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul',
  'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'ala', 'ariz', 'ark', 'calif', 'colo', 'conn', 'del',
  'fla', 'ga', 'ill', 'ind', 'kan', 'ky', 'la', 'md', 'mass', 'mich', 'minn', 'miss', 'mo', 'mont',
  'neb', 'nev', 'okla', 'ore', 'pa', 'tenn', 'vt', 'va', 'wash', 'wis', 'wyo', 'tex', 'penn', 'ave',
  'blvd', 'rd', 'dept'
])

/**
 * Split text into words and punctuation in one pass. Keeps initials and
 * dotted abbreviations (`U.S.`, `Gov.`, `W.Va.`), inner apostrophes and
 * hyphens (`don't`, `O'Brien`, `Okonkwo-Reyes`), and strips possessives.
 */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = []
  let index = 0
  let sentenceStart = true
  while (index < text.length) {
    const char = text.charAt(index)
    if (isSpace(char)) {
      index++
      continue
    }
    if (!isWordChar(char)) {
      tokens.push(token(char, index, index + 1, 'punctuation', ''))
      // A quote mark or bracket does not end the sentence state.
      if (char === '.' || char === '!' || char === '?') sentenceStart = true
      else if (!isOpeningMark(char)) sentenceStart = false
      index++
      continue
    }
    let end = index + 1
    while (end < text.length) {
      const next = text.charAt(end)
      if (isWordChar(next)) {
        end++
      } else if ((next === "'" || next === '’' || next === '-' || next === '‐') && isWordChar(text.charAt(end + 1))) {
        end += 2
      } else if (next === '.' && isLetter(text.charAt(end + 1)) && text.charAt(end + 2) === '.') {
        // U.S., W.Va.
        end += 2
      } else {
        break
      }
    }
    let word = text.slice(index, end)
    let possessive = false
    let suffix = ''
    // `Trump's`, `FOX31's`: the name without the possessive.
    if (word.length > 2 && (word.endsWith("'s") || word.endsWith('’s'))) {
      suffix = word.slice(-2)
      word = word.slice(0, -2)
      possessive = true
    } else if (word.endsWith('s') && (text.charAt(end) === "'" || text.charAt(end) === '’') && !isWordChar(text.charAt(end + 1))) {
      // Plural possessive: `the Broncos' coach`.
      possessive = true
      suffix = text.charAt(end)
      end++
    }
    let stop = end
    if (text.charAt(end) === '.' && !possessive) {
      const bare = word.replaceAll('.', '').toLowerCase()
      if (word.includes('.') || (bare.length === 1 && isLetter(bare)) || abbreviations.has(bare)) {
        word += '.'
        stop = end + 1
      }
    }
    tokens.push(token(word, index, stop, 'word', suffix))
    index = stop
  }
  return tokens

  function token(value: string, start: number, end: number, kind: Token['kind'], possessiveSuffix: string): Token {
    const first = value.charAt(0)
    const result: Token = {
      text: value,
      lower: value.toLowerCase().replaceAll('’', "'"),
      start,
      end,
      kind,
      capitalized: kind === 'word' && first !== first.toLowerCase(),
      possessive: possessiveSuffix !== '',
      possessiveSuffix,
      sentenceStart: kind === 'word' && sentenceStart
    }
    if (kind === 'word') sentenceStart = false
    return result
  }
}

function isSpace(char: string): boolean {
  if (char === ' ' || char === '\n' || char === '\t' || char === '\r') return true
  if (char.charCodeAt(0) < 128) return false
  // No-break, thin and other spaces, and the zero-width characters CMSs leave behind.
  return char === '\u200B' || char === '\u2060' || char === '\uFEFF' || /^\p{Zs}$/u.test(char)
}

function isLetter(char: string): boolean {
  const code = char.charCodeAt(0)
  if (code < 128) return (code >= 65 && code <= 90) || (code >= 97 && code <= 122)
  return /\p{L}/u.test(char)
}

function isWordChar(char: string): boolean {
  if (char === '') return false
  const code = char.charCodeAt(0)
  if (code < 128) return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122)
  return /[\p{L}\p{M}\p{N}]/u.test(char)
}

function isOpeningMark(char: string): boolean {
  return char === '"' || char === '“' || char === '‘' || char === "'" || char === '«' || char === '„' || char === '(' || char === '['
}
