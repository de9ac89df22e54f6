import type {DocumentFormat} from './document/document.js'
import type {TextSpan} from './extract/span.js'
import type {Author} from './metadata/authors.js'
import type {ArticleMetadata} from './metadata/metadata.js'

/**
 * Everything extracted from one article, with source positions: the typed
 * model behind the JSON-LD, for a CMS to inspect.
 */
export interface Article {
  /** Format the article was read as. */
  readonly format: DocumentFormat
  /** Fields the article states about itself (frontmatter, CMS, defaults). */
  readonly metadata: ArticleMetadata
  /** Canonical URL: `metadata.url`, else `baseUrl` plus the file stem. */
  readonly url: string | undefined
  /** The headline in the text (first heading or first line). */
  readonly headline: TextSpan | undefined
  /** The line under a plain-text headline. */
  readonly dek: TextSpan | undefined
  /** A `By …` line at the top of the body. */
  readonly byline: Byline | undefined
  /** The dateline at the start of the story. */
  readonly dateline: Dateline | undefined
  /** First paragraph of the story without its dateline. */
  readonly lede: TextSpan | undefined
  /** Words in the body, headline excluded. */
  readonly wordCount: number
}

/** A byline line and the authors it names. */
export interface Byline extends TextSpan {
  readonly authors: readonly Author[]
}

/** A dateline: `DENVER, Co. (KDVR)`. */
export interface Dateline extends TextSpan {
  /** City in display form: `Denver`. */
  readonly city: string
  /** State, province or country as written: `Co.`. */
  readonly region: string | undefined
  /** US postal code of the state, when the region or city names one: `CO`. */
  readonly state: string | undefined
  /** ISO 3166 code of the country, when known: `US`. */
  readonly country: string | undefined
  /** Credited source: `KDVR`, `AP`. */
  readonly source: string | undefined
}
