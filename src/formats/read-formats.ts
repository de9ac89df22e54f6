/**
 * Reading the fields of the coverage formats beyond the single story: live
 * blog coverage times, corrections, fact checks, video and audio, and
 * speakable parts.
 */
import {type MetadataContext, reportInvalid} from '../metadata/field-reader.js'
import {readClaimReviews} from './read-claim-reviews.js'
import {readCorrections} from './read-corrections.js'
import {toDate} from '../metadata/read-dates.js'
import {readMedia} from './read-media.js'
import {toSpeakable} from './speakable.js'
import type {ArticleMetadata} from '../metadata/metadata.js'

/** The format fields of `ArticleMetadata`. */
export type FormatFields = Pick<
  ArticleMetadata,
  'timeZone' | 'coverageStartTime' | 'coverageEndTime' | 'corrections' | 'claimReviews' | 'video' | 'audio' | 'speakable'
>

/** Read the format fields, date-times without offset in `timeZone`. */
export function readFormats(context: MetadataContext, timeZone: string | undefined): FormatFields {
  return {
    timeZone,
    coverageStartTime: readDateField(context, 'coverageStartTime', timeZone),
    coverageEndTime: readDateField(context, 'coverageEndTime', timeZone),
    corrections: readCorrections(context, timeZone),
    claimReviews: readClaimReviews(context, timeZone),
    video: readMedia(context, 'video', timeZone),
    audio: readMedia(context, 'audio', timeZone),
    speakable: readSpeakable(context)
  }
}

function readDateField(context: MetadataContext, field: 'coverageStartTime' | 'coverageEndTime', timeZone: string | undefined): string | undefined {
  const entry = context.fields.entry(field)
  return entry === undefined ? undefined : toDate(context, entry, timeZone)
}

/** `speakable` of the article, else the newsroom's option. */
function readSpeakable(context: MetadataContext): readonly string[] | undefined {
  const entry = context.fields.entry('speakable')
  if (entry === undefined) return context.settings.speakable
  const selectors = toSpeakable(entry.value)
  if (selectors === undefined) return reportInvalid(context, entry.key, entry.value, '`true` or CSS selectors such as `.summary`') ?? context.settings.speakable
  return selectors.length > 0 ? selectors : undefined
}
