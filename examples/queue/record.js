// One NDJSON record to one output line, for both queue consumers here (the
// AWS Lambda one in lambda.js, the Cloudflare Worker in worker.js). A record
// is what `newsroom-jsonld --input ndjson` reads: {"id", "markdown" | "text" |
// "html", …CMS fields in the frontmatter vocabulary}.
import {articleToJsonLd, serializeJsonLd} from 'newsroom-jsonld'

/**
 * One NDJSON record to one output line: `{"id", "jsonld"}` or `{"id", "error"}`.
 * A record that is not a JSON object returns undefined: the queue delivers it
 * again, then to its dead-letter queue.
 */
export function convertRecord(body, options) {
  let record
  try {
    record = JSON.parse(body)
  } catch {
    return undefined
  }
  if (typeof record !== 'object' || record === null || Array.isArray(record)) return undefined
  const {id, markdown, text, html, ...fields} = record
  const format = typeof markdown === 'string' ? 'markdown' : typeof html === 'string' ? 'html' : 'text'
  const value = markdown ?? html ?? text ?? ''
  if (typeof value !== 'string') return undefined
  // As the CLI does for NDJSON: without a `url` field, the URL is `baseUrl` + the id.
  const url = fields.url ?? (options.baseUrl && id !== undefined ? new URL(String(id), options.baseUrl).href : undefined)
  const {jsonld, messages} = articleToJsonLd(value, {...options, format, metadata: url === undefined ? fields : {...fields, url}})
  // A fatal message means no usable JSON-LD: retrying would not change it, so it is an output line too.
  const fatal = messages.find((message) => message.fatal === true)
  return serializeJsonLd(fatal ? {id, error: fatal.reason} : {id, jsonld})
}
