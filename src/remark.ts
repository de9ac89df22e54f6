import type {Graph} from 'schema-dts'
import type {Article} from './article.js'

export {default, default as remarkNewsArticle} from './plugins/remark-news-article.js'
export {default as remarkNewsroomLint} from './plugins/remark-newsroom-lint.js'
export type {RemarkNewsArticleOptions as Options} from './plugins/remark-news-article.js'

declare module 'vfile' {
  interface DataMap {
    /**
     * The article's schema.org `NewsArticle` JSON-LD and the extracted model.
     *
     * Populated by `remarkNewsArticle` (`newsroom-jsonld/remark`).
     */
    newsArticle?: {readonly jsonld: Graph; readonly article: Article} | undefined
  }
}
