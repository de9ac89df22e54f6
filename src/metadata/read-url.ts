// Reading URLs from article fields: absolute `http(s):` URLs, relative ones
// resolved against the newsroom's `baseUrl`.
import {report} from '../messages.js'
import {type MetadataContext, describe} from './field-reader.js'
import type {Field} from './fields.js'
import {resolveUrl} from './resolve-url.js'

/** A field as one URL. */
export function readUrl(context: MetadataContext, field: Field): string | undefined {
  const entry = context.fields.entry(field)
  return entry === undefined ? undefined : toUrl(context, entry.value, entry.key)
}

/** A value written under `key` as a URL; a bad one is reported as `unreadable-url`. */
export function toUrl(context: MetadataContext, value: unknown, key: string): string | undefined {
  const place = context.fields.placeOf(key)
  if (typeof value !== 'string' || value.trim() === '') {
    report(context.file, 'unreadable-url', 'Unexpected ' + describe(value) + ' in `' + key + '`, expected an absolute `https:` URL', {
      place,
      actual: describe(value)
    })
    return undefined
  }
  const baseUrl = context.settings.baseUrl
  const url = resolveUrl(value.trim(), baseUrl)
  if (url === undefined) {
    report(
      context.file,
      'unreadable-url',
      'Unexpected URL `' + value.trim() + '` in `' + key + '`, expected an absolute `https:` URL' +
        (baseUrl ? '' : ' (or set `baseUrl` to resolve relative ones)'),
      {place, actual: value.trim()}
    )
  }
  return url
}

/** A URL or a list of them (`sameAs`) as distinct URLs; none gives `undefined`. */
export function toUrlList(context: MetadataContext, value: unknown, key: string): string[] | undefined {
  if (value === undefined) return undefined
  const result: string[] = []
  for (const item of Array.isArray(value) ? value : [value]) {
    const url = toUrl(context, item, key)
    if (url && !result.includes(url)) result.push(url)
  }
  return result.length > 0 ? result : undefined
}
