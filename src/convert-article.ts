/**
 * The pipeline behind `articleToJsonLd`, with its format readers passed in:
 * read the document, extract, build the graph. Entry points that can wait
 * (the CLI) load only the readers an article needs; see input/readers.ts.
 */
import type {Root} from 'mdast'
import type {Graph} from 'schema-dts'
import {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import type {Article} from './article.js'
import type {ArticleDocument} from './document/document.js'
import {extractArticle} from './extract/extract-article.js'
import {buildGraph} from './graph/build-graph.js'
import type {FrontmatterData} from './input/frontmatter.js'
import {missingReader, type Readers} from './input/readers.js'
import {readDocument} from './input/read-document.js'
import {checkEditorial} from './lint/editorial.js'
import {isRuleId, setSeverity, source} from './messages.js'
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
 * `articleToJsonLd` with the readers given: the same result when `readers`
 * holds those the article's format needs.
 *
 * @throws {Error} On invalid options, or when the article's format needs a reader `readers` lacks.
 */
export function convertArticle(input: Input, options: Options | null | undefined, readers: Readers): Result {
  const settings = toSettings(options)
  const file =
    input instanceof VFile
      ? input
      : new VFile(isTree(input) ? undefined : {value: typeof input === 'string' ? input : decoder.decode(input)})
  if (isTree(input)) {
    if (!readers.markdown) throw missingReader('markdown')
    return run(readers.markdown.markdownToDocument(input, undefined), file, settings, readers)
  }
  return run(readDocument(file, settings, readers), file, settings, readers)
}

/** The shared back half: extract, then build the graph. */
export function run(document: ArticleDocument, file: VFile, settings: Settings, readers: Readers): Result {
  const article = extractArticle(document, file, settings, readFrontmatter(document, file, readers))
  checkEditorial(article, file, settings)
  const jsonld = buildGraph(article, settings)
  applySeverities(file, settings)
  // Source order, as a reader goes through the file; stable for ties.
  file.messages.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0))
  return {jsonld, article, messages: file.messages}
}

const noFrontmatter: FrontmatterData = {fields: {}, offsets: new Map()}

function readFrontmatter(document: ArticleDocument, file: VFile, readers: Readers): FrontmatterData {
  if (document.frontmatter === undefined) return noFrontmatter
  if (!readers.frontmatter) throw missingReader('frontmatter')
  return readers.frontmatter.readFrontmatter(document, file)
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

function isTree(input: Input): input is Root {
  return typeof input === 'object' && !(input instanceof Uint8Array) && !(input instanceof VFile) && input.type === 'root'
}
