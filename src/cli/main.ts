import {readFile} from 'node:fs/promises'
import {parseArgs} from 'node:util'
import {VFile} from 'vfile'
import {defaultConcurrency} from '../batch/default-concurrency.js'
import {errorMessage, toRecordMessage} from '../batch/record-message.js'
import {convertArticle} from '../convert-article.js'
import {loadReaders} from '../input/load-readers.js'
import {editorialRules, report} from '../messages.js'
import {toSettings} from '../settings.js'
import {toMetaTags} from '../serialize/meta-tags.js'
import {toScriptTag} from '../serialize/json-ld.js'
import type {Options} from '../settings.js'
import packageJson from '../../package.json' with {type: 'json'}
import {standsForSeveral} from './article-files.js'
import {InputError, readInput} from './read-input.js'
import {formatMessage} from './format-message.js'
import type {Io} from './io.js'
import type {BatchSettings} from './batch.js'
import {parseShard} from './shard.js'

const usage = `Usage: newsroom-jsonld [options] FILE...
       newsroom-jsonld validate [--format text|json] [--profile google|schema.org] FILE...   (see validate --help)
       newsroom-jsonld site SITE_FILE                       the site's WebSite and NewsMediaOrganization (see site --help)
       newsroom-jsonld entities ARCHIVE... --out FILE       draft a known-entities file from an archive (see entities --help)

Print the schema.org NewsArticle JSON-LD of news articles (Markdown with
YAML frontmatter, plain wire copy, or HTML). Use - to read standard input.

Options:
  --format <jsonld|script|meta|ndjson>  output (default: jsonld, pretty JSON-LD of one file)
                                        script: the <script type="application/ld+json"> element
                                        meta: Open Graph and Twitter <meta> tags
                                        ndjson: one {"file", "jsonld"} or {"file", "error"} line per input
  --input <auto|markdown|text|html|ndjson>
                                        input format (default: auto, from extension and content);
                                        ndjson: {"id", "markdown"|"text"|"html", …fields} per line on stdin
  --out-dir <dir>                       write one .jsonld (or, with --format script, .html) per input,
                                        mirroring the input paths; FILE may be a folder
                                        or a quoted glob pattern ('news/**/*.md')
  --concurrency <n>                     worker threads for several articles (default: the cores)
  --timeout <seconds>                   time limit per article in a batch (default: 10; 0: none); past it,
                                        the article's worker thread is stopped and the article fails
  --resume                              with --out-dir, skip inputs whose output is newer
  --shard <K/N>                         take only shard K of N (from 1): a stable hash of each input's
                                        path below the common folder, or NDJSON id, picks its shard
  -q, --quiet                           no progress line
  --verbose                             in a batch, print every message (warnings, info), not only errors
  --config <file>                       JSON file of newsroom defaults (publisher, baseUrl, timeZone, language, type, rules)
  --entities <file>                     YAML or JSON file of known entities (people, organizations, places; see the README)
  --site <file>                         YAML or JSON site file: the publisher, and the WebSite and breadcrumb in every graph
  --lint                                turn on the editorial checks (missing dateline, author, image, …) as warnings
  --max-nesting <n>                     deepest nesting read as markup (default: 100): deeper Markdown
                                        is read as plain text (warning), deeper HTML is refused
  --max-bytes <n>                       largest article read, in UTF-8 bytes (default: 10000000);
                                        a larger one is refused
  -h, --help                            show this help
  -v, --version                         show the version

Exit status: 0 on success, 1 if any input failed, 2 on usage errors.
Messages go to stderr as file:line:column: severity: message [rule].
`

const formats = ['jsonld', 'script', 'meta', 'ndjson'] as const
type Format = (typeof formats)[number]

/**
 * Run the CLI with `args` (without `node` and the script).
 * Resolves to the exit code.
 */
