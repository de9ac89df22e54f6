/**
 * Durations of video and audio: what editors write (`2:35`, `1:02:03`, a
 * number of seconds) read into the ISO 8601 form schema.org takes
 * (`PT2M35S`, `PT1H2M3S`).
 */

// `2:35`, `1:02:03`, `155`, `0:05.5`: seconds last, optional decimals.
const clockPattern = /^(?:(\d{1,3}):)?(?:(\d{1,2}):)?(\d{1,6})(?:\.(\d{1,3}))?$/
// `PT2M35S`, `P1DT2H`, `PT1.5S`: the day and time parts of an ISO 8601 duration.
const isoPattern = /^P(?:(\d{1,3})D)?(?:T(?:(\d{1,4})H)?(?:(\d{1,5})M)?(?:(\d{1,6})(?:\.(\d{1,3}))?S)?)?$/

/**
 * Read a duration into ISO 8601 (shortest form): a clock reading (`2:35` →
 * `PT2M35S`, `1:02:03` → `PT1H2M3S`), a number of seconds (`155` or
 * `'155'` → `PT2M35S`), or an ISO 8601 duration (`PT155S` → `PT2M35S`).
 * In a clock reading, minutes and seconds after a colon are below 60.
 * Returns `undefined` for anything else (default: no duration).
 */
export function parseDuration(value: unknown): string | undefined {
  if (typeof value === 'number') {
    return Number.isFinite(value) && value >= 0 && value < 1e9 ? fromMilliseconds(Math.round(value * 1000)) : undefined
  }
  if (typeof value !== 'string' || value.length > 32) return undefined
  const text = value.trim()
  const clock = clockPattern.exec(text)
  if (clock) {
    const [, first, second, last = '0', fraction = ''] = clock
    // With two parts, `2:35` is minutes and seconds; with three, hours come first.
    const hours = second === undefined ? 0 : Number(first)
    const minutes = second === undefined ? Number(first ?? 0) : Number(second)
    const seconds = Number(last)
    if ((first !== undefined && seconds > 59) || (second !== undefined && minutes > 59)) return undefined
    return fromMilliseconds(((hours * 60 + minutes) * 60 + seconds) * 1000 + milliseconds(fraction))
  }
  const upper = text.toUpperCase()
  const iso = isoPattern.exec(upper)
  // `P` alone and a `T` with nothing after it are no durations.
  if (!iso || upper === 'P' || upper.endsWith('T')) return undefined
  const [, days = '0', hours = '0', minutes = '0', seconds = '0', fraction = ''] = iso
  return fromMilliseconds((((Number(days) * 24 + Number(hours)) * 60 + Number(minutes)) * 60 + Number(seconds)) * 1000 + milliseconds(fraction))
}

function milliseconds(fraction: string): number {
  return fraction === '' ? 0 : Number(fraction.padEnd(3, '0'))
}

/** The shortest ISO 8601 form of a length of time: `PT1H2M3S`, `PT0.5S`, `PT0S`. */
function fromMilliseconds(total: number): string {
  const hours = Math.floor(total / 3_600_000)
  const minutes = Math.floor((total % 3_600_000) / 60_000)
  const seconds = Math.floor((total % 60_000) / 1000)
  let fraction = String(total % 1000).padStart(3, '0')
  while (fraction.endsWith('0')) fraction = fraction.slice(0, -1)
  const secondPart = seconds > 0 || fraction ? seconds + (fraction ? '.' + fraction : '') + 'S' : ''
  const result = 'PT' + (hours > 0 ? hours + 'H' : '') + (minutes > 0 ? minutes + 'M' : '') + secondPart
  return result === 'PT' ? 'PT0S' : result
}
