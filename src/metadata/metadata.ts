import type {ArticleType} from './article-types.js'
import type {Author} from './authors.js'
import type {Image} from './images.js'
import type {ClaimReview} from '../formats/claim-review.js'
import type {Correction} from '../formats/correction.js'
import type {Media} from '../formats/media.js'

/**
 * What an article says about itself: its frontmatter, the newsroom's
 * defaults and the CMS's values, checked and normalized.
 */
export interface ArticleMetadata {
  readonly type?: ArticleType | undefined
  readonly headline?: string | undefined
  readonly alternativeHeadline?: string | undefined
  readonly description?: string | undefined
  /** Canonical URL of the article. */
  readonly url?: string | undefined
  /** `YYYY-MM-DDTHH:MM:SS±HH:MM`, or a date alone. */
  readonly datePublished?: string | undefined
  readonly dateModified?: string | undefined
  readonly authors: readonly Author[]
  readonly publisher?: Publisher | undefined
  readonly images: readonly Image[]
  readonly sections: readonly string[]
  readonly keywords: readonly string[]
  readonly language?: string | undefined
  readonly isAccessibleForFree?: boolean | undefined
  /** Class selector of the paywalled part, such as `.paywall`. */
  readonly paywallSelector?: string | undefined
  /** A dateline that overrides the one parsed from the text. */
  readonly dateline?: string | undefined
  /** IANA zone of the article's date-times: its `timeZone` field, else the newsroom's option. */
  readonly timeZone?: string | undefined
  /** When a live blog's coverage begins and ends (`type: LiveBlogPosting`). */
  readonly coverageStartTime?: string | undefined
  readonly coverageEndTime?: string | undefined
  /** Corrections the fields state (default: none); notes in the text are in `Article.corrections`. */
  readonly corrections?: readonly Correction[] | undefined
  /** Claims the article checks (default: none). */
  readonly claimReviews?: readonly ClaimReview[] | undefined
  /** Videos the fields state (default: none); embeds in the text are in `Article.videos`. */
  readonly video?: readonly Media[] | undefined
  readonly audio?: readonly Media[] | undefined
  /** CSS selectors of the parts text-to-speech reads (default: none). */
  readonly speakable?: readonly string[] | undefined
}

/** The news organization that publishes the article. */
export interface Publisher {
  readonly name: string
  readonly url?: string | undefined
  readonly logo?: Image | undefined
  readonly sameAs: readonly string[]
}
