import {decodeHTML} from 'entities'
import {htmlTagNames} from 'html-tag-names'
import {wellFormed} from '../input/well-formed.js'

/**
 * Clean a metadata string from a CMS: replace lone surrogates with U+FFFD,
 * remove tags, decode HTML entities
 * (`&amp;` → `&`, `&#039;` → `'`) and collapse white space.
 * JSON-LD consumers do not decode entities, so they must not reach the output.
 */
export function cleanText(value: string): string {
  return collapseWhiteSpace(decodeHTML(stripTags(wellFormed(value))))
}

/** Collapse runs of white space into one space and trim. */
export function collapseWhiteSpace(value: string): string {
  // One regex replace, not a string built a character at a time (a lede can be the whole story).
  const collapsed = value.replace(whiteSpaceRuns, ' ')
  const start = collapsed.startsWith(' ') ? 1 : 0
  return collapsed.slice(start, collapsed.length > start && collapsed.endsWith(' ') ? -1 : undefined)
}

// The characters of `isWhiteSpace`, in runs.
const whiteSpaceRuns = /[ \t\n\r\f\v\u00a0\u2028\u2029\ufeff]+/g

/**
 * Remove HTML tags, comments and the text of scripts and styles, keeping
 * every other character. Only real markup goes: a start or end tag of a
 * known HTML element (or a custom element, `<my-card>`) that closes with
 * `>`, a comment or declaration that ends, a `<script>` or `<style>` with its
 * end tag; CDATA keeps its text. Anything else is literal text, as a
 * headline writer meant it: `x<y`, `Array<T>`, `A<![CDATA[B`,
 * `Why <script> tags matter`. Linear: each character is looked at a bounded
 * number of times.
 */
export function stripTags(value: string): string {
  if (!value.includes('<')) return value
  const lower = value.toLowerCase()
  const ends = lastEnds(lower)
  let result = ''
  let copied = 0
  let cursor = 0
  while (cursor < value.length) {
    const open = value.indexOf('<', cursor)
    if (open === -1) break
    const markup = readMarkup(value, lower, open, ends)
    if (markup === undefined) {
      cursor = open + 1
      continue
    }
    result += value.slice(copied, open) + markup.text
    copied = markup.end
    cursor = markup.end
  }
  return result + value.slice(copied)
}

/** A piece of markup: where it ends and the text it leaves. */
interface Markup {
  readonly end: number
  readonly text: string
}

/** Last offset of each terminator, so a search that cannot succeed is never run (which would make the scan quadratic). */
interface LastEnds {
  readonly comment: number
  readonly cdata: number
  readonly script: number
  readonly style: number
}

function lastEnds(lower: string): LastEnds {
  return {
    comment: lower.lastIndexOf('-->'),
    cdata: lower.lastIndexOf(']]>'),
    script: lower.lastIndexOf('</script'),
    style: lower.lastIndexOf('</style')
  }
}

/** The markup that starts at `open` (a `<`), or undefined when it is literal text. */
function readMarkup(value: string, lower: string, open: number, ends: LastEnds): Markup | undefined {
  if (lower.startsWith('<!--', open)) {
    return ends.comment >= open + 4 ? {end: lower.indexOf('-->', open + 4) + 3, text: ' '} : undefined
  }
  if (lower.startsWith('<![cdata[', open)) {
    // Feeds wrap text in CDATA: the text is kept.
    if (ends.cdata < open + 9) return undefined
    const close = lower.indexOf(']]>', open + 9)
    return {end: close + 3, text: value.slice(open + 9, close)}
  }
  const next = value.charAt(open + 1)
  if (next === '!' || next === '?') {
    const close = tagEnd(value, open + 2, false)
    return close === -1 ? undefined : {end: close + 1, text: ' '}
  }
  const closing = next === '/'
  const nameStart = closing ? open + 2 : open + 1
  const name = elementName(lower, nameStart)
  if (name === undefined) return undefined
  const close = tagEnd(value, nameStart + name.length, !closing)
  if (close === -1) return undefined
  const text = inlineTags.has(name) ? '' : ' '
  if (closing || (name !== 'script' && name !== 'style')) return {end: close + 1, text}
  // The text of a script or style is no text, but only when its end tag is there.
  const last = name === 'script' ? ends.script : ends.style
  if (last <= close) return undefined
  const endTag = lower.indexOf('</' + name, close + 1)
  const endTagClose = value.indexOf('>', endTag)
  return endTagClose === -1 ? undefined : {end: endTagClose + 1, text}
}

/**
 * Offset of the `>` that ends a tag whose name (or `<!`, `<?`) ends at
 * `from`, or -1. Attributes may quote a `>`; a `<` before the end means this
 * was no tag. After a start tag's name comes white space, `/` or `>`.
 */
function tagEnd(value: string, from: number, attributes: boolean): number {
  let quote = ''
  for (let index = from; index < value.length; index++) {
    const char = value.charAt(index)
    if (char === '<') return -1
    if (index === from && attributes && char !== '>' && char !== '/' && !isWhiteSpace(char)) return -1
    if (quote) {
      if (char === quote) quote = ''
    } else if (char === '>') {
      return index
    } else if (attributes && (char === '"' || char === "'")) {
      quote = char
    }
  }
  return -1
}

/** The lowercase name of a known HTML element (or custom element) at `from`, or undefined. */
function elementName(lower: string, from: number): string | undefined {
  let end = from
  while (end < lower.length && isNameChar(lower.charCodeAt(end), end === from)) end++
  const name = lower.slice(from, end)
  return name !== '' && (knownElements.has(name) || name.includes('-')) ? name : undefined
}

/** ASCII letters start a name; digits and `-` may follow. */
function isNameChar(code: number, first: boolean): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (!first && ((code >= 48 && code <= 57) || code === 45))
}

const knownElements = new Set(htmlTagNames)

const inlineTags = new Set([
  'a', 'abbr', 'b', 'cite', 'code', 'em', 'i', 'mark', 'q', 's', 'small',
  'span', 'strong', 'sub', 'sup', 'time', 'u'
])

function isWhiteSpace(char: string): boolean {
  return (
    char === ' ' ||
    char === '\t' ||
    char === '\n' ||
    char === '\r' ||
    char === '\f' ||
    char === '\v' ||
    char === '\u00A0' ||
    char === '\u2028' ||
    char === '\u2029' ||
    char === '\uFEFF'
  )
}
