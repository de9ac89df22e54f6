/**
 * The time at the start of a live-blog update's heading: `10:42 a.m.`,
 * `10 p.m.`, `22:05`, `Noon`, `2025-03-04 10:42`, `2025-03-04T10:42-05:00`,
 * `March 4, 10:42 a.m.`, `Tuesday 9 p.m.`, followed by the update's own
 * headline (`10:42 — Polls close in the east`).
 */

import {monthNumber, weekdayNumber} from '../lexicon/word-classes.js'

/** A day written without its year (`March 4`) or as a weekday (`Tuesday`): the live blog places it near its coverage. */
export type PartialDay = {readonly month: number; readonly day: number} | {readonly weekday: number}

/** What a heading's leading time says; `date` is absent when the heading gives no full date. */
export interface UpdateTime {
  readonly date: string | undefined
  /** A day without a year, or a weekday, when the heading gives one (default: none). */
  readonly day?: PartialDay | undefined
  /** `HH:MM:SS`, 24-hour. */
  readonly time: string
  /** `±HH:MM` or `Z` as written, when the heading gives one. */
  readonly offset: string | undefined
  /** The heading after the time and its separator: the update's headline (may be empty). */
  readonly rest: string
}

/** A heading that starts like a time but is none (`25:10`, `13:05 p.m.`, `2025-02-30 10:00`). */
export interface UnreadableTime {
  readonly unreadable: string
}

// Date, time, meridiem and offset; the meridiem makes minutes optional (`10 a.m.`).
const timePattern =
  /^(?:(\d{4})-(\d{2})-(\d{2})(?:T|,? ))?(\d{1,2})(?::(\d{2})(?::(\d{2}))?)?(?: ?([ap])\.? ?m\b\.?)?(?: ?(Z|[+-]\d{2}:?\d{2})\b)?/i
// What looks like the start of a time: digits with a colon, or a date.
const timeLike = /^(?:\d{4}-\d{1,2}-\d{1,2}|\d{1,2}:\d|\d{1,2} ?[ap]\.? ?m\b)/i
// `Noon` and `Midnight` (also `12 noon`), alone or before a separator: `Midnight in Paris` is no time.
const namedTime = /^(?:12 )?(noon|midnight)(?=\s*$|\s*[—–|•·:-])/i
// A word that may name a month or a weekday; the lexicon says which it is.
const dayWord = '([a-z]{3,9})'
const weekdayPrefix = new RegExp('^' + dayWord + '\\.?,? ', 'i')
const monthFirst = new RegExp('^' + dayWord + '\\.? (\\d{1,2})(?:st|nd|rd|th)?(?:,? (\\d{4}))?(?:,? at|,)? ', 'i')
const dayFirst = new RegExp('^(\\d{1,2}) ' + dayWord + '\\.?(?: (\\d{4}))?(?:,? at|,)? ', 'i')
// The separator between the time and the headline.
const separator = /^\s*(?:[—–|•·:-]+\s*)?/

/**
 * Read the time a heading starts with. `undefined` when it starts with no
 * time (an ordinary heading); `{unreadable}` when it starts like one but the
 * numbers are no time.
 */
export function readUpdateTime(heading: string): UpdateTime | UnreadableTime | undefined {
  const trimmed = heading.trim()
  const prefix = readDayPrefix(trimmed)
  const text = prefix ? trimmed.slice(prefix.length) : trimmed
  const named = namedTime.exec(text)
  const time = named
    ? {date: undefined, time: named[1]!.toLowerCase() === 'noon' ? '12:00:00' : '00:00:00', offset: undefined, rest: text.slice(named[0].length).replace(separator, '').trim()}
    : timeLike.test(text)
      ? readNumericTime(text)
      : undefined
  if (!prefix || time === undefined || 'unreadable' in time) return time
  // A weekday before an ISO date adds nothing; `March 4, 2025-03-04 10:00` gives two dates.
  if (time.date !== undefined) return prefix.month === undefined ? time : {unreadable: trimmed.split(/\s/, 1)[0] ?? trimmed}
  if (prefix.month === undefined) return {...time, day: {weekday: prefix.weekday!}}
  const {month, day, year} = prefix
  // `Feb. 30` is no day of any year; `Feb. 29` only of a leap year.
  const days = new Date(Date.UTC(year ?? 2000, month, 0)).getUTCDate()
  if (day < 1 || day > days) return {unreadable: trimmed.slice(0, prefix.length).trim().replace(/,$/, '')}
  return year === undefined ? {...time, day: {month, day}} : {...time, date: `${year}-${pad(month)}-${pad(day)}`}
}

