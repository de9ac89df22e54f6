/**
 * Fact checks (`ClaimReview`): the claims an article checks, who made them,
 * where they appeared, and the rating the newsroom gives them.
 */

/** One checked claim. */
export interface ClaimReview {
  /** The claim, as made: `claimReviewed`. */
  readonly claim: string
  /** Who made it; linked to the entity of the article with that name. */
  readonly claimant: Claimant | undefined
  /** When the claim was made (ISO 8601). */
  readonly datePublished: string | undefined
  readonly rating: ClaimRating
  /** Where the claim appeared (URLs). */
  readonly appearance: readonly string[]
}

/** A person or organization who made a claim. */
export interface Claimant {
  readonly type: 'Person' | 'Organization' | undefined
  readonly name: string
  readonly url?: string | undefined
}

/** The verdict: a value on a scale (schema.org's default scale is 1 to 5) and its name. */
export interface ClaimRating {
  readonly ratingValue: number | undefined
  readonly bestRating: number | undefined
  readonly worstRating: number | undefined
  /** The verdict in words: `False`, `Mostly true`. */
  readonly alternateName: string | undefined
}
