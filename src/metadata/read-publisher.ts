// Reading the `publisher` field: another publisher than the newsroom's, by
// name or as an object with `url`, `logo` and `sameAs`.
import {cleanText} from '../document/clean-text.js'
import {type MetadataContext, invalid, isRecord} from './field-reader.js'
import type {Publisher} from './metadata.js'
import {toImages} from './read-images.js'
import {toUrl, toUrlList} from './read-url.js'

/** The article's publisher; without the field, the newsroom's `publisher` option. */
export function readPublisher(context: MetadataContext): Publisher | undefined {
  const entry = context.fields.entry('publisher')
  if (entry === undefined) return context.settings.publisher
  const value = entry.value
  if (typeof value === 'string' && cleanText(value)) {
    // Another publisher than the newsroom's: its name alone.
    return {name: cleanText(value), sameAs: []}
  }
  if (!isRecord(value) || typeof value.name !== 'string' || !cleanText(value.name)) {
    // A bad `publisher` is reported; the newsroom's stands in for it.
    return invalid(context, 'publisher', 'a name or an object with `name`') ?? context.settings.publisher
  }
  return {
    name: cleanText(value.name),
    url: value.url === undefined ? undefined : toUrl(context, value.url, entry.key),
    logo: value.logo === undefined ? undefined : toImages(context, value.logo, entry.key)[0],
    sameAs: toUrlList(context, value.sameAs, entry.key) ?? []
  }
}
