/**
 * Reading an article's source into the document model: the text is made
 * well-formed, its format decided, and the one parser for that format run.
 */
import {VFile} from 'vfile'
import {location} from 'vfile-location'
import {type ArticleDocument, type Block, positionsOf} from '../document/document.js'
import {SourceMap} from '../document/source-map.js'
import {report} from '../messages.js'
import type {Settings} from '../settings.js'
import {plainTextToDocument} from './plain-text.js'
import {formatOf, missingReader, type Readers} from './readers.js'
import {type DeepParagraph, deepMarkdownParagraphs, htmlNesting} from './nesting.js'
import {wellFormedFile} from './well-formed.js'

/** Read `file` (its value: Markdown, plain text or HTML) into the document model; problems are messages on `file`. */
export function readDocument(file: VFile, settings: Settings, readers: Readers): ArticleDocument {
  wellFormedFile(file)
  const value = String(file)
  const format = formatOf(file, settings)
  const reader = format === 'markdown' ? readers.markdown : format === 'html' ? readers.html : undefined
  if (format !== 'text' && !reader) throw missingReader(format)
  // A UTF-16 unit is at most 3 bytes of UTF-8: only a text that may be too large is counted.
  const size = value.length * 3 > settings.maxBytes ? utf8Length(value) : 0
  if (size > settings.maxBytes) {
    report(file, 'unreadable-article', 'Unexpected article of ' + size + ' bytes, expected at most ' + settings.maxBytes + ' (the `maxBytes` option)', {
      place: {line: 1, column: 1}
    })
    return {format, frontmatter: undefined, blocks: [], toPosition: () => undefined}
  }
  if (format === 'html') {
    const deep = htmlNesting(value, settings.maxNesting)
    if (deep) {
      report(file, 'unreadable-article', 'Unexpected HTML nested ' + deep.depth + ' elements deep, expected at most ' + settings.maxNesting + ' (the `maxNesting` option)', {
        place: location(file).toPoint(deep.offset),
        actual: String(deep.depth)
      })
      return {format, frontmatter: undefined, blocks: [], toPosition: () => undefined}
    }
  }
  if (readers.markdown && format === 'markdown') {
    const deep = deepMarkdownParagraphs(value, settings.maxNesting)
    if (deep.length > 0) return flatParagraphs(file, deep, settings.maxNesting, readers.markdown)
  }
  try {
    if (readers.markdown && format === 'markdown') return readers.markdown.markdownToDocument(readers.markdown.parseMarkdown(file), file)
    if (readers.html && format === 'html') return readers.html.htmlToDocument(readers.html.parseHtml(file), file)
    return plainTextToDocument(file)
  } catch (error) {
    // The parsers recurse: markup nested thousands deep exhausts the stack.
    report(file, 'unreadable-article', 'Unexpected input that the ' + format + ' parser cannot read (' + (error as Error).message + '), expected an article', {
      place: {line: 1, column: 1}
    })
    return {format, frontmatter: undefined, blocks: [], toPosition: () => undefined}
  }
}

/**
 * Read Markdown whose `deep` paragraphs nest past `maxNesting`: the rest is
 * parsed as Markdown, those paragraphs are read flat, as plain text, each
 * with a `deep-nesting` warning. Offsets stay those of the source.
 */
function flatParagraphs(file: VFile, deep: readonly DeepParagraph[], maxNesting: number, markdown: NonNullable<Readers['markdown']>): ArticleDocument {
  const value = String(file)
  let masked = ''
  let copied = 0
  const flat: Block[] = []
  for (const paragraph of deep) {
    report(file, 'deep-nesting', 'Unexpected Markdown nested ' + paragraph.depth + ' levels deep, expected at most ' + maxNesting + ' (the `maxNesting` option); read as plain text', {
      place: location(file).toPoint(paragraph.offset),
      actual: String(paragraph.depth)
    })
    // Blanked with spaces (line breaks kept), so the parser skips it and every offset holds.
    const text = value.slice(paragraph.start, paragraph.end)
    masked += value.slice(copied, paragraph.start) + text.replaceAll(/[^\n]/g, ' ')
    copied = paragraph.end
    const map = new SourceMap()
    map.add(0, paragraph.start)
    flat.push({kind: 'paragraph', text: text.replaceAll('\n', ' '), group: 0, map})
  }
  const copy = new VFile({path: file.path, value: masked + value.slice(copied)})
  const document = markdown.markdownToDocument(markdown.parseMarkdown(copy), copy)
  const start = (block: Block) => block.map.toSource(0) ?? 0
  const blocks = [...document.blocks, ...flat].sort((a, b) => start(a) - start(b))
  return {...document, blocks, toPosition: positionsOf(file)}
}

/** Bytes of `value` in UTF-8. */
function utf8Length(value: string): number {
  let bytes = value.length
  for (let index = 0; index < value.length; index++) {
    const code = value.charCodeAt(index)
    // Surrogate pairs: 2 units, 4 bytes; other units past U+007F take 2 or 3 bytes.
    if (code > 0x7f) bytes += code > 0x7ff && (code < 0xd800 || code > 0xdfff) ? 2 : 1
  }
  return bytes
}