export async function main(args: readonly string[], io: Io): Promise<number> {
  // The batch and validate paths are imported only when used: a one-article run starts faster.
  if (args[0] === 'validate') return (await import('./validate-command.js')).validateCommand(args.slice(1), io)
  if (args[0] === 'site') return (await import('./site-command.js')).siteCommand(args.slice(1), io)
  if (args[0] === 'entities') return (await import('./entities-command.js')).entitiesCommand(args.slice(1), io)
  let parsed
  try {
    parsed = parseArgs({
      args: [...args],
      allowPositionals: true,
      options: {
        format: {type: 'string', default: 'jsonld'},
        input: {type: 'string', default: 'auto'},
        config: {type: 'string'},
        entities: {type: 'string'},
        site: {type: 'string'},
        lint: {type: 'boolean'},
        'out-dir': {type: 'string'},
        concurrency: {type: 'string'},
        timeout: {type: 'string', default: '10'},
        'max-nesting': {type: 'string'},
        'max-bytes': {type: 'string'},
        shard: {type: 'string'},
        resume: {type: 'boolean'},
        quiet: {type: 'boolean', short: 'q'},
        verbose: {type: 'boolean'},
        help: {type: 'boolean', short: 'h'},
        version: {type: 'boolean', short: 'v'}
      }
    })
  } catch (error) {
    return usageError(io, (error as Error).message)
  }
  const {values, positionals} = parsed
  if (values.help) {
    io.stdout.write(usage)
    return 0
  }
  if (values.version) {
    io.stdout.write(packageJson.version + '\n')
    return 0
  }
  const format = values.format as Format
  if (!formats.includes(format)) return usageError(io, 'Expected `--format` to be one of ' + formats.join(', ') + ', not `' + values.format + '`')
  const input = values.input
  if (input !== 'auto' && input !== 'markdown' && input !== 'text' && input !== 'html' && input !== 'ndjson') {
    return usageError(io, 'Expected `--input` to be auto, markdown, text, html or ndjson, not `' + input + '`')
  }
  if (positionals.length === 0) return usageError(io, 'Expected a FILE or - for standard input')
  const limits = readLimits(values)
  if (typeof limits === 'string') return usageError(io, limits)
  const parsing = readParsingLimits(values)
  if (typeof parsing === 'string') return usageError(io, parsing)
  const outDir = values['out-dir']
  if (values.resume && outDir === undefined) return usageError(io, 'Expected `--out-dir` with `--resume`: it skips inputs whose output there is newer')
  // A folder or pattern is several files, as a list is: the same rules for both.
  const several = positionals.length > 1 || (await standsForSeveral(positionals[0]!))
  if (outDir === undefined && format === 'jsonld' && input !== 'ndjson' && several) {
    const got = positionals.length > 1 ? String(positionals.length) : 'the folder or pattern `' + positionals[0] + '`'
    return usageError(io, 'Expected one FILE with `--format jsonld`, got ' + got + '; use `--format ndjson` or `--out-dir` for several')
  }
  // One article prints its messages and output; anything more runs as a batch.
  const many = several || outDir !== undefined || input === 'ndjson' || format === 'ndjson'
  if (many && format === 'meta') return usageError(io, 'Expected `--format jsonld`, `script` or `ndjson` for several articles, not `meta`')

  let options: Options
  try {
    const config = values.config ? await readConfig(values.config) : {}
    const editorial = values.lint ? Object.fromEntries(editorialRules.map((ruleId) => [ruleId, 'warning' as const])) : {}
    // Imported only when given: their YAML parser and schemas weigh on every cold start.
    const knownEntities = values.entities ? await (await import('./config-files.js')).readKnownEntitiesFile(values.entities) : config.knownEntities
    const site = values.site ? await (await import('./config-files.js')).readSiteFile(values.site) : config.site
    options = {...config, ...parsing, rules: {...editorial, ...config.rules}, format: input === 'ndjson' ? 'auto' : input, knownEntities, site}
    toSettings(options) // Check the options once, up front.
  } catch (error) {
    return usageError(io, (error as Error).message)
  }

  if (many) {
    const {batch} = await import('./batch.js')
    return batch(positionals, io, {
      format: format as 'jsonld' | 'script' | 'ndjson',
      outDir,
      ...limits,
      resume: values.resume === true,
      quiet: values.quiet === true,
      verbose: values.verbose === true,
      ndjsonInput: input === 'ndjson',
      options,
      args
    })
  }

  return convertOne(positionals[0]!, format, options, io)
}

