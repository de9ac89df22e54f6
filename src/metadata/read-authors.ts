// Reading the `author` field: bylines (`By Jane Doe and John Roe`) or
// objects with `name`, `type`, `url`, `jobTitle` and `sameAs`.
import {cleanText} from '../document/clean-text.js'
import {type Author, parseByline} from './authors.js'
import {type MetadataContext, invalid, isRecord, textOf} from './field-reader.js'
import {toUrl, toUrlList} from './read-url.js'

/**
 * The article's authors. `publisherName` (optional) tells a byline naming
 * the publisher (`Jane Doe, KXYZ News`) from one naming another outlet.
 */
export function readAuthors(context: MetadataContext, publisherName: string | undefined): Author[] {
  const entry = context.fields.entry('author')
  if (entry === undefined) return []
  const result: Author[] = []
  for (const item of Array.isArray(entry.value) ? entry.value : [entry.value]) {
    if (typeof item === 'string') {
      result.push(...parseByline(item, publisherName))
    } else if (isRecord(item) && typeof item.name === 'string' && cleanText(item.name)) {
      result.push({
        type: item.type === 'Organization' ? 'Organization' : 'Person',
        name: cleanText(item.name),
        url: item.url === undefined ? undefined : toUrl(context, item.url, entry.key),
        jobTitle: textOf(item.jobTitle) || undefined,
        sameAs: toUrlList(context, item.sameAs, entry.key)
      })
    } else {
      invalid(context, 'author', 'a name or an object with `name`', item)
    }
  }
  return result
}
