import {Word, isWordClass} from '../lexicon/word-classes.js'

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
    if (!isRegion(region) && !isPlaceName(region)) return undefined
  } else if (!isAllCaps(city) && !standAloneCities.has(city.toLowerCase()) && source === undefined) {
    // A Title Case word before a dash is usually not a dateline ("Meanwhile —").
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
  return /\p{Lu}{2}/u.test(value) && value === value.toUpperCase()
}

/**
 * Whether a paragraph is only a date or time stamp (`Feb. 11, 2026`,
 * `Updated: 5:45 PM MT`): such a first line is not a dateline.
 */
export function isDateOnly(text: string): boolean {
  if (text.length > 50) return false
  const words = text.toLowerCase().split(/[\s,:/.]+/).filter(Boolean)
  return words.length > 0 && words.every((word) => isWordClass(word, Word.DateWord) || /^\d+(?:st|nd|rd|th)?$/.test(word))
}
