import {Word, type WordClass, wordClasses} from '../lexicon/word-classes.js'

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
  /** Word classes of the lexicon (`Word` bits), looked up once here: `Word.Month`, `Word.SpeechVerb`. */
  readonly tags: WordClass
}

/**
 * Split text into words and punctuation in one pass. Keeps initials and
 * dotted abbreviations (`U.S.`, `a.m.`, `Gov.`; `W.Va.` is `W.` and `Va.`), inner apostrophes and
 * hyphens (`don't`, `O'Brien`, `Okonkwo-Reyes`), and strips possessives.
 */
export function tokenize(text: string): Token[] {
  return scanText(text).tokens
}

/** A block's tokens and its word count, from one pass over its text. */
export interface ScannedText {
  readonly tokens: Token[]
  /** Words: runs that start with a letter or digit and end at white space (`1,000` and `$5` are one each). */
  readonly wordCount: number
}

/** Tokenize `text` and count its words in the same pass. */
export function scanText(text: string): ScannedText {
  const tokens: Token[] = []
  let index = 0
  let sentenceStart = true
  let wordCount = 0
  // Whether a word started since the last white space.
  let inWord = false
  while (index < text.length) {
    const code = text.charCodeAt(index)
    if (isSpace(text, index)) {
      inWord = false
      index++
      continue
    }
    if (!isWordChar(text, index)) {
      const char = text.charAt(index)
      tokens.push(token(char, index, index + 1, 'punctuation', ''))
      // A quote mark or bracket does not end the sentence state.
      if (code === 46 || code === 33 || code === 63) sentenceStart = true
      else if (!isOpeningMark(char)) sentenceStart = false
      index++
      continue
    }
    let end = index + 1
    while (end < text.length) {
      const next = text.charCodeAt(end)
      if (isWordChar(text, end)) {
        end++
      } else if ((next === 39 || next === 0x2019 || next === 45 || next === 0x2010) && isWordChar(text, end + 1)) {
        // `don't`, `O'Brien`, `Okonkwo-Reyes`
        end += 2
      } else if (next === 46 && isLetter(text, end + 1) && text.charCodeAt(end + 2) === 46) {
        // U.S., a.m.
        end += 2
      } else {
        break
      }
    }
    // Read from the text's code units, so the word is sliced once.
    let wordEnd = end
    let possessive = false
    let suffix = ''
    const endsWithS = text.charCodeAt(end - 1) === 115
    const beforeS = text.charCodeAt(end - 2)
    if (end - index > 2 && endsWithS && (beforeS === 39 || beforeS === 0x2019)) {
      // `Trump's`, `FOX31's`: the name without the possessive.
      suffix = beforeS === 39 ? "'s" : '’s'
      wordEnd = end - 2
      possessive = true
    } else if (endsWithS && (text.charCodeAt(end) === 39 || text.charCodeAt(end) === 0x2019) && !isWordChar(text, end + 1)) {
      // Plural possessive: `the Broncos' coach`.
      possessive = true
      suffix = text.charCodeAt(end) === 39 ? "'" : '’'
      end++
    }
    let word = text.slice(index, wordEnd)
    let stop = end
    if (text.charCodeAt(end) === 46 && !possessive) {
      const bare = word.includes('.') ? word.replaceAll('.', '') : word
      if (bare !== word || (bare.length === 1 && isLetter(bare, 0)) || (wordClasses(bare.toLowerCase()) & Word.Abbreviation) !== 0) {
        word += '.'
        stop = end + 1
      }
    }
    tokens.push(token(word, index, stop, 'word', suffix))
    if (!inWord) wordCount++
    inWord = true
    index = stop
  }
  return {tokens, wordCount}

  function token(value: string, start: number, end: number, kind: Token['kind'], possessiveSuffix: string): Token {
    const result = new WordOrMark(value, start, end, kind, possessiveSuffix, kind === 'word' && sentenceStart)
    if (kind === 'word') sentenceStart = false
    return result
  }
}

/**
 * A token as a class instance rather than an object literal. Why: V8 tracks
 * survival per object-literal site, and tokens live as long as their
 * article; when a collection lands late in the first article of a run,
 * every token made so far is alive, V8 decides to allocate all later tokens
 * straight into the old generation, and the run spends twice as long
 * collecting garbage. Instances of a class are not tracked that way.
 */
class WordOrMark implements Token {
  readonly lower: string
  readonly capitalized: boolean
  readonly possessive: boolean
  readonly tags: WordClass

  constructor(
    readonly text: string,
    readonly start: number,
    readonly end: number,
    readonly kind: Token['kind'],
    readonly possessiveSuffix: string,
    readonly sentenceStart: boolean
  ) {
    const lower = lowerCase(text)
    this.lower = lower.includes('’') ? lower.replaceAll('’', "'") : lower
    this.capitalized = kind === 'word' && text.charCodeAt(0) !== lower.charCodeAt(0)
    this.possessive = possessiveSuffix !== ''
    this.tags = wordClasses(this.lower)
  }
}

/**
 * `text.toLowerCase()`, without the call for a word with no capital and no
 * character beyond ASCII (most words). Why: in an article with one curly
 * quote every token is a two-byte string, and on those toLowerCase takes a
 * slow path that copies the word even when nothing changes.
 */
function lowerCase(text: string): string {
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index)
    if ((code >= 65 && code <= 90) || code > 127) return text.toLowerCase()
  }
  return text
}

function isSpace(text: string, index: number): boolean {
  const code = text.charCodeAt(index)
  if (code === 32 || code === 10 || code === 9 || code === 13) return true
  if (code < 128 || isCommonPunctuation(code)) return false
  // No-break, thin and other spaces, and the zero-width characters CMSs leave behind.
  return code === 0x200b || code === 0x2060 || code === 0xfeff || /^\p{Zs}$/u.test(text.charAt(index))
}

function isLetter(text: string, index: number): boolean {
  const code = text.charCodeAt(index)
  if (code < 128) return (code >= 65 && code <= 90) || (code >= 97 && code <= 122)
  return /\p{L}/u.test(text.charAt(index))
}

/** A letter, mark or digit; `false` past the end. */
function isWordChar(text: string, index: number): boolean {
  const code = text.charCodeAt(index)
  if (code < 128) return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122)
  if (isCommonPunctuation(code) || Number.isNaN(code)) return false
  return /[\p{L}\p{M}\p{N}]/u.test(text.charAt(index))
}

/** Dashes, curly quotes, bullets and ellipses (U+2010–U+2027, U+2030–U+205E): frequent in news copy, and never letters or spaces. */
function isCommonPunctuation(code: number): boolean {
  return (code >= 0x2010 && code <= 0x2027) || (code >= 0x2030 && code <= 0x205e)
}

function isOpeningMark(char: string): boolean {
  return char === '"' || char === '“' || char === '‘' || char === "'" || char === '«' || char === '„' || char === '(' || char === '['
}

/** Whether text is written in capitals: it has no lower-case letter (`NASA`, `U.S.`, `FOX31`, and a mark or a number too). */
export function isUpperCase(text: string): boolean {
  return text === text.toUpperCase()
}

/** Whether the token is in any of the lexicon's word `classes` (`Word` bits); `false` for no token. */
export function hasClass(token: Token | undefined, classes: WordClass): boolean {
  return token !== undefined && (token.tags & classes) !== 0
}
