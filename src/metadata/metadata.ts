import type {ArticleType} from './article-types.js'
import type {Author} from './authors.js'
import type {Image} from './images.js'

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
}

/** The news organization that publishes the article. */
export interface Publisher {
  readonly name: string
  readonly url?: string | undefined
  readonly logo?: Image | undefined
  readonly sameAs: readonly string[]
}
