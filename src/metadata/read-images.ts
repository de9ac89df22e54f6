// Reading images (the article's `image`, a publisher's `logo`): a URL, or an
// object with `url`, size, caption and credit.
import {report} from '../messages.js'
import {type MetadataContext, describe, isRecord, reportInvalid, textOf} from './field-reader.js'
import type {Image} from './images.js'
import {toUrl} from './read-url.js'

/** The article's images. */
export function readImages(context: MetadataContext): Image[] {
  const entry = context.fields.entry('image')
  return entry === undefined ? [] : toImages(context, entry.value, entry.key)
}

/** A value written under `key` as images; bad items are reported and left out. */
export function toImages(context: MetadataContext, value: unknown, key: string): Image[] {
  const result: Image[] = []
  for (const item of Array.isArray(value) ? value : [value]) {
    if (typeof item === 'string') {
      const url = toUrl(context, item, key)
      if (url) result.push({url})
    } else if (isRecord(item) && item.url !== undefined) {
      const url = toUrl(context, item.url, key)
      if (url) {
        result.push({
          url,
          width: dimension(context, item.width, key),
          height: dimension(context, item.height, key),
          caption: textOf(item.caption) || undefined,
          credit: textOf(item.credit) || undefined
        })
      }
    } else {
      reportInvalid(context, key, item, 'an image URL or an object with `url`')
    }
  }
  return result
}

function dimension(context: MetadataContext, value: unknown, key: string): number | undefined {
  if (value === undefined) return undefined
  const number = typeof value === 'string' ? Number(value) : value
  if (typeof number === 'number' && Number.isInteger(number) && number > 0) return number
  report(
    context.file,
    'invalid-field',
    'Unexpected ' + describe(value) + ' as image size in `' + key + '`, expected a positive whole number of pixels',
    {place: context.fields.placeOf(key), actual: describe(value)}
  )
  return undefined
}
