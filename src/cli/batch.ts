import {rmSync, writeFile as writeFileCallback} from 'node:fs'
import {mkdir, rename, rm, stat} from 'node:fs/promises'
import {dirname, extname, join, relative, resolve} from 'node:path'
import {createInterface} from 'node:readline'
import {Readable} from 'node:stream'
import {promisify} from 'node:util'
import {articlesToJsonLd} from '../batch/articles-to-json-ld.js'
import {type ArticleRecord, type ArticleSource, errorMessage, type RecordMessage} from '../batch/process-article.js'
import {serializeJsonLd, toScriptTag} from '../serialize/json-ld.js'
import type {Options} from '../settings.js'
import {type ArticleFile, articleFiles} from './article-files.js'
import {formatMessage} from './format-message.js'
import {readInput} from './read-input.js'
import type {Io} from './io.js'

/** How a batch runs. */
export interface BatchSettings {
  readonly format: 'jsonld' | 'script' | 'ndjson'
  readonly outDir: string | undefined
  readonly concurrency: number
  readonly resume: boolean
  readonly quiet: boolean
  /** Read NDJSON records from standard input instead of files. */
  readonly ndjsonInput: boolean
  readonly options: Options
}

const formatKeys = {markdown: '.md', text: '.txt', html: '.html'} as const

/**
 * Convert many articles: files, folders (every article file below them),
 * glob patterns, or NDJSON records on standard input. Writes `.jsonld` files
 * mirroring the inputs under `--out-dir` (atomically: a temporary file, then
 * a rename), or NDJSON to stdout; files are read ahead and written behind
 * while articles convert. A bad article is an error record; the run goes on.
 * Resolves to the exit code: 1 if any article failed.
 */
