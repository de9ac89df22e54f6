/**
 * `ClaimReview` nodes in the form Google's Fact Check tools read: the
 * review (`claimReviewed`, `reviewRating`, `author`, `url`) of a `Claim`
 * (`itemReviewed`) made by its claimant where it appeared.
 */
import type {ArticleEntity} from '../article.js'
import type {ClaimReview} from '../formats/claim-review.js'
import type {Ids} from './ids.js'
import type {GraphNode} from './node.js'

/** What a claim review node links to. */
export interface ClaimReviewLinks {
  readonly ids: Ids
  readonly url: string | undefined
  readonly datePublished: string | undefined
  readonly publisherId: string | undefined
  readonly entities: readonly ArticleEntity[]
  /** The node of an entity of the article (one node per `@id`). */
  readonly entityReference: (entity: ArticleEntity) => {'@id': string}
  /** Add a node to the graph and refer to it. */
  readonly reference: (node: GraphNode) => {'@id': string}
}

/** One `ClaimReview` per checked claim, `@id` `<url>#claim-review-1`, …, part of the article. */
export function claimReviewNodes(reviews: readonly ClaimReview[], links: ClaimReviewLinks): GraphNode[] {
  const {ids} = links
  return reviews.map((review, index): GraphNode => {
    const claimant = review.claimant
    const entity = claimant && links.entities.find((item) => [item.name, ...item.alternateNames].some((name) => name.toLowerCase() === claimant.name.toLowerCase()))
    const type = claimant?.type ?? entity?.type ?? 'Person'
    const author = entity
      ? links.entityReference(entity)
      : claimant &&
        links.reference({
          '@type': type,
          '@id': type === 'Person' ? ids.person(claimant.name) : ids.organization(claimant.name),
          name: claimant.name,
          url: claimant.url
        })
    const {rating} = review
    return {
      '@type': 'ClaimReview',
      '@id': (links.url ?? '') + '#claim-review-' + (index + 1),
      url: links.url,
      isPartOf: {'@id': ids.article},
      datePublished: links.datePublished,
      author: links.publisherId && {'@id': links.publisherId},
      claimReviewed: review.claim,
      reviewRating: {
        '@type': 'Rating',
        ratingValue: rating.ratingValue,
        // schema.org's default scale, written out for the tools that do not assume it.
        bestRating: rating.bestRating ?? (rating.ratingValue === undefined ? undefined : 5),
        worstRating: rating.worstRating ?? (rating.ratingValue === undefined ? undefined : 1),
        alternateName: rating.alternateName
      },
      itemReviewed: {
        '@type': 'Claim',
        author,
        datePublished: review.datePublished,
        appearance: review.appearance.map((url) => ({'@type': 'CreativeWork', url}))
      }
    }
  })
}
