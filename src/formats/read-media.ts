/**
 * Reading the `video` and `audio` fields: a URL, or an object with `url`
 * (or `contentUrl`), `embedUrl`, `name`, `description`, `thumbnailUrl`,
 * `uploadDate` and `duration`; one or a list.
 */
import {type MetadataContext, isRecord, reportInvalid, textOf} from '../metadata/field-reader.js'
import type {Field} from '../metadata/fields.js'
import {toUrl} from '../metadata/read-url.js'
import {parseDuration} from './duration.js'
import type {Media} from './media.js'
import {toDate} from '../metadata/read-dates.js'
import {hostedVideo} from './video-hosts.js'

/** The clips of the `video` or `audio` field; bad items are reported and left out. */
export function readMedia(context: MetadataContext, field: Field & ('video' | 'audio'), timeZone: string | undefined): Media[] {
  const entry = context.fields.entry(field)
  if (entry === undefined) return []
  const {key} = entry
  const result: Media[] = []
  for (const item of Array.isArray(entry.value) ? entry.value : [entry.value]) {
    const fields: Record<string, unknown> = typeof item === 'string' ? {url: item} : isRecord(item) ? item : {}
    if ((fields.url ?? fields.contentUrl ?? fields.embedUrl) === undefined) {
      reportInvalid(context, key, item, 'a URL or an object with `url` or `embedUrl`')
      continue
    }
    const address = fields.url ?? fields.contentUrl
    const given = address === undefined ? undefined : toUrl(context, address, key)
    // A YouTube or Vimeo page is no media file: its player is the embed.
    const hosted = given === undefined ? undefined : hostedVideo(given)
    const embedUrl = fields.embedUrl === undefined ? hosted?.embedUrl : toUrl(context, fields.embedUrl, key)
    if ((hosted ? undefined : given) === undefined && embedUrl === undefined) continue
    let duration: string | undefined
    if (fields.duration !== undefined) {
      duration = parseDuration(fields.duration)
      if (duration === undefined) reportInvalid(context, key, fields.duration, 'a duration such as `2:35`, `1:02:03` or `PT2M35S`')
    }
    const thumbnail = fields.thumbnailUrl ?? fields.thumbnail
    result.push({
      contentUrl: hosted ? undefined : given,
      embedUrl,
      url: hosted?.pageUrl,
      name: textOf(fields.name ?? fields.title) || undefined,
      description: textOf(fields.description) || undefined,
      thumbnailUrl: thumbnail === undefined ? hosted?.thumbnailUrl : toUrl(context, thumbnail, key),
      uploadDate: fields.uploadDate === undefined ? undefined : toDate(context, {key, value: fields.uploadDate}, timeZone),
      duration
    })
  }
  return result
}
