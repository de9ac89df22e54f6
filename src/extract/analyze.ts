import type {Block} from '../document/document.js'
import {type QuoteSpan, findQuoteSpans} from './quote-marks.js'
import {type Token, tokenize} from './tokens.js'

/** A block with its tokens and quote spans: what the recognizers read. */
export interface AnalyzedBlock {
  readonly index: number
  readonly block: Block
  readonly tokens: readonly Token[]
  /** Double-quoted spans (speech candidates). */
  readonly quotes: readonly QuoteSpan[]
  /** Single-quoted spans (titles, scare quotes). */
  readonly singles: readonly QuoteSpan[]
  /** Per token: whether it lies inside a quote (double or single). */
  readonly inQuote: readonly boolean[]
}

/** Tokenize and find quote spans once per block, for every extractor. */
export function analyzeBlock(block: Block, index: number): AnalyzedBlock {
  const spans = findQuoteSpans(block.text)
  const tokens = tokenize(block.text)
  // Tokens and spans are both in order: one merge pass.
  const inQuote: boolean[] = []
  let span = 0
  for (const token of tokens) {
    while (span < spans.length && spans[span]!.close <= token.start) span++
    const current = spans[span]
    inQuote.push(current !== undefined && token.start > current.open && token.start < current.close)
  }
  return {
    index,
    block,
    tokens,
    quotes: spans.filter((item) => !item.single),
    singles: spans.filter((item) => item.single),
    inQuote
  }
}
