// The recipes of the README's "Beyond one machine" section, as shipped in examples/: the queue
// consumer (an AWS Lambda handler on SQS messages of NDJSON records) and the Kubernetes Indexed Job.
import {readFile} from 'node:fs/promises'
import {expect, test} from 'vitest'
import {parse} from 'yaml'

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
const example = (await import(new URL('../examples/queue-lambda/handler.js', import.meta.url).href)) as QueueExample
const records = (await readFile(new URL('../examples/queue-lambda/records.ndjson', import.meta.url), 'utf8')).split('\n').filter(Boolean)
const event = (bodies: readonly string[]) => ({Records: bodies.map((body, index) => ({messageId: 'm' + index, body}))})

async function run(bodies: readonly string[], options?: Record<string, unknown>) {
  const delivered: Line[] = []
  const handler = example.createHandler({deliver: async (lines) => void delivered.push(...lines.map((line) => JSON.parse(line) as Line)), ...(options ? {options} : {})})
  return {delivered, ...(await handler(event(bodies)))}
}

const ofType = (line: Line, type: string) => (line.jsonld?.['@graph'] ?? []).filter((node) => [node['@type']].flat().includes(type))

test('the queue consumer converts each record to one line, and hands a record that is no JSON back to the queue', async () => {
  const {delivered, batchItemFailures} = await run(records)
  expect(batchItemFailures).toEqual([{itemIdentifier: 'm2'}])
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