interface DayPrefix {
  readonly weekday: number | undefined
  readonly month: number | undefined
  readonly day: number
  readonly year: number | undefined
  readonly length: number
}

/** The written day before a heading's time (`Tuesday`, `March 4`, `Tue., 4 Mar. 2025`) and its length; `undefined` when there is none. */
function readDayPrefix(text: string): DayPrefix | undefined {
  const weekday = onlyIf(weekdayPrefix.exec(text), 1, weekdayNumber)
  const afterWeekday = weekday ? text.slice(weekday[0].length) : text
  const byMonth = onlyIf(monthFirst.exec(afterWeekday), 1, monthNumber)
  const byDay = byMonth ? null : onlyIf(dayFirst.exec(afterWeekday), 2, monthNumber)
  const match = byMonth ?? byDay
  if (!weekday && !match) return undefined
  const length = (weekday?.[0].length ?? 0) + (match?.[0].length ?? 0)
  const weekdayIndex = weekday ? weekdayNumber(weekday[1]!) : undefined
  if (!match) return {weekday: weekdayIndex, month: undefined, day: 0, year: undefined, length}
  const [, first, second, year] = match
  return {
    weekday: weekdayIndex,
    month: monthNumber(byMonth ? first! : second!),
    day: Number(byMonth ? second : first),
    year: year === undefined ? undefined : Number(year),
    length
  }
}

/** `match` when its group `group` is a word that `read` knows, else `null`. */
function onlyIf(match: RegExpExecArray | null, group: number, read: (word: string) => number | undefined): RegExpExecArray | null {
  return match && read(match[group]!) !== undefined ? match : null
}

/** The numeric time (and ISO date) at the start of `text`, which looks like a time. */
function readNumericTime(text: string): UpdateTime | UnreadableTime | undefined {
  const match = timePattern.exec(text)
  const word = text.split(/\s/, 1)[0] ?? text
  if (!match) return {unreadable: word}
  const [whole, year, month, day, hourText = '', minuteText, secondText = '00', meridiem, zone] = match
  // A bare number is a time only with `a.m.`/`p.m.` (`3 things to know` is no update).
  if (minuteText === undefined && meridiem === undefined) return year === undefined ? undefined : {unreadable: whole.trim() || word}
  let hour = Number(hourText)
  const minute = Number(minuteText ?? '0')
  const second = Number(secondText)
  const rest = text.slice(whole.length)
  // `10:42am` is fine; `10:425` is no time.
  if (/^\w/.test(rest) && !meridiem) return {unreadable: (whole + rest).split(/\s/, 1)[0]!}
  if (meridiem) {
    if (hour < 1 || hour > 12) return {unreadable: whole.trim()}
    hour = (hour % 12) + (meridiem.toLowerCase() === 'p' ? 12 : 0)
  }
  if (hour > 23 || minute > 59 || second > 59) return {unreadable: whole.trim()}
  let date: string | undefined
  if (year !== undefined) {
    const days = new Date(Date.UTC(Number(year), Number(month), 0)).getUTCDate()
    if (Number(month) < 1 || Number(month) > 12 || Number(day) < 1 || Number(day) > days) return {unreadable: whole.trim()}
    date = `${year}-${month}-${day}`
  }
  const offset = zone === undefined ? undefined : zone.toUpperCase() === 'Z' ? 'Z' : zone.length === 5 ? zone.slice(0, 3) + ':' + zone.slice(3) : zone
  return {date, time: `${pad(hour)}:${pad(minute)}:${pad(second)}`, offset, rest: rest.replace(separator, '').trim()}
}

function pad(value: number): string {
  return String(value).padStart(2, '0')
}
