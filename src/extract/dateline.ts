import {Word, isWordClass} from '../lexicon/word-classes.js'
import {isUpperCase} from './tokens.js'

/**
 * A dateline as parsed from the start of a story:
 * `DENVER, Co. (KDVR) - The city…` → city `DENVER`, region `Co.`, source `KDVR`.
 */
export interface ParsedDateline {
  /** The dateline as written, without the dash: `DENVER, Co. (KDVR)`. */
  readonly text: string
  /** The city as written: `DENVER`. */
  readonly city: string
  /** The state, province or country as written: `Co.`, `Ukraine`. */
  readonly region: string | undefined
  /** The credited source: `KDVR`, `AP`, `Reuters`. */
  readonly source: string | undefined
  /** Offset where the story text starts, after the dash. */
  readonly bodyStart: number
}

/** Tells whether a region as written is a known state or country. */
export type IsRegion = (region: string) => boolean

// AP datelines name these cities without a state.
const standAloneCities = new Set([
  'atlanta', 'baltimore', 'boston', 'chicago', 'cincinnati', 'cleveland', 'dallas', 'denver',
  'detroit', 'honolulu', 'houston', 'indianapolis', 'las vegas', 'los angeles', 'miami',
  'milwaukee', 'minneapolis', 'new orleans', 'new york', 'oklahoma city', 'philadelphia',
  'phoenix', 'pittsburgh', 'st. louis', 'salt lake city', 'san antonio', 'san diego',
  'san francisco', 'seattle', 'washington'
])

// Lower-case words allowed inside place names: Coeur d'Alene, Stratford-upon-Avon.
const particles = new Set(['de', 'del', 'la', 'le', 'du', 'da', 'do', 'dos', 'of', 'on', 'upon', 'am', 'an', 'der', 'en', 'sur', 'y'])

const maxPrefix = 80

/**
 * Parse the dateline at the start of a story's first paragraph:
 * `CITY, STATE (SOURCE) — `, `CITY (SOURCE) -`, `CITY —`, with a hyphen,
 * en dash or em dash. Hand-written scanner: bounded work, no backtracking.
 */
export function parseDateline(text: string, isRegion: IsRegion): ParsedDateline | undefined {
  const dated = isoDated(text, isRegion) ?? businessWire(text, isRegion)
  if (dated) return dated
  const dash = findDash(text)
  if (!dash) return undefined
  let prefix = text.slice(0, dash.start).trimEnd()
  if (prefix.length === 0) return undefined

  let source: string | undefined
  if (prefix.endsWith('/')) {
    // Press-release wires: `NEW YORK, Jan. 8, 2026 /PRNewswire/ —`.
    const open = prefix.lastIndexOf('/', prefix.length - 2)
    if (open === -1) return undefined
    source = prefix.slice(open + 1, -1).trim()
    if (source.length === 0 || source.length > 40) return undefined
    prefix = prefix.slice(0, open).trimEnd()
  } else if (prefix.endsWith(')')) {
    const open = prefix.lastIndexOf('(')
    if (open === -1) return undefined
    source = prefix.slice(open + 1, -1).trim()
    if (source.length === 0 || source.length > 40 || source.includes(')')) return undefined
    prefix = prefix.slice(0, open).trimEnd()
  }

  // `CITY, REGION`, and in press releases a date after them: `PUEBLO, Colo., May 5, 2026`.
  const parts = prefix.split(',').map((part) => part.trim())
  const city = parts[0]!
  const region = parts[1] === undefined || isDateOnly(parts[1]) ? undefined : parts[1]
  if (!parts.slice(region === undefined ? 1 : 2).every(isDateOnly)) return undefined
  if (!isPlaceName(city)) return undefined

  if (region !== undefined) {
    // `MOSUL, Iraq` or `KELOWNA, British Columbia`; in mixed case only a known region (`Smith, Jones (AP)` is no place).
    if (!isRegion(region) && !(isAllCaps(city) && isPlaceName(region))) return undefined
  } else if (!isAllCaps(city) && !standAloneCities.has(city.toLowerCase())) {
    // A Title Case word before a dash is usually not a dateline (`Meanwhile —`, `Columbus (WCMH) -`).
    return undefined
  }

  return {
    text: text.slice(0, dash.start).trimEnd(),
    city,
    region,
    source,
    bodyStart: dash.end
  }
}

/**
 * `OSLO 1997-02-11`, `ANCHORAGE, Alaska 1996-08-22`: a city in capitals, a
 * region after a comma if any, and an ISO date, then the story or the
 * paragraph's end (an optional dash between).
 */
