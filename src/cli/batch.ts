// The CLI's batch mode: many articles in, one output each (files under `--out-dir`, or lines on stdout), and a summary.
import {articlesToJsonLd} from '../batch/articles-to-json-ld.js'
import {type ArticleRecord, type ArticleSource, errorMessage, type RecordMessage} from '../batch/process-article.js'
import {withRuleSeverity} from '../batch/record-message.js'
import {serializeJsonLd, toScriptTag} from '../serialize/json-ld.js'
import type {Options} from '../settings.js'
import {articleFiles} from './article-files.js'
import {type BatchInput, fileInputs, filesInFlight, filesOfShard, isUpToDate, ndjsonInputs, type OutputPlan} from './batch-inputs.js'
import {formatMessage} from './format-message.js'
import type {Io} from './io.js'
import {createOutputClaims} from './output-path.js'
import {createProgress} from './progress.js'
import type {Shard} from './shard.js'
import {removeLeftovers, removePendingWrites, removeStale, writeAtomically} from './write-output.js'

/** How a batch runs. */
export interface BatchSettings {
  readonly format: 'jsonld' | 'script' | 'ndjson'
  readonly outDir: string | undefined
  readonly concurrency: number
  /** Milliseconds per article (`undefined`: no limit, and with one worker, no worker thread). */
  readonly timeout: number | undefined
  readonly resume: boolean
  /** Take only this shard of the inputs (`--shard K/N`). */
  readonly shard: Shard | undefined
  readonly quiet: boolean
  /** Print every message of every article, not only errors. */
  readonly verbose: boolean
  /** Read NDJSON records from standard input instead of files. */
  readonly ndjsonInput: boolean
  readonly options: Options
  /** The CLI's arguments, to print the command that resumes an interrupted run. */
  readonly args: readonly string[]
}

/** What writing a record gave: why it failed, and a note (a stale output removed). */
interface Written {
  readonly error?: RecordMessage | undefined
  readonly note?: RecordMessage | undefined
}

/** A record on its way out: the write finishes while later articles convert. */
interface Pending {
  readonly record: ArticleRecord
  readonly written: Promise<Written>
}

/**
 * Convert many articles: files, folders (every article file below them),
 * glob patterns, or NDJSON records on standard input. Writes `.jsonld` files
 * mirroring the inputs under `--out-dir` (atomically: a temporary file, then
 * a rename), or NDJSON to stdout; files are read ahead and written behind
 * while articles convert. A bad article is an error record; the run goes on.
 * Resolves to the exit code: 1 if any article failed.
 */
