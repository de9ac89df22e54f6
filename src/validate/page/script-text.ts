/**
 * The text of a script element as a browser reads it, with the way back
 * from any offset in that text to its line and column in the page source.
 *
 * A script's text is not always a plain slice of the source: in `<svg>`
 * (foreign content) it is every text node's value joined, CDATA unwrapped,
 * character references decoded, comments and elements left out; and
 * everywhere `\r\n` reads as `\n` and NUL as U+FFFD. An error offset in the
 * joined text therefore has to be walked back through the source.
 */
import {decodeHTML} from 'entities'
import {defaultTreeAdapter, html as spec, type DefaultTreeAdapterTypes} from 'parse5'

type Element = DefaultTreeAdapterTypes.Element
type TextNode = DefaultTreeAdapterTypes.TextNode

/** A page position: 1-based line and column (UTF-16 code units). */
export interface Position {
  readonly line: number
  readonly column: number
}

/** A script's text and where each of its offsets is in the page. */
export interface ScriptText {
  readonly text: string
  /** The page position of the character at `offset` in `text` (or of the end, at `text.length`). */
  position(offset: number): Position
}

/** What may be a character reference (`&amp;`, `&#38;`, `&#x26;`, `&amp` without its semicolon); `decodeHTML` tells. */
const characterReference = /&(?:#[xX][\da-fA-F]{1,8}|#\d{1,8}|[A-Za-z][A-Za-z\d]{0,31});?/y

const cdataOpen = '<![CDATA['
const cdataClose = ']]>'

/**
 * The text of `script`, parsed by parse5 from `html` with source locations.
 * With no text, every offset is placed at `tagEnd`, where the start tag ends.
 */
export function scriptText(script: Element, tagEnd: Position, html: string): ScriptText {
  const nodes = script.childNodes.filter((child): child is TextNode => defaultTreeAdapter.isTextNode(child))
  const text = nodes.map((node) => node.value).join('')
  const foreign = script.namespaceURI === spec.NS.SVG || script.namespaceURI === spec.NS.MATHML
  return {
    text,
    position(offset) {
      let start = 0
      for (const [index, node] of nodes.entries()) {
        const end = start + node.value.length
        const location = node.sourceCodeLocation
        // The last node also holds the end of the text.
        if (location && (offset < end || index === nodes.length - 1)) {
          const source = html.slice(location.startOffset, location.endOffset)
          const within = sourceOffset(source, node.value, offset - start, foreign)
          return advance({line: location.startLine, column: location.startCol}, source, within)
        }
        start = end
      }
      return tagEnd
    }
  }
}

/**
 * The offset in `source` of the character at `target` in `value`, the text
 * parse5 read from it: CDATA markers (foreign content only) take no text,
 * `\r\n` and `\r` read as one `\n`, and in foreign content outside CDATA a
 * character reference reads as what it stands for.
 */
function sourceOffset(source: string, value: string, target: number, foreign: boolean): number {
  let index = 0
  let read = 0
  let inCdata = false
  for (;;) {
    if (foreign && !inCdata && source.startsWith(cdataOpen, index)) {
      index += cdataOpen.length
      inCdata = true
    } else if (inCdata && read < value.length && source.startsWith(cdataClose, index)) {
      // At the very end the error sits before the marker, where the text ran out.
      index += cdataClose.length
      inCdata = false
    } else if (read >= target) {
      return index
    } else if (source[index] === '\r') {
      index += source[index + 1] === '\n' ? 2 : 1
      read++
    } else {
      const reference = foreign && !inCdata ? referenceAt(source, index) : undefined
      index += reference?.length ?? 1
      read += reference === undefined ? 1 : decodeHTML(reference).length
    }
  }
}

/** The character reference at `index`, if one starts there (a text that is none decodes to itself). */
function referenceAt(source: string, index: number): string | undefined {
  characterReference.lastIndex = index
  return characterReference.exec(source)?.[0]
}

/** The position `offset` characters into `text`, which starts at `start`; `\r\n`, `\r` and `\n` each end a line, as in HTML. */
export function advance(start: Position, text: string, offset: number): Position {
  let {line, column} = start
  for (let index = 0; index < offset; index++) {
    const character = text[index]
    if (character === '\n' || (character === '\r' && text[index + 1] !== '\n')) {
      line++
      column = 1
    } else if (character !== '\r') {
      column++
    }
  }
  return {line, column}
}
