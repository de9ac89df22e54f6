// The inputs of a batch: articles from files or NDJSON lines, each with the output file it will write.
import {stat} from 'node:fs/promises'
import {extname, relative, resolve, sep} from 'node:path'
import {createInterface} from 'node:readline'
import {Readable} from 'node:stream'
import type {ArticleSource, RecordMessage} from '../batch/process-article.js'
import type {ArticleFile, ArticleFiles} from './article-files.js'
import {inShard, type Shard} from './shard.js'
import {collision, outputPath, unsafeId} from './output-path.js'
import {InputError, readInput} from './read-input.js'

/** One article of a batch, and where its output goes. */
export interface BatchInput {
  readonly source: ArticleSource
  /** The file to write below `--out-dir` (`undefined` without `--out-dir`, or when the source already failed). */
  readonly output?: string | undefined
  /** A problem found while reading the file (a few bytes that are not UTF-8), added to its record's messages. */
  readonly readWarning?: RecordMessage | undefined
}

/** Where outputs go: `--out-dir` and the extension of its files. */
export interface OutputPlan {
  readonly outDir: string | undefined
  readonly extension: '.jsonld' | '.html'
  /** Takes an output for an input; returns the input that took it first, if another did. */
  readonly claim: (output: string, input: string) => string | undefined
}

/** Files read ahead, and outputs being written, at most: enough to keep the disk busy, few enough to bound memory. */
export const filesInFlight = 16

/**
 * Files as inputs, read a few ahead so the disk works while articles
 * convert. `skip` is asked first (for `--resume`): a skipped file is not read
 * and yields nothing.
 */
export async function* fileInputs(
  files: readonly ArticleFile[],
  root: string,
  plan: OutputPlan,
  stdin: AsyncIterable<string | Uint8Array>,
  skip: (input: string, output: string) => Promise<boolean>
): AsyncGenerator<BatchInput> {
  const reading: Array<Promise<BatchInput | undefined>> = []
  let next = 0
  while (next < files.length || reading.length > 0) {
    while (reading.length < filesInFlight && next < files.length) reading.push(read(files[next++]!))
    const input = await reading.shift()!
    if (input) yield input
  }

  async function read({path, unmatched}: ArticleFile): Promise<BatchInput | undefined> {
    if (unmatched) return {source: {id: path, value: '', readError: {reason: unmatched}}}
    // The path below the inputs' common folder: it names the output, and the URL below `baseUrl`.
    const below = relative(root, resolve(path))
    const output = plan.outDir === undefined ? undefined : outputPath(plan.outDir, below.slice(0, below.length - extname(below).length), plan.extension)
    const first = output === undefined ? undefined : plan.claim(output, path)
    if (first !== undefined) return {source: {id: path, value: '', readError: {reason: collision(first, output!)}}}
    if (output !== undefined && (await skip(path, output))) return undefined
    const decoded = await readInput(path, stdin, 'a readable article file')
    // Unreadable: a record that fails, so it is counted, not lost.
    if (decoded instanceof InputError) return {source: {id: path, value: '', readError: {reason: decoded.message, line: decoded.line}}}
    const {replaced} = decoded
    const readWarning: RecordMessage | undefined = replaced && {
      line: replaced.line,
      column: replaced.column,
      severity: 'warning',
      ruleId: 'invalid-character',
      reason: replaced.reason
    }
    return {source: {id: path, value: decoded.text, path: below.split(sep).join('/')}, output, readWarning}
  }
}

const formatExtensions = {markdown: '.md', text: '.txt', html: '.html'} as const

/** `{"id", "markdown" | "text" | "html", …fields}` per line of standard input. */
export async function* ndjsonInputs(stdin: AsyncIterable<string | Uint8Array>, plan: OutputPlan, shard: Shard | undefined): AsyncGenerator<BatchInput> {
  const lines = createInterface({input: Readable.from(stdin), crlfDelay: Number.POSITIVE_INFINITY})
  let number = 0
  for await (const line of lines) {
    number++
    // Another shard's line: a line that is not JSON goes by its number.
    if (line.trim() === '' || (shard && !inShard(idOf(line) ?? 'stdin-line-' + number, shard))) continue
    const failed = (id: string, reason: string): BatchInput => ({source: {id, value: '', readError: {reason, line: number}}})
    let record: Record<string, unknown>
    try {
      record = JSON.parse(line) as Record<string, unknown>
      if (typeof record !== 'object' || record === null || Array.isArray(record)) throw new Error('not an object')
    } catch (error) {
      yield failed('<stdin>', 'Unexpected invalid NDJSON line (' + (error as Error).message + '), expected a JSON object')
      continue
    }
    const {id: given, markdown, text, html, ...fields} = record
    const key = typeof markdown === 'string' ? 'markdown' : typeof html === 'string' ? 'html' : 'text'
    const value = typeof markdown === 'string' ? markdown : typeof html === 'string' ? html : typeof text === 'string' ? text : ''
    const hasId = typeof given === 'string' || typeof given === 'number'
    const id = hasId ? String(given) : '<stdin>:' + number
    // A record without an id is named after its line.
    const name = hasId ? id : 'stdin-line-' + number
    const unsafe = unsafeId(name)
    if (unsafe && plan.outDir !== undefined) {
      yield failed(id, unsafe)
      continue
    }
    const output = plan.outDir === undefined ? undefined : outputPath(plan.outDir, name, plan.extension)
    const first = output === undefined ? undefined : plan.claim(output, id)
    if (first !== undefined) {
      yield failed(id, collision(first, output!))
      continue
    }
    // A safe id is a path: its folders go in the URL, as a file's do.
    yield {source: {id, value, path: (unsafe ? name.replaceAll(/[/\\]/g, '_') : name) + formatExtensions[key], metadata: fields}, output}
  }
}

/** The files of one shard, by a hash of each path below the common folder (the same on every machine). */
export function filesOfShard(listed: ArticleFiles, shard: Shard | undefined): ArticleFiles {
  if (!shard) return listed
  return {...listed, files: listed.files.filter((file) => inShard(relative(listed.root, resolve(file.path)).split(sep).join('/'), shard))}
}

/** The output name of an NDJSON line, for sharding: its id, or `undefined` when it has none or is not JSON. */
function idOf(line: string): string | undefined {
  try {
    const id = (JSON.parse(line) as {id?: unknown} | null)?.id
    return typeof id === 'string' || typeof id === 'number' ? String(id) : undefined
  } catch {
    return undefined
  }
}

/** Whether `output` is newer than `input` (for `--resume`). */
export async function isUpToDate(input: string, output: string): Promise<boolean> {
  try {
    const [source, result] = await Promise.all([stat(input), stat(output)])
    return result.mtimeMs >= source.mtimeMs
  } catch {
    return false
  }
}
