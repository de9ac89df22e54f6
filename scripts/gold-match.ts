/**
 * Matching an extracted article against its gold annotations
 * (test/fixtures/<slug>/gold.json, format in test/fixtures/README.md).
 * One set of rules for `npm run eval` (which adds the tallies up) and the
 * fixture test (which compares each article's misses with the known ones).
 *
 * - Quotes: a found quotation matches a gold one when their words overlap
 *   (Dice coefficient of word bags >= 0.8, one-to-one, best overlap first).
 * - Speakers: of matched quotes, whether the speaker is the gold one
 *   (the same entity by name or alternate name; both none counts as right).
 * - People: the same normalized name, or the same last word when one side
 *   is a single word. Organizations: by name or alternate names.
 * - Places: by a name written in the text, the place's name or the GeoNames
 *   id; resolution: whether a matched place has the gold id.
 * - Dateline: city (any case), region and source as written, or none.
 */
import type {Article} from '../src/index.js'
import {dice, normalizeName, words} from './eval-matching.js'

export interface GoldQuote {
  text: string
  speaker: string | null
  patterns: string[]
}

export interface GoldDateline {
  city: string
  region: string | null
  source: string | null
}

export interface Gold {
  quotes: GoldQuote[]
  people: Array<{name: string}>
  organizations: Array<{name: string; alternateName?: string[]}>
  /** `geonameId: null`: a place GeoNames' id is not known for (a US county, a province abroad). */
  places: Array<{name: string; geonameId: number | null}>
  /** `null`: the story has no dateline; absent: not annotated. */
  dateline?: GoldDateline | null
}

/** Counts for precision and recall. */
export interface Tally {
  truePositives: number
  predicted: number
  gold: number
}

/** How one article compares with its gold. */
export interface GoldComparison {
  quotes: Tally & {exact: number; speakersRight: number}
  /** One row per gold quote and pattern. */
  patterns: Array<{pattern: string; found: boolean; speakerRight: boolean}>
  people: Tally
  organizations: Tally
  places: Tally & {resolvedRight: number}
  /** `undefined` when the gold has no dateline annotation. */
  datelineRight: boolean | undefined
  /** Every disagreement, one line each, stable across runs. */
  misses: string[]
}

const emptyTally = (): Tally => ({truePositives: 0, predicted: 0, gold: 0})
const clip = (text: string, length: number) => (text.length > length ? text.slice(0, length).trimEnd() + '…' : text)

