// The article fields: which frontmatter keys set which field, and the table
// of values chosen from the sources (strongest first), with their places.
import type {Point} from 'unist'
import type {VFile} from 'vfile'
import {report} from '../messages.js'
import {closestName} from '../spelling/closest-name.js'

/**
 * Frontmatter keys and the field each one sets; the README documents them.
 * A new field gets its keys here and a reader (see `read-metadata.ts`).
 */
export const fieldOfKey = {
  headline: 'headline',
  title: 'headline',
  alternativeHeadline: 'alternativeHeadline',
  subtitle: 'alternativeHeadline',
  description: 'description',
  canonical: 'canonical',
  url: 'url',
  datePublished: 'datePublished',
  date: 'datePublished',
  dateModified: 'dateModified',
  updated: 'dateModified',
  author: 'author',
  authors: 'author',
  publisher: 'publisher',
  image: 'image',
  images: 'image',
  section: 'section',
  articleSection: 'section',
  keywords: 'keywords',
  tags: 'keywords',
  language: 'language',
  inLanguage: 'language',
  isAccessibleForFree: 'isAccessibleForFree',
  paywallSelector: 'paywallSelector',
  dateline: 'dateline',
  type: 'type',
  timeZone: 'timeZone',
  // The coverage formats (see `formats/read-formats.ts`).
  coverageStartTime: 'coverageStartTime',
  coverageEndTime: 'coverageEndTime',
  corrections: 'corrections',
  claimReview: 'claimReview',
  claimReviews: 'claimReview',
  video: 'video',
  videos: 'video',
  audio: 'audio',
  speakable: 'speakable'
} as const

/** An article field, as read from one or more frontmatter keys. */
export type Field = (typeof fieldOfKey)[keyof typeof fieldOfKey]

// Keys that static-site generators and CMSs use for themselves.
const ignoredKeys = new Set(['draft', 'id', 'layout', 'permalink', 'slug', 'weight'])

/** One source of article fields, and where its keys stand in the file (frontmatter has places; CMS data has none). */
export interface FieldSource {
  readonly fields: Readonly<Record<string, unknown>>
  readonly placeOf?: ((key: string) => Point | undefined) | undefined
}

/** The value a field took, and the key it was written under. */
export interface FieldEntry {
  readonly key: string
  readonly value: unknown
}

/** The chosen value of every field that has one, and where each key stands. */
export interface FieldTable {
  /** The field's value, or `undefined` when no source has it. */
  readonly entry: (field: Field) => FieldEntry | undefined
  /** Where `key` stands in the file, for messages (`undefined` without places). */
  readonly placeOf: (key: string) => Point | undefined
}

/**
 * Gather the fields of `sources`, strongest first: a field takes its value
 * from the first source that has it under any of its names (`null` counts as
 * absent). Unknown keys are reported once, at their first place.
 */
export function collectFields(sources: readonly FieldSource[], file: VFile): FieldTable {
  const values = new Map<Field, FieldEntry>()
  // Where each chosen (or unknown) key stands, for messages.
  const places = new Map<string, Point | undefined>()
  const placeOf = (key: string) => places.get(key)
  for (const source of sources) {
    for (const [key, value] of Object.entries(source.fields)) {
      const field = Object.hasOwn(fieldOfKey, key) ? fieldOfKey[key as keyof typeof fieldOfKey] : undefined
      if (field === undefined) {
        if (ignoredKeys.has(key) || places.has(key)) continue
        places.set(key, source.placeOf?.(key))
        reportUnknownKey(file, key, placeOf(key))
      } else if (value !== null && value !== undefined && !values.has(field)) {
        values.set(field, {key, value})
        places.set(key, source.placeOf?.(key))
      }
    }
  }
  return {entry: (field) => values.get(field), placeOf}
}

function reportUnknownKey(file: VFile, key: string, place: Point | undefined): void {
  const suggestion = closestName(key, Object.keys(fieldOfKey))
  report(
    file,
    'unknown-frontmatter-key',
    'Unexpected unknown frontmatter field `' + key + '`, expected ' +
      (suggestion ? '`' + suggestion + '`' : 'a field listed in the README'),
    {place, actual: key, expected: suggestion ? [suggestion] : undefined}
  )
}
