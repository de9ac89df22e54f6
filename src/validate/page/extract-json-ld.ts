/**
 * The JSON-LD blocks of an HTML page: every `<script type="application/ld+json">`,
 * found by parse5 as a browser would, by the HTML parsing spec (so a
 * `</script>` inside a JSON string ends the block, as it does on the real
 * page, CDATA in `<svg>` is text and NUL reads as U+FFFD), parsed, with positions in
 * the page.
 */
import {parse, type DefaultTreeAdapterTypes} from 'parse5'
import {jsonErrorOffset} from './json-error-offset.js'
import {advance, scriptText, type Position} from './script-text.js'

type Element = DefaultTreeAdapterTypes.Element
type ElementLocation = NonNullable<Element['sourceCodeLocation']>
type ParentNode = DefaultTreeAdapterTypes.ParentNode

/** Malformed JSON in a block, placed in the page. */
export interface JsonLdSyntaxError {
  /** `JSON.parse`'s message. */
  readonly message: string
  /** 1-based line in the page of the character where the JSON breaks. */
  readonly line: number
  /** 1-based column (UTF-16 code units, as editors count them). */
  readonly column: number
}

/** One `<script type="application/ld+json">` of a page. */
export interface ExtractedJsonLd {
  /** The parsed JSON; absent when it is malformed. */
  readonly value?: unknown
  /** Why the JSON is malformed; absent when it parsed. */
  readonly error?: JsonLdSyntaxError
  /** 1-based line of the `<script>` start tag in the page. */
  readonly line: number
  /** 1-based column of the `<script>` start tag. */
  readonly column: number
}

/** `JSON.parse` messages name the offset so ("… in JSON at position 12"). */
const positionInMessage = /\bat position (\d+)/

/**
 * Every `<script type="application/ld+json">` block of `html`, in page
 * order. The type is compared case-insensitively and without parameters
 * (`application/ld+json; charset=utf-8` counts). Scripts inside
 * `<template>` are inert and left out.
 *
 * @param html The page (a whole document or a fragment).
 */
export function extractJsonLd(html: string): ExtractedJsonLd[] {
  return readJsonLd(parse(html, {sourceCodeLocationInfo: true}), html)
}

/** The JSON-LD blocks of `html`, which parse5 has parsed into `document` with `sourceCodeLocationInfo`. */
export function readJsonLd(document: ParentNode, html: string): ExtractedJsonLd[] {
  const blocks: ExtractedJsonLd[] = []
  for (const {element, location} of jsonLdScripts(document)) {
    // The text as a browser reads it; errors are placed back in the source.
    const tag = location.startTag ?? location
    const {text, position} = scriptText(element, {line: tag.endLine, column: tag.endCol}, html)
    blocks.push({...parseJson(text, position), line: location.startLine, column: location.startCol})
  }
  return blocks
}

/** A script element with its place in the source. */
interface LocatedScript {
  readonly element: Element
  readonly location: ElementLocation
}

function jsonLdScripts(root: ParentNode): LocatedScript[] {
  const scripts: LocatedScript[] = []
  const pending: ParentNode[] = [root]
  for (let node = pending.pop(); node !== undefined; node = pending.pop()) {
    for (const child of node.childNodes) {
      if (!('tagName' in child)) continue
      if (child.tagName === 'script') {
        // Every element parsed from the source has a location; one the parser made up has none, and no text either.
        if (isJsonLdType(child) && child.sourceCodeLocation) scripts.push({element: child, location: child.sourceCodeLocation})
      } else {
        // A `<template>`'s scripts are inert: parse5 keeps them in its `content`, not among its children.
        pending.push(child)
      }
    }
  }
  // Source order, whatever order the parser put the elements in.
  return scripts.sort((a, b) => a.location.startOffset - b.location.startOffset)
}

function isJsonLdType(script: Element): boolean {
  const type = script.attrs.find((attribute) => attribute.name === 'type')?.value
  return type !== undefined && type.split(';', 1)[0]!.trim().toLowerCase() === 'application/ld+json'
}

/**
 * Parse JSON, giving either the value or the error with the line and column
 * where the JSON goes wrong. `position` places an offset of `text` in its
 * file (default: `text` is the whole file).
 */
export function parseJson(
  text: string,
  position: (offset: number) => Position = (offset) => advance({line: 1, column: 1}, text, offset)
): {readonly value: unknown} | {readonly error: JsonLdSyntaxError} {
  try {
    return {value: JSON.parse(text) as unknown}
  } catch (error) {
    const {message} = error as SyntaxError
    const offset = errorOffset(message, text)
    // With no offset found, the start of the text.
    const at = position(offset ?? 0)
    return {error: {message, line: at.line, column: at.column}}
  }
}

/** Offset of a JSON error in `text`: from the message when it says, else found by scanning. */
function errorOffset(message: string, text: string): number | undefined {
  const match = positionInMessage.exec(message)
  if (match) return Math.min(Number(match[1]), text.length)
  return jsonErrorOffset(text)
}
