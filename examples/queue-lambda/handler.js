// An AWS Lambda function fed by an SQS queue: each message body is one NDJSON
// record, the same as `newsroom-jsonld --input ndjson` reads
// ({"id", "markdown" | "text" | "html", …CMS fields in the frontmatter vocabulary}),
// and each article's JSON-LD (or its error) goes on as one NDJSON line.
//
// Deploy: bundle this file with the package (its data files must sit beside
// dist/, as npm installs them), set the queue's batch size (10 to 100) and
// turn on ReportBatchItemFailures. `deliver` is where lines go: an S3 object
// per batch, another queue, a search index. Try it here: npm run example:queue
import {articleToJsonLd, serializeJsonLd} from 'newsroom-jsonld'

/**
 * One NDJSON record to one output line: `{"id", "jsonld"}` or `{"id", "error"}`.
 * A record that is not a JSON object returns undefined: SQS delivers it again,
 * then to its dead-letter queue.
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

/**
 * The Lambda handler for `deliver(lines)` and the newsroom `options`
 * (`baseUrl`, `publisher`, `timeZone`…, as for `articleToJsonLd`).
 * Resolves to SQS's partial batch response: the messages to deliver again.
 */
export function createHandler({deliver, options = {}}) {
  return async function handler(event) {
    const lines = []
    const batchItemFailures = []
    for (const message of event.Records) {
      const line = convertRecord(message.body, options)
      if (line === undefined) batchItemFailures.push({itemIdentifier: message.messageId})
      else lines.push(line)
    }
    if (lines.length > 0) await deliver(lines)
    return {batchItemFailures}
  }
}

/** The default export prints the lines (CloudWatch Logs); replace `deliver` in production. */
export const handler = createHandler({deliver: async (lines) => console.log(lines.join('\n'))})
