import type {Point, Position} from 'unist'
import type {VFile} from 'vfile'
import {location} from 'vfile-location'
import type {SourceMap} from './source-map.js'

/**
 * The one model that Markdown, plain text and HTML are read into, and that
 * every extractor works on: the article's text as blocks, each able to map
 * its text offsets back to the source.
 */
export interface ArticleDocument {
  /** The format the document was read from. */
  readonly format: DocumentFormat
  /** Raw YAML frontmatter, when the source has some. */
  readonly frontmatter: Frontmatter | undefined
  /** Article fields the document states otherwise (HTML `<meta>` tags), in the frontmatter vocabulary. */
  readonly fields?: Readonly<Record<string, unknown>> | undefined
  /** Where each of `fields` was read (its element's start), for messages about it. */
  readonly fieldPlaces?: ReadonlyMap<string, Point> | undefined
  /** Blocks in reading order. */
  readonly blocks: readonly Block[]
  /** Turn a source offset into a point; `undefined` without a source. */
  readonly toPosition: (start: number, end: number) => Position | undefined
}

/** Format of a source document. */
export type DocumentFormat = 'markdown' | 'text' | 'html'

/** YAML frontmatter as written, with the offset of its first character. */
export interface Frontmatter {
  readonly yaml: string
  readonly offset: number | undefined
}

/**
 * Kind of a block:
 * `heading` (a title), `dek` (the line under a plain-text headline),
 * `paragraph`, `blockquote` (a paragraph inside a blockquote), `list-item`,
 * and `trailer` (credits and boilerplate after the story: `___`, copyright).
 */
export type BlockKind = 'heading' | 'dek' | 'paragraph' | 'blockquote' | 'list-item' | 'trailer'

/** A block of text. */
export interface Block {
  readonly kind: BlockKind
  /** Plain text: markup removed, entities decoded. */
  readonly text: string
  /** Blocks of one blockquote share a group number. */
  readonly group: number
  /** Maps offsets in `text` to offsets in the source. */
  readonly map: SourceMap
  /** The tree node the block was read from (mdast or hast), for plugins to annotate. */
  readonly node?: object | undefined
}

/**
 * Make the `toPosition` function of a document over `file`'s value.
 * Without a value (a tree handed over without its file) there are no positions.
 */
export function positionsOf(file: VFile | undefined): ArticleDocument['toPosition'] {
  if (!file || file.value === undefined || String(file).length === 0) return () => undefined
  const place = location(file)
  const length = String(file).length
  return function (start, end) {
    // A text offset mapped past the end (the HTML parser turns a lone CR into LF) still names a place.
    const from = place.toPoint(Math.min(start, length))
    const to = place.toPoint(Math.min(end, length))
    return from && to ? {start: from, end: to} : undefined
  }
}
