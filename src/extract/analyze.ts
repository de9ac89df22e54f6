import type {Block} from '../document/document.js'
import {type QuoteSpan, findQuoteSpans} from './quote-marks.js'
import {type Token, scanText} from './tokens.js'

/** A block with its tokens and quote spans: what the recognizers read. */
export interface AnalyzedBlock {
  readonly index: number
  readonly block: Block
  readonly tokens: readonly Token[]
  /** Words in the block, counted as it is tokenized. */
  readonly wordCount: number
  /** Double-quoted spans (speech candidates). */
  readonly quotes: readonly QuoteSpan[]
  /** Single-quoted spans (titles, scare quotes). */
  readonly singles: readonly QuoteSpan[]
  /** Per token: whether it lies inside a quote (double or single). */
  readonly inQuote: readonly boolean[]
  /**
   * Per token: whether it lies inside a quote of at most six words: a title,
   * a program's name, a nickname or scare quotes (`"Operation Aurora"`).
   */
  readonly inShortQuote: readonly boolean[]
}

/**
 * Tokenize and find quote spans once per block, for every extractor.
 * `continued` (default `false`): the block before left a quote open (see `findQuoteSpans`).
 */
export function analyzeBlock(block: Block, index: number, continued = false): AnalyzedBlock {
  const spans = findQuoteSpans(block.text, continued)
  const {tokens, wordCount} = scanText(block.text)
  // Tokens and spans are both in order: one merge pass.
  // Sized up front: a long block would otherwise copy these arrays as they grow.
  const inQuote = new Array<boolean>(tokens.length)
  const inShortQuote = new Array<boolean>(tokens.length)
  const short = spans.map((item) => isShortQuote(block.text, item.open, item.close))
  let span = 0
  for (let position = 0; position < tokens.length; position++) {
    const start = tokens[position]!.start
    while (span < spans.length && spans[span]!.close <= start) span++
    const current = spans[span]
    const inside = current !== undefined && start > current.open && start < current.close
    inQuote[position] = inside
    inShortQuote[position] = inside && short[span]!
  }
  return {
    index,
    block,
    tokens,
    wordCount,
    quotes: spans.filter((item) => !item.single),
    singles: spans.filter((item) => item.single),
    inQuote,
    inShortQuote
  }
}

/** Whether a block ends inside a double quote, which the next paragraph may go on with. */
export function endsInQuote(analyzed: AnalyzedBlock | undefined): boolean {
  const last = analyzed?.quotes[analyzed.quotes.length - 1]
  return last !== undefined && !last.closed
}

/** Whether the quote between the marks at `start` and `end` holds six words at most; a long quote is read only up to its seventh word. */
function isShortQuote(text: string, start: number, end: number): boolean {
  let count = 0
  let inWord = false
  for (let index = start + 1; index < end; index++) {
    const space = text.charCodeAt(index) <= 32
    if (!space && !inWord && ++count > 6) return false
    inWord = !space
  }
  return true
}
