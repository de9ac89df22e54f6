import type {} from './remark.js'

export {default, default as rehypeNewsArticle} from './plugins/rehype-news-article.js'
export type {RemarkNewsArticleOptions as Options} from './plugins/remark-news-article.js'
