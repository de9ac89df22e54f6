/**
 * The time at the start of a live-blog update's heading: `10:42 a.m.`,
 * `10 p.m.`, `22:05`, `2025-03-04 10:42`, `2025-03-04T10:42-05:00`,
 * followed by the update's own headline (`10:42 — Polls close in the east`).
 */

/** What a heading's leading time says; `date` is absent when the heading gives none. */
export interface UpdateTime {
  readonly date: string | undefined
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
// The separator between the time and the headline.
const separator = /^\s*(?:[—–|•·:-]+\s*)?/

/**
 * Read the time a heading starts with. `undefined` when it starts with no
 * time (an ordinary heading); `{unreadable}` when it starts like one but the
 * numbers are no time.
 */
export function readUpdateTime(heading: string): UpdateTime | UnreadableTime | undefined {
  const text = heading.trim()
  if (!timeLike.test(text)) return undefined
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
