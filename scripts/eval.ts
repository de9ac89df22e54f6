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
 */
import {readdirSync, readFileSync} from 'node:fs'
import {VFile} from 'vfile'
import {articleToJsonLd, type Options} from '../src/index.js'
import {dice, normalizeName, Score, words} from './eval-matching.js'

interface GoldQuote {
  text: string
  speaker: string | null
  patterns: string[]
}
interface Gold {
  quotes: GoldQuote[]
  people: Array<{name: string}>
  organizations: Array<{name: string; alternateName?: string[]}>
  places: Array<{name: string; geonameId: number | null}>
}

const fixtures = new URL('../test/fixtures/', import.meta.url)
const newsroom = JSON.parse(readFileSync(new URL('newsroom.json', fixtures), 'utf8')) as Options
const verbose = process.argv.includes('--verbose')
// `--prefix heldout-`: score only the articles written after the rules were tuned.
const prefixIndex = process.argv.indexOf('--prefix')
const prefix = prefixIndex === -1 ? '' : (process.argv[prefixIndex + 1] ?? '')
const asJson = process.argv.includes('--json')

const quotes = new Score()
let exact = 0
let speakersRight = 0
const perPattern = new Map<string, {gold: number; found: number; speakerRight: number}>()
const people = new Score()
const organizations = new Score()
const places = new Score()
let resolvedRight = 0
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
  const say = (line: string) => problems.push(entry.name + ': ' + line)

  // Quotes: greedy one-to-one matching, best overlap first.
  const found = article.quotations.map((quotation) => ({quotation, words: words(quotation.text), used: false}))
  const pairs: Array<[number, number, number]> = []
  gold.quotes.forEach((quote, goldIndex) => {
    const goldWords = words(quote.text)
    found.forEach((item, foundIndex) => {
      const overlap = dice(goldWords, item.words)
      if (overlap >= 0.8) pairs.push([overlap, goldIndex, foundIndex])
    })
  })
  pairs.sort((a, b) => b[0] - a[0])
  const matchOf = new Map<number, number>()
  for (const [, goldIndex, foundIndex] of pairs) {
    if (matchOf.has(goldIndex) || found[foundIndex]!.used) continue
    matchOf.set(goldIndex, foundIndex)
    found[foundIndex]!.used = true
  }
  quotes.gold += gold.quotes.length
  quotes.predicted += found.length
  quotes.truePositives += matchOf.size
  quotes.found += matchOf.size
  const entityNames = (name: string) => {
    const entity = article.entities.find((item) => item.name === name)
    return [name, ...(entity?.alternateNames ?? [])].map(normalizeName)
  }
  const goldNames = (name: string) => {
    const organization = gold.organizations.find((item) => item.name === name)
    return [name, ...(organization?.alternateName ?? [])].map(normalizeName)
  }
  gold.quotes.forEach((quote, goldIndex) => {
    const foundIndex = matchOf.get(goldIndex)
    const match = foundIndex === undefined ? undefined : found[foundIndex]!.quotation
    const speaker = match?.speaker?.name
    const right = match !== undefined && (quote.speaker === null ? speaker === undefined : speaker !== undefined && entityNames(speaker).some((name) => goldNames(quote.speaker!).includes(name)))
    if (match) {
      if (words(match.text).join(' ') === words(quote.text).join(' ')) exact++
      if (right) speakersRight++
      else say(`speaker ${speaker ?? 'none'} (${match.speaker?.resolution ?? '-'} "${match.speaker?.phrase?.text ?? ''}"), expected ${quote.speaker} [${quote.patterns.join(' ')}]: ${quote.text.slice(0, 70)}`)
    } else {
      say(`missed [${quote.patterns.join(' ')}] ${quote.speaker}: ${quote.text.slice(0, 90)}`)
    }
    for (const pattern of quote.patterns) {
      const row = perPattern.get(pattern) ?? {gold: 0, found: 0, speakerRight: 0}
      row.gold++
      if (match) row.found++
      if (right) row.speakerRight++
      perPattern.set(pattern, row)
    }
  })
  for (const item of found) if (!item.used) say(`extra quote (${item.quotation.speaker?.name ?? 'none'}): ${item.quotation.text.slice(0, 90)}`)

  // People and organizations.
  const foundPeople = article.entities.filter((entity) => entity.type === 'Person')
  const samePerson = (a: string, b: string) => {
    const x = normalizeName(a).split(' ')
    const y = normalizeName(b).split(' ')
    return x.join(' ') === y.join(' ') || (x[x.length - 1] === y[y.length - 1] && (x.length === 1 || y.length === 1))
  }
  score(people, gold.people.map((person) => person.name), foundPeople.map((person) => person.name), samePerson, 'person')
  const foundOrganizations = article.entities.filter((entity) => entity.type === 'Organization')
  score(
    organizations,
    gold.organizations.map((organization) => organization.name),
    foundOrganizations.map((organization) => organization.name),
    (goldName, foundName) => entityNames(foundName).some((name) => goldNames(goldName).includes(name)),
    'organization'
  )

  // Places: by a name written in the text, or by id.
  const placeMatch = new Map<number, number>()
  gold.places.forEach((place, goldIndex) => {
    const index = article.places.findIndex(
      (item, foundIndex) =>
        ![...placeMatch.values()].includes(foundIndex) &&
        (item.geonameId === place.geonameId || item.mentions.some((mention) => normalizeName(mention.text) === normalizeName(place.name)) || normalizeName(item.name) === normalizeName(place.name))
    )
    if (index === -1) say(`missed place ${place.name}`)
    else {
      placeMatch.set(goldIndex, index)
      if (article.places[index]!.geonameId === place.geonameId) resolvedRight++
      else say(`place ${place.name} resolved to ${article.places[index]!.name} ${article.places[index]!.geonameId}, expected ${place.geonameId}`)
    }
  })
  places.gold += gold.places.length
  places.predicted += article.places.length
  places.truePositives += placeMatch.size
  places.found += placeMatch.size
  article.places.forEach((item, index) => {
    if (![...placeMatch.values()].includes(index)) say(`extra place ${item.name} (${item.mentions.map((mention) => mention.text).join(', ')})`)
  })

  function score(target: Score, goldList: string[], foundList: string[], same: (gold: string, found: string) => boolean, label: string) {
    const used = new Set<number>()
    for (const name of goldList) {
      const index = foundList.findIndex((item, foundIndex) => !used.has(foundIndex) && same(name, item))
      if (index === -1) say(`missed ${label} ${name}`)
      else used.add(index)
    }
    foundList.forEach((name, index) => {
      if (!used.has(index)) say(`extra ${label} ${name}`)
    })
    target.gold += goldList.length
    target.predicted += foundList.length
    target.truePositives += used.size
    target.found += used.size
  }
}

const percent = (value: number) => (value * 100).toFixed(1).padStart(5)
const result = {
  articles,
  quotes: {gold: quotes.gold, found: quotes.predicted, precision: quotes.precision, recall: quotes.recall, f1: quotes.f1, exact: exact / Math.max(1, quotes.truePositives)},
  speakerAccuracy: speakersRight / Math.max(1, quotes.truePositives),
  people: {precision: people.precision, recall: people.recall, f1: people.f1},
  organizations: {precision: organizations.precision, recall: organizations.recall, f1: organizations.f1},
  places: {precision: places.precision, recall: places.recall, f1: places.f1, resolution: resolvedRight / Math.max(1, places.truePositives)},
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
  console.log('\npattern               quotes  recall  speaker')
  for (const [pattern, row] of Object.entries(result.patterns)) {
    console.log(`${pattern.padEnd(20)} ${String(row.gold).padStart(6)}  ${percent(row.recall)}   ${percent(row.speakerAccuracy)}`)
  }
}
