import type {Graph} from 'schema-dts'
import {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import {articleToJsonLd} from '../article-to-json-ld.js'
import {errorMessage, type RecordMessage, toRecordMessage} from './record-message.js'
import type {Options} from '../settings.js'

export {errorMessage, type RecordMessage, toRecordMessage} from './record-message.js'

/** One article of a batch: an id, its text, and fields from the CMS. */
export interface ArticleSource {
  /** Identifies the article in results: a path or a CMS id. */
  readonly id: string
  /** The article: Markdown, plain text or HTML. */
  readonly value: string
  /**
   * File path, for format detection and the URL (optional): with `baseUrl`,
   * an article without `url` gets `baseUrl` plus the folders and stem of a
   * relative path (`sports/story.md` → `<baseUrl>sports/story`), so
   * same-named files in different folders get different URLs and `@id`s.
   */
  readonly path?: string | undefined
  /** Fields in the frontmatter vocabulary, winning over the article's own (optional). */
  readonly metadata?: Readonly<Record<string, unknown>> | undefined
  /** Why the article could not be read (a missing file, a bad NDJSON line, at `line`): its record is this error. */
  readonly readError?: {readonly reason: string; readonly line?: number | undefined} | undefined
}


/** The result for one article: its JSON-LD, or why there is none. */
export interface ArticleRecord {
  readonly id: string
  readonly jsonld?: Graph | undefined
  readonly messages: readonly RecordMessage[]
  /** Set when the article is not usable (a fatal message, or an unexpected failure). */
  readonly error?: RecordMessage | undefined
}

/** Convert one article; never throws: a failure is an error record. */
export function processArticle(source: ArticleSource, options: Options): ArticleRecord {
  if (source.readError !== undefined) return errorRecord(source.id, source.readError.reason, source.readError.line)
  try {
    const file = new VFile({path: source.path, value: source.value})
    const baseUrl = folderUrl(source.path, options.baseUrl)
    const merged = source.metadata ? {...options, metadata: {...options.metadata, ...source.metadata}} : options
    const {jsonld, messages} = articleToJsonLd(file, baseUrl === options.baseUrl ? merged : {...merged, baseUrl})
    const plain = messages.map(toRecordMessage)
    const error = plain.find((message) => message.severity === 'error')
    return error ? {id: source.id, messages: plain, error} : {id: source.id, jsonld, messages: plain}
  } catch (error) {
    return errorRecord(source.id, 'Unexpected failure (' + (error instanceof Error ? error.message : String(error)) + '), expected an article')
  }
}

/** `baseUrl` joined with the folders of a relative `path` (`a/b/story.md` → `<baseUrl>a/b/`); else `baseUrl` itself. */
function folderUrl(path: string | undefined, baseUrl: string | null | undefined): string | null | undefined {
  if (!baseUrl || !path || path.startsWith('/') || /^[a-z]:/i.test(path)) return baseUrl
  const folders = path.split(/[/\\]/).slice(0, -1)
  if (folders.length === 0 || folders.some((folder) => folder === '' || folder === '.' || folder === '..')) return baseUrl
  try {
    return new URL(folders.map((folder) => encodeURIComponent(folder)).join('/') + '/', baseUrl).href
  } catch {
    // A folder name with a lone surrogate cannot be encoded: the URL keeps to the stem.
    return baseUrl
  }
}

/** The record of an article that yields nothing: one error. */
export function errorRecord(id: string, reason: string, line?: number): ArticleRecord {
  const error = errorMessage(reason, line)
  return {id, messages: [error], error}
}
