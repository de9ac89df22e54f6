/** One update of a live blog, as the public `Article` model holds it (read by live-blog.ts). */
import type {TextSpan} from '../extract/span.js'
import type {Author} from '../metadata/authors.js'

/** One update of a live blog. */
export interface LiveBlogUpdate {
  /** The heading as written: `10:42 a.m. — Polls close in the east`. */
  readonly heading: TextSpan
  /** The heading after its time, else the update's first sentence. */
  readonly headline: string
  /** When the update was posted; `undefined` when its time cannot be read. */
  readonly datePublished: string | undefined
  /** The update's text, paragraphs separated by a blank line (its byline left out). */
  readonly articleBody: string
  /** Who wrote it, when a `By …` line opens it (default: none, the live blog's authors). */
  readonly authors: readonly Author[]
  /** Indices of `Article.quotations` that stand in the update. */
  readonly quotations: readonly number[]
  /** Names of `Article.entities` the update mentions. */
  readonly entities: readonly string[]
}