function isoDated(text: string, isRegion: IsRegion): ParsedDateline | undefined {
  const limit = Math.min(text.length, maxPrefix)
  let space = text.indexOf(' ')
  while (space > 0 && space < limit) {
    const date = text.slice(space + 1, space + 11)
    if (/^\d{4}-\d{2}-\d{2}$/.test(date) && (text.length === space + 11 || text.charAt(space + 11) === ' ')) {
      const comma = text.indexOf(',')
      const city = comma === -1 || comma > space ? text.slice(0, space) : text.slice(0, comma)
      const region = city.length === space ? undefined : text.slice(comma + 1, space).trim()
      if (!isAllCaps(city) || !isPlaceName(city)) return undefined
      // (After a city in capitals, a region in the form of a place name: `Alaska`, `N.J.`, `West Bank`.)
      if (region !== undefined && !isRegion(region) && !isPlaceName(region)) return undefined
      let bodyStart = space + 11
      while (text.charAt(bodyStart) === ' ') bodyStart++
      const dash = findDash(text.slice(bodyStart - 1))
      if (dash && dash.start === 1) bodyStart += dash.end - 1
      return {text: text.slice(0, space + 11), city, region, source: undefined, bodyStart}
    }
    space = text.indexOf(' ', space + 1)
  }
  return undefined
}

/** `DALLAS--(BUSINESS WIRE)--Acme`: the wire's credit between double hyphens. */
function businessWire(text: string, isRegion: IsRegion): ParsedDateline | undefined {
  const open = text.indexOf('--(')
  if (open <= 0 || open > maxPrefix) return undefined
  const close = text.indexOf(')--', open)
  if (close === -1 || close - open > 42) return undefined
  const parts = text.slice(0, open).split(',').map((part) => part.trim())
  const city = parts[0]!
  const region = parts[1] === undefined || isDateOnly(parts[1]) ? undefined : parts[1]
  if (!isAllCaps(city) || !isPlaceName(city) || !parts.slice(region === undefined ? 1 : 2).every(isDateOnly)) return undefined
  if (region !== undefined && !isRegion(region)) return undefined
  let bodyStart = close + 3
  while (text.charAt(bodyStart) === ' ') bodyStart++
  return {text: text.slice(0, close + 1), city, region, source: text.slice(open + 3, close).trim(), bodyStart}
}

/** The first dash that can end a dateline: ` - `, ` -- `, `–` or `—`. */
function findDash(text: string): {start: number; end: number} | undefined {
  const limit = Math.min(text.length, maxPrefix + 4)
  for (let index = 1; index < limit; index++) {
    const char = text.charAt(index)
    let end = -1
    if (char === '—' || char === '–') {
      end = index + 1
    } else if (char === '-' && text.charAt(index - 1) === ' ') {
      end = text.charAt(index + 1) === '-' ? index + 2 : index + 1
      if (text.charAt(end) !== ' ') end = -1
    }
    if (end !== -1) {
      while (text.charAt(end) === ' ') end++
      return {start: index, end}
    }
  }
  return undefined
}

/** 1–5 words, each capitalized (or a particle), letters only: no digits, no sentence. */
function isPlaceName(value: string): boolean {
  if (value.length === 0 || value.length > 40) return false
  const words = value.split(' ')
  if (words.length > 5) return false
  return words.every(
    (word) => particles.has(word.toLowerCase()) || /^\p{Lu}[\p{L}.'’-]*$/u.test(word)
  )
}

function isAllCaps(value: string): boolean {
  return /\p{Lu}{2}/u.test(value) && isUpperCase(value)
}

/**
 * Whether a paragraph is only a date or time stamp (`Feb. 11, 2026`,
 * `Updated: 5:45 PM MT`): such a first line is not a dateline.
 */
export function isDateOnly(text: string): boolean {
  if (text.length > 50) return false
  // `9:42 p.m. MDT`: the clock's letters read as one word.
  const words = text.toLowerCase().replace(/\b([ap])\.m\b/g, '$1m').split(/[\s,:/.]+/).filter(Boolean)
  return words.length > 0 && words.every((word) => isWordClass(word, Word.DateWord) || timeZones.has(word) || /^\d+(?:st|nd|rd|th)?$/.test(word))
}

// North American and European zone abbreviations a time stamp ends with.
const timeZones = new Set(['est', 'edt', 'cst', 'cdt', 'mst', 'mdt', 'pst', 'pdt', 'akst', 'akdt', 'hst', 'gmt', 'bst', 'cet', 'cest'])

/** A dateline's city as a reader writes it: `DENVER` → `Denver`, `ST. LOUIS` → `St. Louis`; mixed case stays. */
export function cityName(city: string): string {
  if (!isUpperCase(city)) return city
  return city.toLowerCase().replace(/(^|[\s-])(\p{L})/gu, (_, before: string, letter: string) => before + letter.toUpperCase())
}
