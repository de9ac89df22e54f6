import type {Root} from 'mdast'
import type {Graph} from 'schema-dts'
import {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import type {Article} from './article.js'
import type {ArticleDocument} from './document/document.js'
import {extractArticle} from './extract/extract-article.js'
import {buildGraph} from './graph/build-graph.js'
import {detectFormat} from './input/detect-format.js'
import {htmlToDocument, parseHtml} from './input/html.js'
import {markdownToDocument, parseMarkdown} from './input/markdown.js'
import {plainTextToDocument} from './input/plain-text.js'
import {checkEditorial} from './lint/editorial.js'
import {isRuleId, report, setSeverity, source} from './messages.js'
import {type Options, type Settings, toSettings} from './settings.js'

/** What `articleToJsonLd` returns. */
export interface Result {
  /** The JSON-LD document: `{"@context": "https://schema.org", "@graph": […]}`. */
  readonly jsonld: Graph
  /** Everything extracted, with source positions. */
  readonly article: Article
  /**
   * Problems and inferences, as vfile messages with `place`, `ruleId`,
   * `source` and `url`. A `fatal` message means the article is not usable.
   */
  readonly messages: readonly VFileMessage[]
}

/** An article: Markdown, plain text or HTML as a string, bytes or VFile, or an mdast tree. */
export type Input = string | Uint8Array | VFile | Root

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
  const settings = toSettings(options)
  const file =
    input instanceof VFile
      ? input
      : new VFile(isTree(input) ? undefined : {value: typeof input === 'string' ? input : decoder.decode(input)})
  const document = isTree(input) ? markdownToDocument(input, undefined) : readDocument(file, settings)
  return run(document, file, settings)
}

/** The shared back half: extract, then build the graph. */
export function run(document: ArticleDocument, file: VFile, settings: Settings): Result {
  const article = extractArticle(document, file, settings)
  checkEditorial(article, file, settings)
  const jsonld = buildGraph(article, settings)
  applySeverities(file, settings)
  // Source order, as a reader goes through the file; stable for ties.
  file.messages.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0))
  return {jsonld, article, messages: file.messages}
}

/** Give this package's messages the severity the `rules` option sets; drop those turned off. */
function applySeverities(file: VFile, settings: Settings): void {
  file.messages = file.messages.filter((message) => {
    if (message.source !== source || !message.ruleId || !isRuleId(message.ruleId)) return true
    const severity = settings.rules[message.ruleId]
    if (severity === 'off') return false
    setSeverity(message, severity)
    return true
  })
}

const decoder = new TextDecoder()

function readDocument(file: VFile, settings: Settings): ArticleDocument {
  const value = String(file)
  const format = settings.format === 'auto' ? detectFormat(value, file.extname) : settings.format
  try {
    if (format === 'markdown') return markdownToDocument(parseMarkdown(file), file)
    if (format === 'html') return htmlToDocument(parseHtml(file), file)
    return plainTextToDocument(file)
  } catch (error) {
    // The parsers recurse: markup nested thousands deep exhausts the stack.
    report(file, 'unreadable-article', 'Unexpected input that the ' + format + ' parser cannot read (' + (error as Error).message + '), expected an article', {
      place: {line: 1, column: 1}
    })
    return {format, frontmatter: undefined, blocks: [], toPosition: () => undefined}
  }
}

function isTree(input: Input): input is Root {
  return typeof input === 'object' && !(input instanceof Uint8Array) && !(input instanceof VFile) && input.type === 'root'
}