export async function batch(paths: readonly string[], io: Io, settings: BatchSettings): Promise<number> {
  let ok = 0
  let failed = 0
  let skipped = 0
  let errors = 0
  let warnings = 0
  const plan: OutputPlan = {outDir: settings.outDir, extension: settings.format === 'script' ? '.html' : '.jsonld', claim: createOutputClaims()}
  const {files, root} = settings.ndjsonInput ? {files: [], root: process.cwd()} : filesOfShard(await articleFiles(paths), settings.shard)
  const progress = createProgress(io, !settings.quiet, () => (settings.ndjsonInput ? undefined : files.length - skipped))
  const skip = async (input: string, output: string) => {
    if (!settings.resume || !(await isUpToDate(input, output))) return false
    skipped++
    return true
  }
  const inputs = settings.ndjsonInput ? ndjsonInputs(io.stdin, plan, settings.shard) : fileInputs(files, root, plan, io.stdin, skip)
  const folders = new Set<string>()
  // Records come back in input order, so each one's output is the first of this queue.
  const outputs: Array<string | undefined> = []
  // And each one's warning from reading its file, in the same order.
  const readWarnings: Array<RecordMessage | undefined> = []

  if (settings.resume && settings.outDir) {
    const removed = await removeLeftovers(settings.outDir)
    if (removed > 0) io.stderr.write(`Removed ${removed} temporary file${removed === 1 ? '' : 's'} left in \`${settings.outDir}\` by an interrupted run\n`)
  }

  // An interrupted run removes its temporary files, so no half-written output is left behind,
  // says what it did and how to go on, and ends by the signal (exit 130 or 143 in a shell).
  const interrupt = (signal: NodeJS.Signals) => {
    removePendingWrites()
    progress.print(interrupted(signal, ok + failed, settings.ndjsonInput ? undefined : files.length - skipped, settings))
    process.kill(process.pid, signal)
  }
  for (const signal of signals) process.once(signal, interrupt)
  try {
    // Writes overlap the next articles' conversion; they are counted in input order.
    const writing: Pending[] = []
    for await (const converted of articlesToJsonLd(sources(inputs), {...settings.options, concurrency: settings.concurrency, timeout: settings.timeout})) {
      const readWarning = readWarnings.shift()
      const record = readWarning ? {...converted, messages: [readWarning, ...converted.messages]} : converted
      writing.push({record, written: output(record, outputs.shift())})
      if (writing.length >= filesInFlight) await count(writing.shift()!)
    }
    for (const item of writing) await count(item)
  } finally {
    for (const signal of signals) process.off(signal, interrupt)
  }
  progress.finish()
  io.stderr.write(summary(ok, failed, skipped, errors, warnings, settings.verbose))
  return failed > 0 ? 1 : 0

  async function* sources(inputs: AsyncIterable<BatchInput>): AsyncGenerator<ArticleSource> {
    for await (const input of inputs) {
      outputs.push(input.output)
      // A rule the config turns off is off here too, as in the single-file path.
      readWarnings.push(input.readWarning && withRuleSeverity(input.readWarning, settings.options.rules))
      yield input.source
    }
  }

  async function count({record, written}: Pending): Promise<void> {
    const {error, note} = await written
    const messages = [...record.messages, ...(error ? [error] : []), ...(note ? [note] : [])]
    for (const message of messages) {
      if (message.severity === 'error') errors++
      if (message.severity === 'warning') warnings++
      // Errors always; warnings and notes with --verbose (a note on a removed output always).
      if (message.severity === 'error' || message === note || settings.verbose) progress.print(formatMessage(record.id, message) + '\n')
    }
    if (record.error ?? error) failed++
    else ok++
    progress.update(ok + failed, failed)
  }

  /** Write a record: a line on stdout, or its file under `--out-dir`; a file that cannot be written fails the article. */
  async function output(record: ArticleRecord, path: string | undefined): Promise<Written> {
    if (!settings.outDir) {
      // One line per article on stdout: a script element, or an NDJSON record.
      if (settings.format === 'script') {
        if (record.jsonld) io.stdout.write(toScriptTag(record.jsonld) + '\n')
      } else {
        const {id: file, jsonld, error, messages} = record
        io.stdout.write(serializeJsonLd(error ? {file, error, messages} : {file, jsonld, messages}) + '\n')
      }
      return {}
    }
    if (path === undefined) return {}
    // An input that fails leaves no output: not even one from an earlier run, which would be stale.
    if (!record.jsonld) return (await removeStale(path)) ? {note: staleNote(path)} : {}
    try {
      await writeAtomically(path, settings.format === 'script' ? toScriptTag(record.jsonld) + '\n' : JSON.stringify(record.jsonld, undefined, 2) + '\n', folders)
      return {}
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code
      return {error: errorMessage('Cannot write `' + path + '`' + (code ? ' (' + code + ')' : '') + ', expected a writable `--out-dir`')}
    }
  }
}

const signals = ['SIGINT', 'SIGTERM'] as const

/** `2 ok, 1 failed, 3 skipped (up to date); 1 error, 4 warnings`. */
function summary(ok: number, failed: number, skipped: number, errors: number, warnings: number, verbose: boolean): string {
  const plural = (count: number, noun: string) => count + ' ' + noun + (count === 1 ? '' : 's')
  const hidden = !verbose && warnings > 0 ? ' (--verbose lists them)' : ''
  return `${ok} ok, ${failed} failed${skipped ? ', ' + skipped + ' skipped (up to date)' : ''}; ${plural(errors, 'error')}, ${plural(warnings, 'warning')}${hidden}\n`
}

function staleNote(path: string): RecordMessage {
  return {line: 1, column: 1, severity: 'info', ruleId: undefined, reason: 'Removed `' + path + '`, the output of an earlier run: this input now fails'}
}

/** What an interrupted run did, and the command that goes on from there. */
function interrupted(signal: NodeJS.Signals, done: number, total: number | undefined, settings: BatchSettings): string {
  const left = total === undefined ? 'the rest of standard input left' : total - done + ' left'
  const resume = settings.outDir && !settings.ndjsonInput
    ? 'Resume with: ' + ['newsroom-jsonld', ...settings.args, ...(settings.resume ? [] : ['--resume'])].map(quote).join(' ') + '\n'
    : ''
  return `Interrupted by ${signal}: ${done} done, ${left}\n` + resume
}

/** An argument as a POSIX shell reads it back. */
function quote(argument: string): string {
  return /^[\w@%+=:,./-]+$/.test(argument) ? argument : "'" + argument.replaceAll("'", "'\\''") + "'"
}
