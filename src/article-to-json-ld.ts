/**
 * The public, synchronous conversion: the pipeline of convert-article.ts
 * with every format reader loaded up front.
 */
import type {VFile} from 'vfile'
import {type Input, type Result, convertArticle, run as runWith} from './convert-article.js'
import type {ArticleDocument} from './document/document.js'
import * as frontmatter from './input/frontmatter.js'
import * as html from './input/html.js'
import * as markdown from './input/markdown.js'
import type {Readers} from './input/readers.js'
import type {Options, Settings} from './settings.js'

export type {Input, Result} from './convert-article.js'

const readers: Readers = {markdown, html, frontmatter}

/**
 * Turn a news article into schema.org `NewsArticle` JSON-LD.
 * Synchronous, no I/O, never throws on content: problems are messages.
 *
 * @param input The article (Markdown with optional YAML frontmatter, plain
 *   wire copy or HTML, as a string, bytes or VFile; or an mdast tree).
 * @param options Newsroom defaults (optional).
 * @throws {Error} Only on invalid options.
 */
export function articleToJsonLd(input: Input, options?: Options | null | undefined): Result {
  return convertArticle(input, options, readers)
}

/** The shared back half for a document already read (the unified plugins): extract, then build the graph. */
export function run(document: ArticleDocument, file: VFile, settings: Settings): Result {
  return runWith(document, file, settings, readers)
}