/** Compare one extracted article with its gold annotations. */
export function compareWithGold(article: Article, gold: Gold): GoldComparison {
  const misses: string[] = []
  const result: GoldComparison = {
    quotes: {...emptyTally(), exact: 0, speakersRight: 0},
    patterns: [],
    people: emptyTally(),
    organizations: emptyTally(),
    places: {...emptyTally(), resolvedRight: 0},
    datelineRight: undefined,
    misses
  }
  const entityNames = (name: string) => {
    const entity = article.entities.find((item) => item.name === name)
    return [name, ...(entity?.alternateNames ?? [])].map(normalizeName)
  }
  const goldNames = (name: string) => {
    const organization = gold.organizations.find((item) => item.name === name)
    return [name, ...(organization?.alternateName ?? [])].map(normalizeName)
  }

  compareQuotes()
  compareEntities()
  comparePlaces()
  compareDateline()
  return result

  function compareQuotes() {
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
    result.quotes.gold += gold.quotes.length
    result.quotes.predicted += found.length
    result.quotes.truePositives += matchOf.size

    gold.quotes.forEach((quote, goldIndex) => {
      const foundIndex = matchOf.get(goldIndex)
      const match = foundIndex === undefined ? undefined : found[foundIndex]!.quotation
      const speaker = match?.speaker?.name
      const right =
        match !== undefined &&
        (quote.speaker === null ? speaker === undefined : speaker !== undefined && entityNames(speaker).some((name) => goldNames(quote.speaker!).includes(name)))
      if (match) {
        if (words(match.text).join(' ') === words(quote.text).join(' ')) result.quotes.exact++
        if (right) result.quotes.speakersRight++
        else misses.push(`speaker ${speaker ?? 'none'}, expected ${quote.speaker ?? 'none'} [${quote.patterns.join(' ')}]: ${clip(quote.text, 70)}`)
      } else {
        misses.push(`missed quote [${quote.patterns.join(' ')}] ${quote.speaker ?? 'none'}: ${clip(quote.text, 90)}`)
      }
      for (const pattern of quote.patterns) result.patterns.push({pattern, found: match !== undefined, speakerRight: right})
    })
    for (const item of found) if (!item.used) misses.push(`extra quote (${item.quotation.speaker?.name ?? 'none'}): ${clip(item.quotation.text, 90)}`)
  }

  function compareEntities() {
    const samePerson = (a: string, b: string) => {
      const x = normalizeName(a).split(' ')
      const y = normalizeName(b).split(' ')
      return x.join(' ') === y.join(' ') || (x.at(-1) === y.at(-1) && (x.length === 1 || y.length === 1))
    }
    const names = (type: 'Person' | 'Organization') => article.entities.filter((entity) => entity.type === type).map((entity) => entity.name)
    tallyNames(result.people, 'person', gold.people.map((person) => person.name), names('Person'), samePerson)
    tallyNames(
      result.organizations,
      'organization',
      gold.organizations.map((organization) => organization.name),
      names('Organization'),
      (goldName, foundName) => entityNames(foundName).some((name) => goldNames(goldName).includes(name))
    )
  }

  function tallyNames(target: Tally, label: string, goldList: string[], foundList: string[], same: (gold: string, found: string) => boolean) {
    const used = new Set<number>()
    for (const name of goldList) {
      const index = foundList.findIndex((item, foundIndex) => !used.has(foundIndex) && same(name, item))
      if (index === -1) misses.push(`missed ${label} ${name}`)
      else used.add(index)
    }
    foundList.forEach((name, index) => {
      if (!used.has(index)) misses.push(`extra ${label} ${name}`)
    })
    target.gold += goldList.length
    target.predicted += foundList.length
    target.truePositives += used.size
  }

  function comparePlaces() {
    const used = new Set<number>()
    for (const place of gold.places) {
      const index = article.places.findIndex(
        (item, foundIndex) =>
          !used.has(foundIndex) &&
          // (A gold place with no id matches by name only: no id is no evidence of the same place.)
          ((place.geonameId !== null && item.geonameId === place.geonameId) ||
            item.mentions.some((mention) => normalizeName(mention.text) === normalizeName(place.name)) ||
            normalizeName(item.name) === normalizeName(place.name))
      )
      if (index === -1) {
        misses.push(`missed place ${place.name}`)
        continue
      }
      used.add(index)
      const item = article.places[index]!
      if ((item.geonameId ?? null) === place.geonameId) result.places.resolvedRight++
      else misses.push(`place ${place.name} resolved to ${item.name} ${item.geonameId}, expected ${place.geonameId}`)
    }
    result.places.gold += gold.places.length
    result.places.predicted += article.places.length
    result.places.truePositives += used.size
    article.places.forEach((item, index) => {
      if (!used.has(index)) misses.push(`extra place ${item.name} (${item.mentions.map((mention) => mention.text).join(', ')})`)
    })
  }

  function compareDateline() {
    if (gold.dateline === undefined) return
    const found = article.dateline
    const expected = gold.dateline
    const show = (dateline: {city: string; region: string | null | undefined; source: string | null | undefined} | null | undefined) =>
      dateline ? [dateline.city, dateline.region ?? '-', dateline.source ?? '-'].join(' | ') : 'none'
    result.datelineRight =
      expected === null
        ? found === undefined
        : found !== undefined &&
          found.city.toLowerCase() === expected.city.toLowerCase() &&
          (found.region ?? null) === expected.region &&
          (found.source ?? null) === expected.source
    if (!result.datelineRight) misses.push(`dateline ${show(found)}, expected ${show(expected)}`)
  }
}
