// `newsroom-jsonld entities ARCHIVE --out entities.yaml`: a batch over an archive, drafted into a known-entities file.
import {writeFile} from 'node:fs/promises'
import {parseArgs} from 'node:util'
import {articlesToJsonLd} from '../batch/articles-to-json-ld.js'
import {defaultConcurrency} from '../batch/default-concurrency.js'
import {createDraft} from '../known/draft-entities.js'
import type {KnownEntity} from '../known/known-entity.js'
import type {Options} from '../settings.js'
import {toSettings} from '../settings.js'
import {articleFiles} from './article-files.js'
import {fileInputs} from './batch-inputs.js'
import {readKnownEntitiesFile, readSiteFile, readText} from './config-files.js'
import {formatMessage} from './format-message.js'
import type {Io} from './io.js'
import {createOutputClaims} from './output-path.js'

const usage = `Usage: newsroom-jsonld entities [options] ARCHIVE... --out entities.yaml

Run a batch over an archive (files, folders, quoted glob patterns) and draft
a known-entities file: the people, organizations and places named in the
most articles, with counts, their titles and the places' GeoNames ids.
Drafted entries are marked \`review: true\` for an editor to confirm.

Options:
  --out <file>          where to write the draft (default: standard output)
  --entities <file>     known entities already confirmed: kept as they are, not marked for review
  --config <file>       JSON file of newsroom defaults (publisher, baseUrl, timeZone, …)
  --site <file>         YAML or JSON site file (the publisher, the base of ids)
  --top <n>             most entries written (default: 100)
  --min-articles <n>    fewest articles an entity must be named in (default: 2)
  --concurrency <n>     worker threads (default: the cores)
  -h, --help            show this help

Exit status: 0 on success (articles that fail are reported and left out), 2 on usage errors.
`

/** Run `newsroom-jsonld entities …`; resolves to the exit code. */
export async function entitiesCommand(args: readonly string[], io: Io): Promise<number> {
  let parsed
  try {
    parsed = parseArgs({
      args: [...args],
      allowPositionals: true,
      options: {
        out: {type: 'string'},
        entities: {type: 'string'},
        config: {type: 'string'},
        site: {type: 'string'},
        top: {type: 'string', default: '100'},
        'min-articles': {type: 'string', default: '2'},
        concurrency: {type: 'string'},
        help: {type: 'boolean', short: 'h'}
      }
    })
  } catch (error) {
    return fail(io, (error as Error).message)
  }
  const {values, positionals} = parsed
  if (values.help) {
    io.stdout.write(usage)
    return 0
  }
  if (positionals.length === 0) return fail(io, 'Expected an ARCHIVE: files, folders or quoted glob patterns of articles')
  const top = Number(values.top)
  const minArticles = Number(values['min-articles'])
  const concurrency = values.concurrency === undefined ? defaultConcurrency() : Number(values.concurrency)
  for (const [name, value] of [['--top', top], ['--min-articles', minArticles], ['--concurrency', concurrency]] as const) {
    if (!Number.isInteger(value) || value < 1) return fail(io, 'Expected `' + name + '` to be a whole number, 1 or more')
  }
  let options: Options
  let confirmed: KnownEntity[] | undefined
  try {
    confirmed = values.entities ? await readKnownEntitiesFile(values.entities) : undefined
    const config = values.config ? (JSON.parse(await readText(values.config, 'a JSON file of options')) as Options) : {}
    // The confirmed entries link as in any run, so their counts gather under their ids.
    const site = values.site ? await readSiteFile(values.site) : config.site
    options = {...config, knownEntities: confirmed ?? config.knownEntities, site}
    toSettings(options)
  } catch (error) {
    return fail(io, (error as Error).message)
  }

  const {files, root} = await articleFiles(positionals)
  const inputs = fileInputs(files, root, {outDir: undefined, extension: '.jsonld', claim: createOutputClaims()}, io.stdin, async () => false)
  const draft = createDraft()
  let failed = 0
  for await (const record of articlesToJsonLd(sources(inputs), {...options, concurrency})) {
    if (record.error || !record.jsonld) {
      failed++
      if (record.error) io.stderr.write(formatMessage(record.id, record.error) + '\n')
      continue
    }
    draft.add(record.jsonld)
  }
  const yaml = draft.toYaml({top, minArticles, confirmed})
  if (values.out === undefined) io.stdout.write(yaml)
  else await writeFile(values.out, yaml)
  const written = draft.entries({top, minArticles, confirmed}).length
  io.stderr.write(`Drafted ${written} entr${written === 1 ? 'y' : 'ies'} from ${draft.articles} article${draft.articles === 1 ? '' : 's'}` + (failed > 0 ? ` (${failed} failed)` : '') + (values.out ? ' into ' + values.out : '') + '\n')
  return 0
}

async function* sources(inputs: AsyncIterable<{source: import('../batch/process-article.js').ArticleSource}>) {
  for await (const input of inputs) yield input.source
}

function fail(io: Io, reason: string): number {
  io.stderr.write('newsroom-jsonld entities: ' + reason + '\nTry `newsroom-jsonld entities --help`.\n')
  return 2
}
