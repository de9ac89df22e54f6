/**
 * Scores extraction against the gold annotations of the fixture corpus
 * (test/fixtures/<slug>/gold.json, format in test/fixtures/README.md).
 * Run: npm run eval [-- --verbose] [--json] [--prefix heldout-]
 *
 * - Quotes: a found quotation matches a gold one when their words overlap
 *   (Dice coefficient of word bags >= 0.8, one-to-one); precision, recall
 *   and F1, overall and per pattern, plus the share of exact word matches.
 * - Speakers: of matched quotes, the share whose speaker is the gold one
 *   (the same entity by name or alternate name; both none counts as right).
 * - People, organizations, places: entity-level F1 by name (organizations
 *   also by alternate names; places by the names written in the text or
 *   GeoNames id); resolution: of matched places, the share with the gold id.
 * - Datelines: the share of annotated articles whose dateline is the gold one.
 * The matching rules live in scripts/gold-match.ts (the fixture test uses them too).
 */
import {readdirSync, readFileSync} from 'node:fs'
import {VFile} from 'vfile'
import {articleToJsonLd, type Options} from '../src/index.js'
import {Score} from './eval-matching.js'
import {compareWithGold, type Gold, type Tally} from './gold-match.js'

const fixtures = new URL('../test/fixtures/', import.meta.url)
const newsroom = JSON.parse(readFileSync(new URL('newsroom.json', fixtures), 'utf8')) as Options
const verbose = process.argv.includes('--verbose')
// `--prefix heldout-`: score only the articles written after the rules were tuned.
const prefixIndex = process.argv.indexOf('--prefix')
const prefix = prefixIndex === -1 ? '' : (process.argv[prefixIndex + 1] ?? '')
const asJson = process.argv.includes('--json')

// Adds one article's tally into a running score.
function add(score: Score, tally: Tally) {
  score.truePositives += tally.truePositives
  score.found += tally.truePositives
  score.predicted += tally.predicted
  score.gold += tally.gold
}

const quotes = new Score()
let exact = 0
let speakersRight = 0
const perPattern = new Map<string, {gold: number; found: number; speakerRight: number}>()
const people = new Score()
const organizations = new Score()
const places = new Score()
let resolvedRight = 0
const datelines = {annotated: 0, right: 0}
const problems: string[] = []
let articles = 0

for (const entry of readdirSync(fixtures, {withFileTypes: true})) {
  if (!entry.isDirectory() || !entry.name.startsWith(prefix)) continue
  const folder = new URL(entry.name + '/', fixtures)
  const input = readdirSync(folder).find((name) => name.startsWith('input.'))
  if (!input) continue
  articles++
  const gold = JSON.parse(readFileSync(new URL('gold.json', folder), 'utf8')) as Gold
  const file = new VFile({path: entry.name + input.slice('input'.length), value: readFileSync(new URL(input, folder), 'utf8')})
  const {article} = articleToJsonLd(file, newsroom)
  const comparison = compareWithGold(article, gold)
  add(quotes, comparison.quotes)
  exact += comparison.quotes.exact
  speakersRight += comparison.quotes.speakersRight
  for (const {pattern, found, speakerRight} of comparison.patterns) {
    const row = perPattern.get(pattern) ?? {gold: 0, found: 0, speakerRight: 0}
    row.gold++
    if (found) row.found++
    if (speakerRight) row.speakerRight++
    perPattern.set(pattern, row)
  }
  add(people, comparison.people)
  add(organizations, comparison.organizations)
  add(places, comparison.places)
  resolvedRight += comparison.places.resolvedRight
  if (comparison.datelineRight !== undefined) {
    datelines.annotated++
    if (comparison.datelineRight) datelines.right++
  }
  for (const miss of comparison.misses) problems.push(entry.name + ': ' + miss)
}

const percent = (value: number) => (value * 100).toFixed(1).padStart(5)
const result = {
  articles,
  quotes: {gold: quotes.gold, found: quotes.predicted, precision: quotes.precision, recall: quotes.recall, f1: quotes.f1, exact: exact / Math.max(1, quotes.truePositives)},
  speakerAccuracy: speakersRight / Math.max(1, quotes.truePositives),
  people: {precision: people.precision, recall: people.recall, f1: people.f1},
  organizations: {precision: organizations.precision, recall: organizations.recall, f1: organizations.f1},
  places: {precision: places.precision, recall: places.recall, f1: places.f1, resolution: resolvedRight / Math.max(1, places.truePositives)},
  datelineAccuracy: datelines.right / Math.max(1, datelines.annotated),
  patterns: Object.fromEntries([...perPattern].sort().map(([pattern, row]) => [pattern, {gold: row.gold, recall: row.found / row.gold, speakerAccuracy: row.found ? row.speakerRight / row.found : 0}]))
}

if (asJson) {
  console.log(JSON.stringify(result, undefined, 2))
} else {
  if (verbose) console.log(problems.join('\n') + '\n')
  console.log(`${articles} articles, ${quotes.gold} gold quotes, ${quotes.predicted} found\n`)
  console.log('                     precision recall    F1')
  console.log(`quotes                  ${percent(quotes.precision)}  ${percent(quotes.recall)} ${percent(quotes.f1)}   (exact words ${percent(result.quotes.exact).trim()}%)`)
  console.log(`speaker accuracy                          ${percent(result.speakerAccuracy)}`)
  console.log(`people                  ${percent(people.precision)}  ${percent(people.recall)} ${percent(people.f1)}`)
  console.log(`organizations           ${percent(organizations.precision)}  ${percent(organizations.recall)} ${percent(organizations.f1)}`)
  console.log(`places                  ${percent(places.precision)}  ${percent(places.recall)} ${percent(places.f1)}   (resolution ${percent(result.places.resolution).trim()}%)`)
  console.log(`dateline accuracy                         ${percent(result.datelineAccuracy)}   (${datelines.annotated} annotated)`)
  console.log('\npattern               quotes  recall  speaker')
  for (const [pattern, row] of Object.entries(result.patterns)) {
    console.log(`${pattern.padEnd(20)} ${String(row.gold).padStart(6)}  ${percent(row.recall)}   ${percent(row.speakerAccuracy)}`)
  }
}
