/**
 * The mdast tree of Markdown that uses no Markdown syntax: paragraphs of
 * plain lines between empty lines, as most wire copy and many CMS bodies
 * are. remark would build exactly this tree (the same nodes, values and
 * positions; a test compares the two), but building it directly skips
 * micromark's tokenizer, which is about a third of converting such an
 * article. Anything that might be syntax declines, and remark reads it.
 */
import type {Paragraph, Root, Text} from 'mdast'

/** Position of a character, as mdast writes it (1-based line and column, 0-based offset). */
interface Point {
  line: number
  column: number
  offset: number
}

/**
 * The tree remark-parse would build for `text`, when `text` is paragraphs
 * of plain lines: no character that may start inline syntax (`\`, `` ` ``,
 * `*`, `_`, `<`, `](`, `&` that may start a character reference), no control
 * characters but line feeds, no space before a line's text, no two spaces
 * before a line break inside a paragraph (a hard break), no line that may
 * open a block (`#`, `>`, `-`, `+`, `=`, `~`, `[`, digits and `.` or `)`), no byte
 * order mark. `undefined` for anything else.
 */
export function plainMarkdownTree(text: string): Root | undefined {
  // One regex scan for inline syntax, then the lines one by one: far cheaper than a test per character.
  if (hasInlineSyntax(text)) return undefined
  const children: Paragraph[] = []
  let line = 1
  let lineStart = 0
  // The open paragraph's start, and its last line: number, start, end, and end before trailing spaces.
  let paragraphStart: Point | undefined
  let lastLine = 0
  let lastLineStart = 0
  let lastEnd = 0
  let lastTextEnd = 0
  for (;;) {
    const lineFeed = text.indexOf('\n', lineStart)
    const lineEnd = lineFeed === -1 ? text.length : lineFeed
    const code = text.charCodeAt(lineStart)
    if (lineEnd > lineStart && code === 32) {
      // Spaces then nothing is a blank line; spaces then text may be code, or are left out of the text.
      let end = lineStart
      while (text.charCodeAt(end) === 32) end++
      if (end < lineEnd) return undefined
    } else if (lineEnd > lineStart && opensBlock(text, lineStart, code)) return undefined
    let textEnd = lineEnd
    while (textEnd > lineStart && text.charCodeAt(textEnd - 1) === 32) textEnd--
    if (textEnd === lineStart) {
      // Empty, or spaces only: a blank line ends the paragraph.
      close()
    } else {
      if (paragraphStart === undefined) paragraphStart = {line, column: 1, offset: lineStart}
      // Two spaces or more before a line of the same paragraph are a hard break.
      else if (lastEnd - lastTextEnd > 1) return undefined
      lastLine = line
      lastLineStart = lineStart
      lastEnd = lineEnd
      lastTextEnd = textEnd
    }
    if (lineFeed === -1) break
    line++
    lineStart = lineFeed + 1
  }
  close()
  return {type: 'root', children, position: {start: {line: 1, column: 1, offset: 0}, end: {line, column: text.length - lineStart + 1, offset: text.length}}}

  function close(): void {
    if (paragraphStart === undefined) return
    // A single space before a line break is left out of the text, not of the positions.
    const written = text.slice(paragraphStart.offset, lastTextEnd)
    const value: Text = {
      type: 'text',
      value: written.includes(' \n') ? written.replaceAll(' \n', '\n') : written,
      position: {start: {...paragraphStart}, end: {line: lastLine, column: lastTextEnd - lastLineStart + 1, offset: lastTextEnd}}
    }
    // The paragraph ends after its last line's trailing spaces.
    children.push({type: 'paragraph', children: [value], position: {start: paragraphStart, end: {line: lastLine, column: lastEnd - lastLineStart + 1, offset: lastEnd}}})
    paragraphStart = undefined
  }
}

/**
 * A character that may start inline syntax, or one micromark rewrites:
 * control characters but the line feed, DEL, a byte order mark, `\`,
 * `` ` ``, `*`, `_`, `<`; `](`, which may close a link's text (a bracket
 * alone is text, `[sic]`, since no line opens with a definition); an `&`
 * that may start a character reference (`&amp;`, `&#38;`, `&#x26;`: letters
 * or digits and then `;`; `AT&T` and `Q&A` are text).
 */
function hasInlineSyntax(text: string): boolean {
  // (Three scans, not one pattern of three alternatives: V8 runs a lone character class over the text far faster.)
  return syntaxCharacter.test(text) || text.includes('](') || (text.includes('&') && characterReference.test(text))
}

const syntaxCharacter = /[\x00-\x09\x0b-\x1f\x7f\ufeff\\`*_<]/
const characterReference = /&#?[A-Za-z0-9]+;/

/** A line that may open a block: a heading, quote, list, rule, fence, setext underline or link reference definition. */
function opensBlock(text: string, index: number, code: number): boolean {
  // `[` may open a link reference definition, which makes a bracketed label elsewhere a link.
  if (code === 35 || code === 62 || code === 45 || code === 43 || code === 61 || code === 126 || code === 91) return true
  // An ordered list item: digits, then `.` or `)`.
  let end = index
  while (end < text.length && text.charCodeAt(end) >= 48 && text.charCodeAt(end) <= 57) end++
  return end > index && (text.charCodeAt(end) === 46 || text.charCodeAt(end) === 41)
}
