/**
 * Google's date guidance for articles: `datePublished` (and
 * `dateModified`) as ISO 8601 date-times with a time zone, since Google
 * otherwise assumes Googlebot's, and a modification no earlier than the
 * publication. Malformed dates are the range check's (`invalid-date`).
 */
import type {LocatedValue, ResolvedNode} from '../json-ld/document-graph.js'
import {parseIsoDate, type IsoDate} from '../../dates/iso-8601.js'
import {literal} from '../json-ld/literal.js'
import type {State} from '../state.js'
import {code} from '../wording.js'

/** Check the dates of `article`. */
export function checkDates(state: State, article: ResolvedNode): void {
  const published = article.get('datePublished')
  const modified = article.get('dateModified')
  if (!published) {
    state.report('missing-date-published', article.path, 'Unexpected article without `datePublished`, expected a date-time such as `2024-03-05T09:30:00-05:00`')
  }
  const publishedDate = published && checkTimeZone(state, 'datePublished', published)
  const modifiedDate = modified && checkTimeZone(state, 'dateModified', modified)
  if (!published || !modified || !publishedDate || !modifiedDate) return
  // Instants when both have a zone; otherwise compare the clocks as written.
  const both = publishedDate.hasTimeZone && modifiedDate.hasTimeZone
  const publishedTime = both ? publishedDate.time : publishedDate.wallTime
  const modifiedTime = both ? modifiedDate.time : modifiedDate.wallTime
  if (publishedTime !== undefined && modifiedTime !== undefined && modifiedTime < publishedTime) {
    state.report(
      'modified-before-published',
      modified.path,
      `Unexpected \`dateModified\` ${code(literal(modified.value))} before \`datePublished\` ${code(literal(published.value))}, ` +
        'expected the same time or later',
      {actual: literal(modified.value), expected: literal(published.value)}
    )
  }
}

/** Report a date without time or time zone; returns the date when it is one well-formed date. */
function checkTimeZone(state: State, property: string, located: LocatedValue): IsoDate | undefined {
  const text = literal(located.value)
  const date = typeof text === 'string' ? parseIsoDate(text) : undefined
  if (!date || date.kind === 'time') return undefined
  if (date.kind === 'date') {
    state.report(
      'date-without-time-zone',
      located.path,
      `Unexpected date without time ${code(text)} in \`${property}\`, expected a date-time with time zone such as \`${String(text)}T09:30:00-05:00\``,
      {actual: text}
    )
  } else if (!date.hasTimeZone) {
    state.report(
      'date-without-time-zone',
      located.path,
      `Unexpected date-time without time zone ${code(text)} in \`${property}\`, expected an offset such as \`${String(text)}-05:00\` or \`Z\``,
      {actual: text}
    )
  }
  return date
}
