// Reading how an article is classed: its type (`NewsArticle` or a subtype)
// and its language.
import {isArticleType, type ArticleType} from './article-types.js'
import {type MetadataContext, invalid, readText} from './field-reader.js'
import {isLanguageTag} from './language-tag.js'

/** The article's `type`, when it names `NewsArticle` or a subtype. */
export function readType(context: MetadataContext): ArticleType | undefined {
  const entry = context.fields.entry('type')
  if (entry === undefined) return undefined
  if (isArticleType(entry.value)) return entry.value
  return invalid(context, 'type', '`NewsArticle` or a subtype such as `ReportageNewsArticle`')
}

/** The article's language, a BCP 47 tag; without the field, the newsroom's `language` option. */
export function readLanguage(context: MetadataContext): string | undefined {
  const text = readText(context, 'language')
  if (text === undefined) return context.settings.language
  if (isLanguageTag(text)) return text
  // A bad tag is reported; the newsroom's language stands in for it.
  return invalid(context, 'language', 'a BCP 47 language tag such as `en` or `en-US`') ?? context.settings.language
}
