// Runs the Lambda handler on this machine: NDJSON records (a file, or the
// example's own) become one SQS event of up to 10 messages at a time, and the
// output lines and the messages SQS would deliver again are printed.
// Run: npm run example:queue [-- records.ndjson]
import {readFile} from 'node:fs/promises'
import {createHandler} from './lambda.js'

const path = process.argv[2] ?? new URL('records.ndjson', import.meta.url).pathname
const lines = (await readFile(path, 'utf8')).split('\n').filter((line) => line.trim() !== '')
const handler = createHandler({
  options: {baseUrl: 'https://news.example/stories/', publisher: {name: 'Example News', url: 'https://news.example/'}},
  deliver: async (output) => console.log(output.join('\n')),
})
for (let start = 0; start < lines.length; start += 10) {
  const Records = lines.slice(start, start + 10).map((body, index) => ({messageId: 'message-' + (start + index + 1), body}))
  const {batchItemFailures} = await handler({Records})
  for (const failure of batchItemFailures) console.error('to deliver again: ' + failure.itemIdentifier)
}
