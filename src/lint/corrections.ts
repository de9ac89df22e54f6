/** The editorial check of corrections: an article corrected later than it says it was modified. */
import type {VFile} from 'vfile'
import type {Article} from '../article.js'
import {report} from '../messages.js'
import {dateTime} from '../metadata/dates.js'

/**
 * Warn when `dateModified` is earlier than the latest correction (or absent
 * while a correction is dated): a corrected article is a modified one.
 */
export function checkCorrections(article: Article, file: VFile): void {
  let latest: string | undefined
  for (const correction of article.corrections ?? []) {
    if (correction.datePublished && (latest === undefined || dateTime(correction.datePublished) > dateTime(latest))) latest = correction.datePublished
  }
  if (latest === undefined) return
  const modified = article.metadata.dateModified
  // A date alone compares by day.
  const before = modified === undefined || (modified.length === 10 || latest.length === 10 ? modified.slice(0, 10) < latest.slice(0, 10) : dateTime(modified) < dateTime(latest))
  if (!before) return
  const note = article.corrections?.find((correction) => correction.datePublished === latest)?.note
  report(
    file,
    'modified-before-correction',
    (modified === undefined ? 'Unexpected corrected article without `dateModified`' : 'Unexpected `dateModified` `' + modified + '` before the latest correction') +
      ', expected `dateModified` on or after `' + latest + '`',
    {place: (note ?? article.headline ?? article.lede)?.position?.start, actual: modified, expected: [latest]}
  )
}
