/**
 * What an author name holds besides the name: a byline word ("By"), more
 * names ("Jane Doe and John Roe"), a job title, an honorific, the
 * publisher, contact details. Google asks for the name only, one author
 * entry per person.
 */
import {bylinePrefix, jobWords, nameSeparator} from '../../metadata/byline-words.js'

/** Something in an author name that is not the name. */
export interface NameExtra {
  readonly kind: 'job title' | 'honorific' | 'publisher' | 'contact' | 'affiliation'
  readonly text: string
}

/** An author name taken apart. */
export interface AuthorNameParts {
  /** A leading byline word such as `By` or `Posted by`. */
  readonly prefix: string | undefined
  /** The names in it: more than one means several people in one entry. */
  readonly names: readonly string[]
  readonly extras: readonly NameExtra[]
}

/**
 * "And" in other languages, between two names: German `und`, French `et`,
 * Dutch `en`, Danish and Norwegian `og`, Swedish `och`, Turkish `ve`,
 * Hungarian `és`, Finnish `ja`. Lower case only; Spanish `y`, Portuguese
 * `e` and Catalan `i` are left out, as they join the parts of one surname
 * (`Ortega y Gasset`).
 */
const otherAnd = /\s(?:und|et|en|og|och|ve|és|ja)\s/

const honorificPrefix = /^(?:dr|mr|mrs|ms|mx|prof|professor|rev|sir|dame|hon|judge|sen|rep|gov|capt)\.?\s/i

/** Professional and academic letters after a name; generational suffixes (`Jr.`) belong to the name. */
const honorificSuffixes = new Set(['phd', 'ph.d', 'ph.d.', 'md', 'm.d', 'm.d.', 'esq', 'esq.', 'mba', 'rn', 'cpa', 'dds', 'jd', 'obe', 'mbe', 'cbe'])

const generationalSuffixes = new Set(['jr', 'jr.', 'sr', 'sr.', 'ii', 'iii', 'iv'])

/**
 * Take an author name apart.
 *
 * @param name The author name as written.
 * @param publisherNames Names of the article's publisher, lower-cased.
 */
export function authorNameParts(name: string, publisherNames: ReadonlySet<string>): AuthorNameParts {
  let rest = name.trim()
  const prefixMatch = bylinePrefix.exec(rest)
  const prefix = prefixMatch ? prefixMatch[0] : undefined
  // Not trimmed: a spaced dash after the byline word (`By – Jane Doe`) is a separator, and leaves an empty piece.
  if (prefixMatch) rest = rest.slice(prefixMatch[0].length)

  const names: string[] = []
  const extras: NameExtra[] = []
  // Web addresses come out before the split: their slashes are no name separators.
  const web = takeWebAddresses(rest)
  for (const address of web.addresses) extras.push({kind: 'contact', text: address})
  for (const raw of web.rest.split(nameSeparator).flatMap((piece) => piece.split(otherAnd))) {
    let part = raw.trim()
    const affiliation = trailingParenthetical(part)
    if (affiliation && !affiliation.inner.includes('@')) {
      // `Jane Doe (Reuters)`: an agency or place in brackets is no part of the name.
      extras.push({kind: 'affiliation', text: affiliation.inner})
      part = affiliation.outer
    }
    const contact = findEmail(part)
    if (contact) {
      extras.push({kind: 'contact', text: part.slice(contact.start, contact.end)})
      // What is left around it, without the brackets it often sits in: `Jane Doe (jane@example.com)`.
      const withoutBrackets = (side: string): string => side.replace(/[()<>[\]]/g, '')
      part = joinAround([withoutBrackets(part.slice(0, contact.start)), withoutBrackets(part.slice(contact.end))]).trim()
    }
    const lower = part.toLowerCase()
    if (part === '') continue
    if (generationalSuffixes.has(lower) && names.length > 0) {
      names[names.length - 1] += ', ' + part
    } else if (honorificSuffixes.has(lower)) {
      extras.push({kind: 'honorific', text: part})
    } else if (publisherNames.has(lower)) {
      extras.push({kind: 'publisher', text: part})
    } else if (lower.split(/[^\p{L}\p{N}]+/u).some((word) => jobWords.has(word))) {
      extras.push({kind: 'job title', text: part})
    } else {
      const honorific = honorificPrefix.exec(part)
      if (honorific) extras.push({kind: 'honorific', text: honorific[0].trim()})
      names.push(honorific ? part.slice(honorific[0].length).trim() : part)
    }
  }
  return {prefix, names, extras}
}