/** One article: its messages on stderr, its output on stdout. Resolves to the exit code. */
async function convertOne(path: string, format: Format, options: Options, io: Io): Promise<number> {
  const file = await read(path, io)
  if (file instanceof InputError) {
    io.stderr.write(formatMessage(path, errorMessage(file.message, file.line)) + '\n')
    return 1
  }
  const result = convertArticle(file, options, await loadReaders(file, toSettings(options)))
  for (const message of result.messages) io.stderr.write(formatMessage(file.path, toRecordMessage(message)) + '\n')
  if (result.messages.some((message) => message.fatal === true)) return 1
  if (format === 'jsonld') io.stdout.write(JSON.stringify(result.jsonld, undefined, 2) + '\n')
  if (format === 'script') io.stdout.write(toScriptTag(result.jsonld) + '\n')
  if (format === 'meta') io.stdout.write(toMetaTags(result).html + '\n')
  return 0
}

/** The batch's numbers: workers, time limit (milliseconds) and shard; a string says what is wrong. */
function readLimits(values: {concurrency?: string | undefined; timeout: string; shard?: string | undefined}): Pick<BatchSettings, 'concurrency' | 'timeout' | 'shard'> | string {
  const concurrency = values.concurrency === undefined ? defaultConcurrency() : Number(values.concurrency)
  if (!Number.isInteger(concurrency) || concurrency < 1) return 'Expected `--concurrency` to be a whole number, 1 or more, not `' + values.concurrency + '`'
  const timeout = Number(values.timeout)
  if (values.timeout.trim() === '' || !(timeout >= 0) || !Number.isFinite(timeout)) {
    return 'Expected `--timeout` to be a number of seconds, 0 for no limit, not `' + values.timeout + '`'
  }
  const shard = values.shard === undefined ? undefined : parseShard(values.shard)
  if (values.shard !== undefined && !shard) return 'Expected `--shard` to be K/N, whole numbers with 1 ≤ K ≤ N (such as 2/8), not `' + values.shard + '`'
  return {concurrency, timeout: timeout === 0 ? undefined : timeout * 1000, shard}
}

/** `--max-nesting` and `--max-bytes` as options (absent flags leave the config's or the default); a string says what is wrong. */
function readParsingLimits(values: {'max-nesting'?: string | undefined; 'max-bytes'?: string | undefined}): Pick<Options, 'maxNesting' | 'maxBytes'> | string {
  const limits: {maxNesting?: number; maxBytes?: number} = {}
  for (const [flag, key, unit] of [['max-nesting', 'maxNesting', 'levels'], ['max-bytes', 'maxBytes', 'bytes']] as const) {
    const given = values[flag]
    if (given === undefined) continue
    // Digits only: `Number` would also take `1e3`, `0x10` or an empty string (0).
    const value = /^\d+$/.test(given) ? Number(given) : Number.NaN
    if (!Number.isSafeInteger(value) || value < 1) return 'Expected `--' + flag + '` to be a whole number of ' + unit + ', 1 or more, not `' + given + '`'
    limits[key] = value
  }
  return limits
}

async function read(path: string, io: Io): Promise<VFile | InputError> {
  const decoded = await readInput(path, io.stdin, 'a readable article file')
  if (decoded instanceof InputError) return decoded
  const file = new VFile({path: path === '-' ? '<stdin>' : path, value: decoded.text})
  const {replaced} = decoded
  if (replaced) report(file, 'invalid-character', replaced.reason, {place: {line: replaced.line, column: replaced.column}})
  return file
}

async function readConfig(path: string): Promise<Options> {
  let text: string
  try {
    text = await readFile(path, 'utf8')
  } catch {
    throw new Error('Cannot read config `' + path + '`, expected a JSON file of options')
  }
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch (error) {
    throw new Error('Unexpected invalid JSON in config `' + path + '` (' + (error as Error).message + ')')
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new Error('Expected config `' + path + '` to hold a JSON object of options')
  }
  // Its known entities as an `--entities` file's: each type a schema.org one, a problem at its line and column.
  if ('knownEntities' in value) (await import('../known/read-known-entities.js')).checkConfigKnownEntities(text, path)
  return value as Options
}


function usageError(io: Io, reason: string): number {
  io.stderr.write('newsroom-jsonld: ' + reason + '\nTry `newsroom-jsonld --help`.\n')
  return 2
}
