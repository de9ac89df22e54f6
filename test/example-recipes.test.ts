// The recipes of the README's "Archives beyond one machine" section, as shipped in examples/: the queue
// consumers of NDJSON records (an AWS Lambda handler on SQS, a Cloudflare Worker on a Queue, run in workerd)
// and the Kubernetes Indexed Job.
import {readFile} from 'node:fs/promises'
import {expect, test} from 'vitest'
import {parse} from 'yaml'
import {runInWorkerd} from './helpers/workerd.js'

interface Handler {
  (event: {Records: Array<{messageId: string; body: string}>}): Promise<{batchItemFailures: Array<{itemIdentifier: string}>}>
}
interface QueueExample {
  createHandler(settings: {deliver: (lines: string[]) => Promise<void>; options?: Record<string, unknown>}): Handler
}
type Node = Record<string, unknown> & {'@type'?: string | string[]; name?: string}
interface Line {
  id: string
  jsonld?: {'@graph': Node[]}
  error?: string
}

// Plain JavaScript, as a user copies it: imported by URL, built package and all.
const example = (await import(new URL('../examples/queue/lambda.js', import.meta.url).href)) as QueueExample
const records = (await readFile(new URL('../examples/queue/records.ndjson', import.meta.url), 'utf8')).split('\n').filter(Boolean)
const event = (bodies: readonly string[]) => ({Records: bodies.map((body, index) => ({messageId: 'm' + index, body}))})

async function run(bodies: readonly string[], options?: Record<string, unknown>) {
  const delivered: Line[] = []
  const handler = example.createHandler({deliver: async (lines) => void delivered.push(...lines.map((line) => JSON.parse(line) as Line)), ...(options ? {options} : {})})
  return {delivered, ...(await handler(event(bodies)))}
}

const ofType = (line: Line, type: string) => (line.jsonld?.['@graph'] ?? []).filter((node) => [node['@type']].flat().includes(type))

/** The example records' lines, as both consumers must give them. */
function expectExampleLines(delivered: readonly Line[]) {
  expect(delivered.map((line) => line.id)).toEqual(['2026/ferry-fares', '2026/library-hours'])
  const [ferry, library] = delivered as [Line, Line]
  expect(ofType(ferry, 'NewsArticle')[0]?.headline).toBe('Harbor ferry fares rise for the first time in a decade')
  expect(ofType(ferry, 'Person').map((node) => node.name)).toContain('Delia Marsh')
  // The split quote is one Quotation, by Delia Marsh.
  const marsh = ofType(ferry, 'Person').find((node) => node.name === 'Delia Marsh')?.['@id']
  expect(ofType(ferry, 'Quotation').map((node) => [node.text, (node.creator as {'@id'?: unknown} | undefined)?.['@id']])).toEqual([
    ['We held the line as long as we could. Fuel costs doubled.', marsh]
  ])
  const article = ofType(library, 'NewsArticle')[0]
  expect(article?.headline).toBe('Library adds Sunday hours')
  expect(article?.datePublished).toBe('2026-03-02T09:00:00-05:00')
  expect(ofType(library, 'Person').map((node) => node.name)).toEqual(expect.arrayContaining(['Jan Alder', 'Tomas Reyes']))
}

test('the Lambda consumer converts each record to one line, and hands a record that is no JSON back to the queue', async () => {
  const {delivered, batchItemFailures} = await run(records)
  expect(batchItemFailures).toEqual([{itemIdentifier: 'm2'}])
  expectExampleLines(delivered)
})

test('in workerd, the Cloudflare consumer writes the lines of a batch to R2 and retries a record that is no JSON', async () => {
  // A Queues batch and an R2 binding with the runtime's shapes; the rest is the example as Wrangler would bundle it.
  const worker = `
    import consumer from './examples/queue/worker.js'
    import records from './records.json'
    export default {
      async test() {
        const events = []
        const objects = []
        const messages = records.map((body, index) => ({
          id: 'm' + index, body, attempts: 1,
          ack: () => events.push('ack m' + index),
          retry: () => events.push('retry m' + index)
        }))
        const env = {
          BASE_URL: 'https://news.example/stories/', PUBLISHER_NAME: 'Example News', PUBLISHER_URL: 'https://news.example/',
          JSONLD: {put: async (key, value, options) => void objects.push({key, value, contentType: options.httpMetadata.contentType})}
        }
        await consumer.queue({queue: 'articles', messages}, env)
        console.log(JSON.stringify({events, objects}))
      }
    }`
  const {events, objects} = JSON.parse(await runInWorkerd(worker, {'records.json': records})) as {
    events: string[]
    objects: Array<{key: string; value: string; contentType: string}>
  }
  expect(events).toEqual(['retry m2', 'ack m0', 'ack m1'])
  expect(objects.map(({key, contentType}) => [key, contentType])).toEqual([['articles/m0.ndjson', 'application/x-ndjson']])
  expectExampleLines(objects[0]!.value.trimEnd().split('\n').map((line) => JSON.parse(line) as Line))
})

test('an article that cannot be converted is an error line, not a retry: retrying would give the same', async () => {
  const {delivered, batchItemFailures} = await run([records[0]!], {maxBytes: 10})
  expect(batchItemFailures).toEqual([])
  expect(delivered).toHaveLength(1)
  expect(delivered[0]?.jsonld).toBeUndefined()
  expect(delivered[0]?.error).toMatch(/bytes/)
})

test('the Indexed Job gives each of its completions one shard of as many, counted from 1', async () => {
  const job = parse(await readFile(new URL('../examples/kubernetes/indexed-job.yaml', import.meta.url), 'utf8')) as {
    spec: {completionMode: string; completions: number; template: {spec: {containers: Array<{args: string[]}>}}}
  }
  expect(job.spec.completionMode).toBe('Indexed')
  const command = job.spec.template.spec.containers[0]!.args.join(' ')
  const shard = /--shard \$\(\(JOB_COMPLETION_INDEX \+ 1\)\)\/(\d+)/.exec(command)
  expect(Number(shard?.[1])).toBe(job.spec.completions)
  expect(command).toMatch(/--out-dir \S+ --resume/)
})