/** `Jane Doe (Reuters)` → `Jane Doe` and `Reuters`; found by position, not by a backtracking pattern. */
function trailingParenthetical(text: string): {outer: string; inner: string} | undefined {
  if (!text.endsWith(')')) return undefined
  const open = text.lastIndexOf('(')
  if (open <= 0) return undefined
  const inner = text.slice(open + 1, -1).trim()
  const outer = text.slice(0, open).trim()
  return inner === '' || outer === '' ? undefined : {outer, inner}
}

/** Characters that end a contact token: white space and brackets. */
const contactBoundary = /[\s()<>[\]]/

/** Brackets an address sits in, by opening bracket. */
const closingBrackets: ReadonlyMap<string, string> = new Map([['(', ')'], ['<', '>'], ['[', ']']])

/** Where web addresses start: a scheme, or `www.`. */
const webMarkers = ['https://', 'http://', 'www.']

/** A character that glues a marker to the word before it (`jane@www.example.com`, `news.www.example`): no address starts there. */
const wordCharacter = /[\p{L}\p{N}@._%+-]/u

/**
 * The web addresses in `text` (`https://…`, `http://…`, `www.…`, each from
 * the start of a word up to white space or a bracket), and the text
 * without them and the brackets around them. Scanned once, with the next
 * place of each marker kept, so the time is linear however many there are.
 */
function takeWebAddresses(text: string): {readonly rest: string; readonly addresses: string[]} {
  const lower = text.toLowerCase()
  const next = webMarkers.map((marker) => lower.indexOf(marker))
  const addresses: string[] = []
  // The text between the addresses taken out.
  const pieces: string[] = []
  let kept = 0
  for (let from = 0; ; ) {
    for (const [index, marker] of webMarkers.entries()) {
      if (next[index] !== -1 && next[index]! < from) next[index] = lower.indexOf(marker, from)
    }
    const found = next.filter((index) => index !== -1)
    if (found.length === 0) break
    const start = Math.min(...found)
    if (start > 0 && wordCharacter.test(text[start - 1]!)) {
      from = start + 1
      continue
    }
    let end = start + 1
    while (end < text.length && !contactBoundary.test(text[end]!)) end++
    addresses.push(text.slice(start, end))
    const closing = closingBrackets.get(text[start - 1] ?? '')
    const bracketed = closing !== undefined && text[end] === closing
    pieces.push(text.slice(kept, bracketed ? start - 1 : start))
    kept = bracketed ? end + 1 : end
    from = kept
  }
  pieces.push(text.slice(kept))
  return {rest: joinAround(pieces), addresses}
}

/**
 * The pieces of a text around the parts taken out of it, joined: white
 * space on both sides of a gap becomes one space (`Jane jane@news.example
 * Doe` gives `Jane Doe`, not two spaces); on one side or none, the pieces
 * join as they are. Each piece is read once, so the time is linear.
 */
function joinAround(pieces: readonly string[]): string {
  let joined = ''
  // White space at the end of the text so far, held back until the next piece shows whether a gap closes there.
  let held = ''
  for (const piece of pieces) {
    // Two parts taken out side by side: the gap stays open.
    if (piece === '') continue
    const body = piece.trimEnd()
    // Held white space comes only after a first piece, so a gap is certain.
    if (held !== '' && /^\s/.test(piece)) {
      // A piece of white space only, between two gaps: still one gap.
      if (body === '') continue
      joined += ' ' + body.trimStart()
    } else {
      joined += held + body
    }
    held = piece.slice(body.length)
  }
  return joined + held
}

/**
 * Where an email address (`jane@example.com`) sits in `text`. Found by
 * scanning, not by an unanchored pattern, which would take quadratic time
 * on long words.
 */
function findEmail(text: string): {start: number; end: number} | undefined {
  const at = text.indexOf('@')
  if (at === -1) return undefined
  let start = at
  while (start > 0 && !contactBoundary.test(text[start - 1]!)) start--
  let end = at + 1
  while (end < text.length && !contactBoundary.test(text[end]!)) end++
  return {start, end}
}
