/**
 * Vitest matchers for news article JSON-LD. Import this module once (for
 * example from a `setupFiles` entry) to register them with `expect` and
 * their types with vitest:
 *
 * ```ts
 * import 'newsroom-jsonld/vitest'
 *
 * expect(html).toHaveValidNewsArticle()
 * expect(jsonld).toContainQuotation({speaker: 'Jane Doe', text: 'the bill comes due'})
 * ```
 */
import {expect} from 'vitest'
import {
  matchers,
  type MentionExpectation,
  type NewsArticleMatcherOptions,
  type QuotationExpectation
} from './matchers.js'

expect.extend(matchers)

export {formatIssue, matchers} from './matchers.js'
export type {MatcherResult, MentionExpectation, NewsArticleMatcherOptions, QuotationExpectation} from './matchers.js'
export type {RuleSeverity} from './rule-severities.js'

/** The matchers as vitest sees them; `R` is what each returns. */
interface NewsroomMatchers<R> {
  /**
   * Check that an HTML page's JSON-LD parses and holds a `NewsArticle` (or
   * subtype) without issues at or above `failOn` (default: `'warning'`).
   */
  toHaveValidNewsArticle(options?: NewsArticleMatcherOptions | null): R
  /** Check that a JSON-LD value (or JSON text) holds a valid `NewsArticle` (or subtype). */
  toBeValidNewsArticle(options?: NewsArticleMatcherOptions | null): R
  /** Check that JSON-LD (or an HTML page) has a `Quotation` by `speaker` whose text includes `text`. */
  toContainQuotation(expected: QuotationExpectation): R
  /** Check that an article of JSON-LD (or of an HTML page) `mentions` a node with `name` of `type` (or a subtype). */
  toMention(expected: MentionExpectation): R
}

// Empty bodies: the interfaces merge with vitest's own, adding the matchers.
declare module 'vitest' {
  interface Assertion<T = any> extends NewsroomMatchers<void> {}
  interface AsymmetricMatchersContaining extends NewsroomMatchers<any> {}
}
