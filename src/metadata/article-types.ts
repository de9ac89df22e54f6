/** The article types this package emits: `NewsArticle` and its subtypes. */
export const articleTypes = [
  'NewsArticle',
  'AnalysisNewsArticle',
  'AskPublicNewsArticle',
  'BackgroundNewsArticle',
  'OpinionNewsArticle',
  'ReportageNewsArticle',
  'ReviewNewsArticle',
  // Live coverage: a `BlogPosting`, not a `NewsArticle`, with its updates (see `formats/live-blog.ts`).
  'LiveBlogPosting'
] as const

/** `NewsArticle` or one of its subtypes. */
export type ArticleType = (typeof articleTypes)[number]

/** Whether `value` names an article type this package emits. */
export function isArticleType(value: unknown): value is ArticleType {
  return typeof value === 'string' && (articleTypes as readonly string[]).includes(value)
}
