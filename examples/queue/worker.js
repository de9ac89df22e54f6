// A Cloudflare Worker fed by a Cloudflare Queue: each message body is one
// NDJSON record (see record.js), and the lines of each batch go to an R2
// bucket as one NDJSON object. The package's `workerd` build runs here, with
// its two data files uploaded by Wrangler as modules of their own.
//
// Deploy: `npx wrangler deploy` beside wrangler.jsonc, once the queue, its
// dead-letter queue and the bucket exist. A message that is not a JSON object
// is retried, then goes to the dead-letter queue; an article that fails to
// convert is an error line, since a retry would fail the same way.
import {convertRecord} from './record.js'

export default {
  async queue(batch, env) {
    const options = {baseUrl: env.BASE_URL, publisher: {name: env.PUBLISHER_NAME, url: env.PUBLISHER_URL}}
    const lines = []
    const converted = []
    for (const message of batch.messages) {
      // A producer may send the record as a string (an NDJSON line) or as an object.
      const line = convertRecord(typeof message.body === 'string' ? message.body : JSON.stringify(message.body), options)
      if (line === undefined) {
        message.retry()
      } else {
        lines.push(line)
        converted.push(message)
      }
    }
    if (lines.length === 0) return
    // Named by the first converted message. Delivery is at least once, and a batch delivered again may be grouped
    // otherwise, so an article may be in two objects: whatever reads them keeps one line per `id`.
    await env.JSONLD.put(`${batch.queue}/${converted[0].id}.ndjson`, lines.join('\n') + '\n', {httpMetadata: {contentType: 'application/x-ndjson'}})
    // Acknowledged only once stored: if `put` throws, the whole batch is delivered again.
    for (const message of converted) message.ack()
  }
}
