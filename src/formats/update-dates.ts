/**
 * The dates of a live blog's updates. A heading that gives no full date
 * (`10:42 a.m.`, `Tuesday 9 p.m.`, `March 4, 10:42`) takes its day from the
 * coverage: the day of the update before it, going from the oldest update to
 * the newest, and the next day when its time comes earlier than that update's
 * but would be at most 12 hours after it on the next day (`11:50 p.m.`, then
 * `12:10 a.m.`). A time earlier by less is out of order, and stays reported so.
 */
import {dateTime, normalizeDate} from '../metadata/dates.js'
import type {PartialDay, UnreadableTime, UpdateTime} from './update-time.js'

/** What update times are dated against. */
export interface UpdateDating {
  /** `coverageStartTime`, else `datePublished` (default: none; then only full dates date an update). */
  readonly anchor: string | undefined
  /** `coverageStartTime`: the first update's time comes after it (default: none). */
  readonly coverageStartTime: string | undefined
  readonly timeZone: string | undefined
}

const halfDay = 12 * 3_600_000

/**
 * The date-time of each update, in the order of `times` (the text's);
 * `undefined` for a time that cannot be read or dated.
 */
export function updateDates(times: ReadonlyArray<UpdateTime | UnreadableTime>, dating: UpdateDating): Array<string | undefined> {
  const anchorDay = dating.anchor?.slice(0, 10)
  const fullDay = (time: UpdateTime): string | undefined => time.date ?? (time.day && anchorDay ? dayNear(time.day, anchorDay) : undefined)
  // Each time on its own day, or the anchor's: enough to tell newest first from oldest first.
  const naive = times.map((time) => ('unreadable' in time ? undefined : at(time, fullDay(time) ?? anchorDay, dating)))
  const order = [...times.keys()]
  if (direction(naive) < 0) order.reverse()
  const dates: Array<string | undefined> = times.map(() => undefined)
  let cursor = anchorDay
  let previous = dating.coverageStartTime
  for (const index of order) {
    const time = times[index]!
    if ('unreadable' in time) continue
    const day = fullDay(time)
    let value = at(time, day ?? cursor, dating)
    if (day !== undefined) cursor = day
    else if (value !== undefined && previous !== undefined && cursor !== undefined && dateTime(value) < dateTime(previous)) {
      // Past midnight: the next day, when that puts it shortly after the update before it.
      const next = at(time, addDays(cursor, 1), dating)
      const gap = next === undefined ? Number.NaN : dateTime(next) - dateTime(previous)
      if (gap > 0 && gap <= halfDay) {
        value = next
        cursor = addDays(cursor, 1)
      }
    }
    dates[index] = value
    if (value !== undefined) previous = value
  }
  return dates
}

/**
 * Newest first (-1) or oldest first (1): the sign of the first step under 12
 * hours between neighbouring updates; else the opposite of the first longer
 * step (`11 p.m.` then `1 a.m.` on one day is oldest first across midnight).
 */
function direction(naive: ReadonlyArray<string | undefined>): number {
  const steps: number[] = []
  let previous: string | undefined
  for (const value of naive) {
    if (value === undefined) continue
    if (previous !== undefined && dateTime(value) !== dateTime(previous)) steps.push(dateTime(value) - dateTime(previous))
    previous = value
  }
  const short = steps.find((step) => Math.abs(step) <= halfDay)
  if (short !== undefined) return Math.sign(short)
  return steps.length > 0 ? -Math.sign(steps[0]!) : 1
}

/** The date-time of `time` on `day`: its own offset, else the zone, else the anchor's offset. */
function at(time: UpdateTime, day: string | undefined, dating: UpdateDating): string | undefined {
  if (day === undefined) return undefined
  const {anchor, timeZone} = dating
  const offset = time.offset ?? (timeZone === undefined && anchor && anchor.length > 19 ? anchor.slice(19) : undefined)
  const result = normalizeDate(day + 'T' + time.time + (offset ?? ''), timeZone)
  return result.ok ? result.value : undefined
}

/** A weekday: the first such day on or after `anchorDay`; a month and day: in the year that puts it nearest `anchorDay`. */
function dayNear(day: PartialDay, anchorDay: string): string | undefined {
  const anchor = Date.parse(anchorDay + 'T00:00:00Z')
  if (Number.isNaN(anchor)) return undefined
  if ('weekday' in day) return addDays(anchorDay, (day.weekday - new Date(anchor).getUTCDay() + 7) % 7)
  const year = Number(anchorDay.slice(0, 4))
  let best: string | undefined
  for (const candidate of [year - 1, year, year + 1]) {
    const date = new Date(Date.UTC(candidate, day.month - 1, day.day))
    // 29 February of a year that has none.
    if (date.getUTCDate() !== day.day) continue
    const text = date.toISOString().slice(0, 10)
    if (!/^\d{4}-/.test(text)) continue
    if (best === undefined || Math.abs(Date.parse(text) - anchor) < Math.abs(Date.parse(best) - anchor)) best = text
  }
  return best
}

function addDays(day: string, count: number): string {
  return new Date(Date.parse(day + 'T00:00:00Z') + count * 86_400_000).toISOString().slice(0, 10)
}
