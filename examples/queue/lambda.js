// An AWS Lambda function fed by an SQS queue: each message body is one NDJSON
// record (see record.js), and each article's JSON-LD (or its error) goes on
// as one NDJSON line.
//
// Deploy: bundle this file with the package (its data files must sit beside
// dist/, as npm installs them), set the queue's batch size (10 to 100) and
// turn on ReportBatchItemFailures. `deliver` is where lines go: an S3 object
// per batch, another queue, a search index. Try it here: npm run example:queue
import {convertRecord} from './record.js'

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
