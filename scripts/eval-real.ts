/**
 * Scores the public API (`articleToJsonLd`, each row's text read as plain
 * text) on the real, hand-annotated corpora in `../shared/data/dev/`; the
 * scoring rules are that folder's README. Nothing read here is written
 * anywhere: the lists of misses are printed only.
 *
 * Run: npm run eval:real [-- --corpus NAME] [--limit N] [--top N] [--json] [--data DIR]
 *
 * - PolNeAR: direct quotes (a gold quote is found when a Quotation contains
 *   its first four words), and the named speaker (the creator shares the
 *   last name of a gold source that is a name; pronoun and nominal sources
 *   are left out, as gold has no coreference to resolve them).
 * - CoNLL-2003 train + valid: PER, ORG, LOC per story, all stories and the
 *   prose ones (median paragraph of at least 12 tokens).
 * - TR-News, GeoWebNews, GeoVirus: places; what counts is in `place-gold.ts`.
 */
import {existsSync, readFileSync} from 'node:fs'
import {resolve} from 'node:path'
import {pathToFileURL} from 'node:url'
import {type CorpusKind, newTally, printTally, type RealArticle, scoreArticle, type Tally} from './eval-real/tally.js'

const option = (name: string) => {
  const index = process.argv.indexOf(name)
  return index === -1 ? undefined : process.argv[index + 1]
}
// `../shared` beside the clone; a git worktree one folder deeper finds it too.
const given = option('--data')
const folder = [given === undefined ? undefined : pathToFileURL(resolve(given) + '/'), new URL('../../shared/data/dev/', import.meta.url), new URL('../../../shared/data/dev/', import.meta.url)].find(
  (url) => url !== undefined && existsSync(url)
)
if (!folder) {
  console.log('eval:real: skipped, ../shared/data/dev/ is absent')
  process.exit(0)
}
const only = option('--corpus')
const limit = Number(option('--limit') ?? Number.POSITIVE_INFINITY)
const top = Number(option('--top') ?? 30)
const asJson = process.argv.includes('--json')

const corpora: Array<{name: string; kind: CorpusKind; files: string[]}> = [
  {name: 'polnear', kind: 'quotes', files: ['quotes-polnear-train.jsonl']},
  {name: 'conll2003', kind: 'entities', files: ['entities-conll2003-train.jsonl', 'entities-conll2003-valid.jsonl']},
  {name: 'tr-news', kind: 'places', files: ['places-tr-news.jsonl']},
  {name: 'geowebnews', kind: 'places', files: ['places-geowebnews.jsonl']},
  {name: 'geovirus', kind: 'places', files: ['places-geovirus.jsonl']}
]

const results: Record<string, unknown> = {}
for (const corpus of corpora) {
  if (only !== undefined && !corpus.name.includes(only)) continue
  const tally: Tally = newTally(corpus.kind)
  const started = performance.now()
  let rows = 0
  for (const file of corpus.files) {
    const lines = readFileSync(new URL(file, folder), 'utf8').split('\n').filter(Boolean)
    for (const line of lines) {
      if (rows >= limit) break
      rows++
      scoreArticle(JSON.parse(line) as RealArticle, corpus.kind, tally)
    }
  }
  const seconds = (performance.now() - started) / 1000
  if (asJson) results[corpus.name] = tally.summary()
  else printTally(corpus.name, rows, seconds, tally, top)
}
if (asJson) console.log(JSON.stringify(results, undefined, 2))
