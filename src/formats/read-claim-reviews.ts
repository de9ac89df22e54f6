/**
 * Reading the `claimReview` field: one claim or a list, each with `claim`,
 * `claimant`, `datePublished`, `reviewRating` and `appearance`.
 */
import type {Point} from 'unist'
import {report} from '../messages.js'
import {type MetadataContext, describe, isRecord, reportInvalid, textOf} from '../metadata/field-reader.js'
import {toUrl, toUrlList} from '../metadata/read-url.js'
import type {ClaimRating, ClaimReview, Claimant} from './claim-review.js'
import {toDate} from '../metadata/read-dates.js'

/** The article's fact checks; bad items are reported and left out, gaps are reported. */
export function readClaimReviews(context: MetadataContext, timeZone: string | undefined): ClaimReview[] {
  const entry = context.fields.entry('claimReview')
  if (entry === undefined) return []
  const {key} = entry
  const place = context.fields.placeOf(key)
  const result: ClaimReview[] = []
  for (const item of Array.isArray(entry.value) ? entry.value : [entry.value]) {
    const claim = isRecord(item) ? textOf(item.claim ?? item.claimReviewed) : undefined
    if (!isRecord(item) || !claim) {
      reportInvalid(context, key, item, 'a claim such as `{claim: …, claimant: …, reviewRating: {ratingValue: 1, alternateName: False}}`')
      continue
    }
    const claimant = readClaimant(context, item.claimant ?? item.author, key)
    if (!claimant) {
      report(context.file, 'claim-without-claimant', 'Unexpected claim without claimant, expected `claimant` naming who made it (a person or organization)', {
        place,
        actual: claim.length > 60 ? claim.slice(0, 57) + '…' : claim
      })
    }
    const date = item.datePublished ?? item.date
    result.push({
      claim,
      claimant,
      datePublished: date === undefined ? undefined : toDate(context, {key, value: date}, timeZone),
      rating: readRating(context, item.reviewRating ?? item.rating, key, place),
      appearance: toUrlList(context, item.appearance, key) ?? []
    })
  }
  return result
}

function readClaimant(context: MetadataContext, value: unknown, key: string): Claimant | undefined {
  if (typeof value === 'string') return textOf(value) ? {type: undefined, name: textOf(value)!} : undefined
  if (!isRecord(value) || !textOf(value.name)) return undefined
  const type = value.type ?? value['@type']
  return {
    type: type === 'Organization' ? 'Organization' : type === 'Person' ? 'Person' : undefined,
    name: textOf(value.name)!,
    url: value.url === undefined ? undefined : toUrl(context, value.url, key)
  }
}

/** A rating: a verdict alone (`False`), a number, or `{ratingValue, bestRating, worstRating, alternateName}`. */
function readRating(context: MetadataContext, value: unknown, key: string, place: Point | undefined): ClaimRating {
  const fields: Record<string, unknown> = isRecord(value) ? value : typeof value === 'number' ? {ratingValue: value} : {alternateName: value}
  const number = (name: string) => {
    const item = fields[name]
    if (item === undefined) return undefined
    const result = typeof item === 'string' && item.trim() !== '' ? Number(item) : item
    if (typeof result === 'number' && Number.isFinite(result)) return result
    reportInvalid(context, key, item, 'a number as `' + name + '`')
    return undefined
  }
  const rating: ClaimRating = {
    ratingValue: number('ratingValue'),
    bestRating: number('bestRating'),
    worstRating: number('worstRating'),
    alternateName: textOf(fields.alternateName ?? fields.name) || undefined
  }
  if (rating.alternateName === undefined) {
    reportInvalid(context, key, value, 'a rating with `alternateName`, the verdict in words such as `False` (Google requires it)')
  }
  // schema.org's default scale is 1 to 5.
  const best = rating.bestRating ?? 5
  const worst = rating.worstRating ?? 1
  if (rating.ratingValue !== undefined && (rating.ratingValue > best || rating.ratingValue < worst || best < worst)) {
    report(
      context.file,
      'rating-out-of-scale',
      'Unexpected rating `' + rating.ratingValue + '` outside its scale, expected a value from `worstRating` ' + worst + ' to `bestRating` ' + best,
      {place, actual: describe(rating.ratingValue), expected: [String(worst) + '–' + String(best)]}
    )
  }
  return rating
}
