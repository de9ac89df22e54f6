/** The `liveBlogUpdate` `BlogPosting` nodes of a live blog. */
import type {Article} from '../article.js'
import type {Author} from '../metadata/authors.js'
import type {Ids} from './ids.js'
import type {GraphNode} from './node.js'

/** What update nodes link to. */
export interface UpdateLinks {
  readonly ids: Ids
  readonly authorReference: (author: Author) => {'@id': string}
  readonly entityId: (name: string) => string | undefined
  readonly language: string | undefined
}

/** One node per update, `@id` `<url>#update-1`, …, and the update each quotation stands in. */
export function liveBlogNodes(article: Article, links: UpdateLinks): {nodes: GraphNode[]; quotationParent: Map<number, string>} {
  const quotationParent = new Map<number, string>()
  const nodes = (article.liveBlogUpdates ?? []).map((update, index): GraphNode => {
    const id = (article.url ?? '') + '#update-' + (index + 1)
    for (const quotation of update.quotations) quotationParent.set(quotation, id)
    return {
      '@type': 'BlogPosting',
      '@id': id,
      headline: update.headline,
      datePublished: update.datePublished,
      articleBody: update.articleBody,
      author: update.authors.map(links.authorReference),
      mentions: update.entities.flatMap((name) => {
        const entity = links.entityId(name)
        return entity ? [{'@id': entity}] : []
      }),
      isPartOf: {'@id': links.ids.article},
      inLanguage: links.language
    }
  })
  return {nodes, quotationParent}
}

/** The latest of the dates given (ISO 8601 strings with offsets compare as instants). */
export function latest(dates: ReadonlyArray<string | undefined>): string | undefined {
  let result: string | undefined
  for (const date of dates) {
    if (date !== undefined && (result === undefined || Date.parse(date) > Date.parse(result))) result = date
  }
  return result
}
