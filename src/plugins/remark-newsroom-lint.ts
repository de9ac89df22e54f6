import type {Root} from 'mdast'
import type {Plugin} from 'unified'
import {editorialRules} from '../messages.js'
import remarkNewsArticle, {type RemarkNewsArticleOptions} from './remark-news-article.js'

/**
 * `remarkNewsArticle` with the editorial rules on as warnings: missing
 * dateline, author, date, description or image, small images, long
 * headlines, pronouns with no one to refer to, and quotes left open. Set
 * `rules` to turn any off (`'off'`) or make it an error (`'error'`).
 */
const remarkNewsroomLint: Plugin<[(Readonly<RemarkNewsArticleOptions> | null | undefined)?], Root> = function (options) {
  const editorial = Object.fromEntries(editorialRules.map((ruleId) => [ruleId, 'warning' as const]))
  return remarkNewsArticle.call(this, {...options, rules: {...editorial, ...options?.rules}})
}

export default remarkNewsroomLint