export async function batch(paths: readonly string[], io: Io & {readonly isTty?: boolean}, settings: BatchSettings): Promise<number> {
  let ok = 0
  let failed = 0
  let skipped = 0
  const started = performance.now()
  let drawn = Number.NEGATIVE_INFINITY
  let firstDone: number | undefined
  const folders = new Set<string>()
  const {files, root} = settings.ndjsonInput ? {files: [], root: process.cwd()} : await articleFiles(paths)

  // An interrupted run removes its temporary files, so no half-written output is left behind.
  const interrupt = (signal: NodeJS.Signals) => {
    for (const path of pendingWrites) rmSync(path, {force: true})
    process.kill(process.pid, signal)
  }
  if (settings.outDir) for (const signal of signals) process.once(signal, interrupt)
  try {
    // Writes overlap the next articles' conversion; they are counted in input order.
    const writing: Array<{record: ArticleRecord; written: Promise<RecordMessage | undefined>}> = []
    for await (const record of articlesToJsonLd(sources(), {...settings.options, concurrency: settings.concurrency})) {
      writing.push({record, written: output(record)})
      if (writing.length >= filesInFlight) await count(writing.shift()!)
    }
    for (const item of writing) await count(item)
  } finally {
    for (const signal of signals) process.off(signal, interrupt)
  }
  if (io.isTty && !settings.quiet) {
    progress(true)
    io.stderr.write('\n')
  }
  io.stderr.write(`${ok} ok, ${failed} failed${skipped ? ', ' + skipped + ' skipped (up to date)' : ''}\n`)
  return failed > 0 ? 1 : 0

  async function count({record, written}: {record: ArticleRecord; written: Promise<RecordMessage | undefined>}): Promise<void> {
    const error = record.error ?? (await written)
    if (error) {
      failed++
      io.stderr.write(formatMessage(record.id, error) + '\n')
    } else {
      ok++
    }
    progress()
  }

  async function* sources(): AsyncGenerator<ArticleSource> {
    if (settings.ndjsonInput) {
      yield* ndjsonSources()
      return
    }
    // Read a few files ahead, so the disk works while articles convert.
    const reading: Array<Promise<ArticleSource | undefined>> = []
    let next = 0
    while (next < files.length || reading.length > 0) {
      while (reading.length < filesInFlight && next < files.length) reading.push(read(files[next++]!))
      const source = await reading.shift()!
      if (source) yield source
    }
  }

  /** A file as a source; `undefined` when `--resume` finds its output up to date. */
  async function read({path, unmatched}: ArticleFile): Promise<ArticleSource | undefined> {
    if (unmatched) return {id: path, value: '', readError: {reason: unmatched}}
    if (settings.resume && settings.outDir && (await isUpToDate(path))) {
      skipped++
      return undefined
    }
    const value = await readInput(path, io.stdin, 'a readable article file')
    // Unreadable: a record that fails, so it is counted, not lost.
    return value instanceof Error ? {id: path, value: '', readError: {reason: value.message}} : {id: path, value, path}
  }

  /** `{"id", "markdown" | "text" | "html", …fields}` per line. */
  async function* ndjsonSources(): AsyncGenerator<ArticleSource> {
    const lines = createInterface({input: Readable.from(io.stdin), crlfDelay: Number.POSITIVE_INFINITY})
    let number = 0
    for await (const line of lines) {
      number++
      if (line.trim() === '') continue
      const id = '<stdin>'
      let record: Record<string, unknown>
      try {
        record = JSON.parse(line) as Record<string, unknown>
        if (typeof record !== 'object' || record === null || Array.isArray(record)) throw new Error('not an object')
      } catch (error) {
        yield {id, value: '', readError: {reason: 'Unexpected invalid NDJSON line (' + (error as Error).message + '), expected a JSON object', line: number}}
        continue
      }
      const {id: given, markdown, text, html, ...fields} = record
      const key = typeof markdown === 'string' ? 'markdown' : typeof html === 'string' ? 'html' : 'text'
      const value = typeof markdown === 'string' ? markdown : typeof html === 'string' ? html : typeof text === 'string' ? text : ''
      const name = typeof given === 'string' || typeof given === 'number' ? String(given) : id + ':' + number
      yield {id: name, value, path: name.replaceAll('/', '_') + formatKeys[key], metadata: fields}
    }
  }

  /** Write a record: a line on stdout, or a file under `--out-dir`; a file that cannot be written fails the article. */
  async function output(record: ArticleRecord): Promise<RecordMessage | undefined> {
    if (!settings.outDir) {
      // One line per article on stdout: a script element, or an NDJSON record.
      if (settings.format === 'script') {
        if (record.jsonld) io.stdout.write(toScriptTag(record.jsonld) + '\n')
      } else {
        io.stdout.write(serializeJsonLd(record.error ? {file: record.id, error: record.error} : {file: record.id, jsonld: record.jsonld}) + '\n')
      }
      return undefined
    }
    if (!record.jsonld) return undefined
    const path = target(record.id)
    try {
      await writeAtomically(path, settings.format === 'script' ? toScriptTag(record.jsonld) + '\n' : JSON.stringify(record.jsonld, undefined, 2) + '\n', folders)
      return undefined
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code
      const reason = 'Cannot write `' + path + '`' + (code ? ' (' + code + ')' : '') + ', expected a writable `--out-dir`'
      return errorMessage(reason)
    }
  }

  function target(input: string): string {
    const relativePath = relative(root, resolve(input))
    const extension = settings.format === 'script' ? '.html' : '.jsonld'
    return join(settings.outDir!, relativePath.slice(0, relativePath.length - extname(relativePath).length) + extension)
  }

  async function isUpToDate(input: string): Promise<boolean> {
    try {
      const [source, output] = await Promise.all([stat(input), stat(target(input))])
      return output.mtimeMs >= source.mtimeMs
    } catch {
      return false
    }
  }

  /** Redraw the progress line, at most ten times a second (a million redraws would slow the run), and at the end. */
  function progress(final = false): void {
    if (!io.isTty || settings.quiet) return
    const now = performance.now()
    // Rates count from the first article done, so the pool's start-up does not skew the ETA.
    firstDone ??= now
    if (!final && now - drawn < 100) return
    drawn = now
    const done = ok + failed
    const rate = done > 1 ? (done - 1) / Math.max((now - firstDone) / 1000, 0.001) : undefined
    // Files are listed before the run, so they have a total; NDJSON on stdin has none.
    const total = settings.ndjsonInput ? undefined : files.length - skipped
    const bar = total === undefined ? '' : '[' + '#'.repeat(Math.floor((20 * done) / Math.max(total, 1))).padEnd(20, '.') + '] '
    const count = total === undefined ? String(done) : done + '/' + total
    const speed = rate === undefined ? '' : `, ${rate.toFixed(0)} articles/s` + (total === undefined ? '' : ', ETA ' + duration((total - done) / rate))
    io.stderr.write(`\r${bar}${count} done, ${failed} failed${speed}\u001B[K`)
  }
}

/** `1:05`, `2:03:09`. */
function duration(seconds: number): string {
  const whole = Math.round(seconds)
  const minutes = Math.floor(whole / 60)
  const clock = String(minutes % 60) + ':' + String(whole % 60).padStart(2, '0')
  return minutes >= 60 ? Math.floor(minutes / 60) + ':' + clock.padStart(5, '0') : clock
}

/** Files read ahead, and outputs being written, at most: enough to keep the disk busy, few enough to bound memory. */
const filesInFlight = 16

const signals = ['SIGINT', 'SIGTERM'] as const

/** Temporary files being written, removed if the run is interrupted. */
const pendingWrites = new Set<string>()

// The callback version: a million files make the promise API's file handles a visible cost.
const writeFile = promisify(writeFileCallback)

/** Write `path` by way of a temporary file; `folders` are those this run has made, so each is made once. */
async function writeAtomically(path: string, content: string, folders: Set<string>): Promise<void> {
  const folder = dirname(path)
  if (!folders.has(folder)) {
    await mkdir(folder, {recursive: true})
    folders.add(folder)
  }
  const temporary = path + '.' + process.pid + '.tmp'
  pendingWrites.add(temporary)
  try {
    await writeFile(temporary, content)
    await rename(temporary, path)
  } catch (error) {
    await rm(temporary, {force: true})
    throw error
  } finally {
    pendingWrites.delete(temporary)
  }
}
