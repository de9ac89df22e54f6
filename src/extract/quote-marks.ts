/** A run of text between paired quote marks in one block. */
export interface QuoteSpan {
  /** Offset of the opening mark; -1 when the quote goes on from the paragraph before (see `findQuoteSpans`). */
  readonly open: number
  /** Offset of the closing mark, or the block end when unclosed. */
  readonly close: number
  /** Whether a closing mark was found in the block. */
  readonly closed: boolean
  /** Single marks (`'…'`, `‘…’`) outside double ones: scare quotes and titles, never speech. */
  readonly single: boolean
}

// Opening mark → the marks that may close it. Mixed straight and curly pairs
// occur in real copy (`“…"`), so they are allowed; counting marks is not used.
const closers: ReadonlyMap<string, string> = new Map([
  ['"', '"”'],
  ['“', '”"'],
  ['”', '”"'],
  ['„', '“”"'],
  ['«', '»'],
  ['»', '«'],
  ['‹', '›']
])

/**
 * Find quoted spans in a block by pairing marks from the table above, in one
 * pass. A straight `"` opens after a space or start and closes before one;
 * single marks count only when they plainly wrap words outside double
 * quotes, so apostrophes (`don't`, `the Broncos' coach`, `'90s`) are never quotes.
 *
 * `continued` (default `false`): the paragraph before left a quote open. If
 * this one does not open with a mark, its first straight `"` after a comma,
 * `?` or `!` and a space closes that quote (`…we will win, "she said.`, copy
 * whose marks were set apart from their words), where it would otherwise
 * open a quote to the paragraph's end; the span then opens at -1.
 */
export function findQuoteSpans(text: string, continued = false): QuoteSpan[] {
  const spans: QuoteSpan[] = []
  let open = -1
  let allowed = ''
  const closing = continued ? continuationClose(text) : -1
  if (closing !== -1) spans.push({open: -1, close: closing, closed: true, single: false})
  for (let index = nextMark(text, closing + 1); index !== -1; index = nextMark(text, index + 1)) {
    const char = text.charAt(index)
    if (open !== -1) {
      const reopens = (char === '"' || char === '“' || char === '„' || char === '«') && opensHere(text, index) && !closesHere(text, index)
      if (reopens) {
        // A new quote starts before this one closed (a missing mark in the copy).
        spans.push({open, close: index, closed: false, single: false})
        open = index
        allowed = closers.get(char)!
      } else if (allowed.includes(char)) {
        spans.push({open, close: index, closed: true, single: false})
        open = -1
      }
      continue
    }
    const pairs = closers.get(char)
    if (pairs !== undefined) {
      // Closing-looking marks (`"` after a word, `”`, `»`) open only where an opener fits.
      if (char === '“' || char === '„' || char === '«' || opensHere(text, index)) {
        open = index
        allowed = pairs
      }
    } else if ((char === "'" || char === '‘') && opensHere(text, index) && /\p{L}/u.test(text.charAt(index + 1))) {
      const end = singleClose(text, index)
      if (end !== -1) {
        spans.push({open: index, close: end, closed: true, single: true})
        index = end
      }
    }
  }
  if (open !== -1) spans.push({open, close: text.length, closed: false, single: false})
  return spans
}

// A character that may be a quote mark: `"`, `'`, `«`…`»`, or U+2018 and above (the curly marks among them).
const markCandidate = /["'\u00ab-\u00bb\u2018-\uffff]/g

/**
 * Offset of the first character at or after `from` that may be a quote
 * mark, or -1. Nearly every character is none: one regex scan skips them
 * about twice as fast as a test per character.
 */
function nextMark(text: string, from: number): number {
  markCandidate.lastIndex = from
  return markCandidate.test(text) ? markCandidate.lastIndex - 1 : -1
}

/**
 * Where a paragraph that goes on with a quote closes it: its first double
 * mark, if that is a straight `"` set after `, ` (or `? `, `! `) before a
 * word; -1 if the paragraph opens with a mark or its first mark is another.
 */
function continuationClose(text: string): number {
  for (let index = 0; index < text.length; index++) {
    const char = text.charAt(index)
    if (!closers.has(char)) continue
    if (char !== '"' || !opensHere(text, index) || text.slice(0, index).trim() === '') return -1
    return text.charAt(index - 1) === ' ' && ',?!'.includes(text.charAt(index - 2)) ? index : -1
  }
  return -1
}

/** After start, space or opening punctuation, and before a non-space. */
function opensHere(text: string, index: number): boolean {
  const before = text.charAt(index - 1)
  const after = text.charAt(index + 1)
  return (index === 0 || ' \n\t([{—–-/:'.includes(before)) && after !== '' && after !== ' ' && after !== '\n'
}

/** After a non-space, and before a space, punctuation or the end. */
function closesHere(text: string, index: number): boolean {
  const before = text.charAt(index - 1)
  const after = text.charAt(index + 1)
  return before !== ' ' && before !== '\n' && (after === '' || !/[\p{L}\p{N}]/u.test(after))
}

/**
 * The closing single mark of a single-quoted span opened at `open`: the
 * first `'` or `’` after a letter or punctuation and before a non-letter,
 * within 80 characters and before any double mark. `-1` if none.
 */
function singleClose(text: string, open: number): number {
  const limit = Math.min(text.length, open + 80)
  // Two letters at least: `rock 'n' roll` is no quote.
  for (let index = open + 3; index < limit; index++) {
    const char = text.charAt(index)
    if ('"“”«»'.includes(char)) return -1
    // `the Broncos' coach`: a possessive, not the end of `'em hell, the Broncos`
    // (but `'Northern Lights' is out` closes a title: its words are capitalized).
    const possessive =
      text.charAt(index - 1) === 's' && /^ \p{Ll}/u.test(text.slice(index + 1, index + 3)) && /(?:^|\s)\p{Ll}/u.test(text.slice(open + 1, index))
    if ((char === "'" || char === '’') && closesHere(text, index) && !possessive) return index
  }
  return -1
}
