import type {VFile} from 'vfile'
import type {Article, ArticleEntity, ArticlePlace, Byline, Dateline, Quotation} from '../article.js'
import {containingPlaces} from '../gazetteer/gazetteer.js'
import {isBroadcaster} from '../lexicon/organizations.js'
import {type AnalyzedBlock, analyzeBlock} from './analyze.js'
import {type Entity, groupEntities} from './entities.js'
import {learnGender} from './gender.js'
import {addRoleMentions} from './role-mentions.js'
import {type Mention, findMentions} from './mentions.js'
import {newsAgency} from './news-agencies.js'
import {type ResolvedPlace, resolvePlaces} from './places.js'
import {type FoundQuotation, findQuotations} from './quotations.js'
import type {ArticleDocument, Block} from '../document/document.js'
import {findCountry} from '../gazetteer/countries.js'
import {findUsState} from '../gazetteer/us-states.js'
import {readFrontmatter} from '../input/frontmatter.js'
import {report} from '../messages.js'
import {readMetadata} from '../metadata/read-metadata.js'
import {resolveUrl} from '../metadata/read-metadata.js'
import type {Settings} from '../settings.js'
import {byline as readByline} from './byline.js'
import {type ParsedDateline, isDateOnly, parseDateline} from './dateline.js'
import {type TextSpan, spanOf} from './span.js'

/** Schema.org type of a resolved place. */
function placeType(place: ResolvedPlace['place']): ArticlePlace['type'] {
  if (place.kind === 'city') return 'City'
  if (place.kind === 'country') return 'Country'
  return place.featureCode === 'ADM1' ? 'State' : 'AdministrativeArea'
}

/**
 * Run every extractor over a document: metadata first, then the headline,
 * byline and dateline at the top of the story. The one pipeline behind
 * `articleToJsonLd` and the unified plugins.
 */
export function extractArticle(document: ArticleDocument, file: VFile, settings: Settings): Article {
  const frontmatter = readFrontmatter(document, file)
  const metadata = readMetadata({...frontmatter.fields, ...settings.metadata}, settings, file, (key) => {
    const offset = frontmatter.offsets.get(key)
    return offset === undefined ? undefined : document.toPosition(offset, offset)?.start
  })

  const blocks = document.blocks
  let index = 0
  const headlineBlock = blocks[0]?.kind === 'heading' ? blocks[index++] : undefined
  let dek: TextSpan | undefined
  while (blocks[index]?.kind === 'dek') {
    dek ??= whole(blocks[index]!)
    index++
  }

  let byline: Byline | undefined
  const first = blocks[index]
  const authors = first && first.kind === 'paragraph' ? readByline(first.text, metadata.publisher?.name) : undefined
  if (first && authors) {
    byline = {...whole(first), authors}
    index++
  }
  if (blocks[index] && isDateOnly(blocks[index]!.text)) index++

  const bodyIndices: number[] = []
  for (let position = index; position < blocks.length; position++) if (blocks[position]!.kind !== 'trailer') bodyIndices.push(position)
  const body = bodyIndices.map((position) => blocks[position]!)
  const ledeBlock = body[0]?.kind === 'paragraph' ? body[0] : undefined
  const parsed = ledeBlock ? parseDateline(ledeBlock.text, isRegion) : undefined
  const dateline = ledeBlock && parsed ? toDateline(ledeBlock, parsed) : undefined
  const lede = ledeBlock ? spanOf(document, ledeBlock, parsed?.bodyStart ?? 0, ledeBlock.text.length) : undefined

  const headline = headlineBlock ? whole(headlineBlock) : undefined
  if (!headline && !metadata.headline) {
    if (body.length === 0) {
      report(file, 'empty-article', 'Unexpected empty article, expected a headline and text')
    } else {
      report(file, 'missing-headline', 'Unexpected article without headline, expected a `title` in frontmatter or a first heading')
    }
  }

  const url = metadata.url ?? (settings.baseUrl && file.stem ? resolveUrl(encodeURIComponent(file.stem), settings.baseUrl) : undefined)
  if (!url && (headline || metadata.headline)) {
    report(file, 'missing-url', 'Unexpected article without URL, expected `url` in frontmatter or the `baseUrl` option; `@id`s are relative')
  }

  // Names, places and quotations: every block is tokenized once and shared.
  const analyzed = blocks.map((block, position) => analyzeBlock(block, position))
  const named = [...(headlineBlock ? [0] : []), ...blocks.flatMap((block, position) => (block.kind === 'dek' ? [position] : [])), ...bodyIndices]
  const mentionsByBlock: Mention[][] = analyzed.map(() => [])
  for (const position of named) {
    const skip = position === bodyIndices[0] && parsed ? parsed.bodyStart : 0
    mentionsByBlock[position] = findMentions(analyzed[position]!).filter((mention) => mention.start >= skip)
  }
  const grouping = groupEntities(mentionsByBlock.flat())
  learnGender(analyzed, mentionsByBlock, grouping.entityOf)
  addRoleMentions(analyzed, named, mentionsByBlock, grouping)
  const datelineMentions = dateline && parsed && bodyIndices[0] !== undefined ? datelinePlaceMentions(analyzed[bodyIndices[0]]!, parsed) : []
  const datelineMention = datelineMentions[0]
  const resolved = resolvePlaces([...datelineMentions, ...grouping.places], {
    state: dateline?.state,
    country: dateline?.country,
    federal: isFederal(analyzed, dateline)
  })
  const found = findQuotations(analyzed, bodyIndices, mentionsByBlock, grouping)

  const entities = toEntities(grouping.entities, dateline)
  const quotations = found.quotations.map(toQuotation)
  for (const quotation of quotations) {
    if (quotation.speaker) continue
    report(file, 'quote-unattributed', 'Unexpected quote without speaker, expected an attribution such as `said Jane Doe`', {
      place: quotation.parts[0]?.position,
      actual: quotation.text.length > 60 ? quotation.text.slice(0, 57) + '…' : quotation.text
    })
  }

  const datelinePlace = datelineMention && resolved.find((place) => place.mentions.includes(datelineMention))
  return {
    format: document.format,
    metadata,
    url,
    headline,
    dek,
    byline,
    dateline: dateline && {...dateline, geonameId: datelinePlace?.place.geonameId},
    lede: lede && lede.text.length > 0 ? lede : undefined,
    wordCount: body.reduce((sum, block) => sum + countWords(block.text), 0),
    entities,
    places: resolved.map(toPlace),
    quotations,
    quotedTerms: found.terms.map(({part}) => trimmedSpan(part.block, part.start, part.end))
  }

  function trimmedSpan(block: number, start: number, end: number): TextSpan {
    const text = blocks[block]!.text
    while (start < end && /\s/.test(text.charAt(start))) start++
    while (end > start && /\s/.test(text.charAt(end - 1))) end--
    return spanOf(document, blocks[block]!, start, end)
  }

  function tokenSpan(block: number, first: number, last: number): TextSpan | undefined {
    const tokens = analyzed[block]!.tokens
    const from = tokens[first]
    const to = tokens[last - 1]
    return from && to ? spanOf(document, blocks[block]!, from.start, to.end) : undefined
  }

  function mentionSpan(mention: Mention): TextSpan {
    return spanOf(document, blocks[mention.block]!, mention.start, mention.end)
  }

  function toPlace(resolvedPlace: ResolvedPlace): ArticlePlace {
    const {place} = resolvedPlace
    return {
      type: placeType(place),
      name: place.name,
      geonameId: place.geonameId,
      latitude: place.latitude,
      longitude: place.longitude,
      countryCode: place.countryCode,
      admin1: place.admin1,
      containedIn: containingPlaces(place).map((container) => container.geonameId),
      mentions: resolvedPlace.mentions.map(mentionSpan)
    }
  }

  function toQuotation(quotation: FoundQuotation): Quotation {
    const parts = quotation.parts.map((part) => trimmedSpan(part.block, part.start, part.end)).filter((part) => part.text.length > 0)
    const attribution = quotation.attribution
    const speaker = quotation.speaker
    return {
      text: parts.map((part) => part.text).join(' '),
      parts,
      cue: attribution && tokenSpan(attribution.block, attribution.value.cue[0], attribution.value.cue[1]),
      speaker: speaker && {
        type: speaker.entity.kind === 'person' ? 'Person' : 'Organization',
        name: speaker.entity.name,
        phrase: attribution && tokenSpan(attribution.block, attribution.value.speaker[0], attribution.value.speaker[1]),
        resolution: speaker.resolution
      }
    }
  }

  function toEntities(list: readonly Entity[], datelineValue: Dateline | undefined): ArticleEntity[] {
    const result: ArticleEntity[] = []
    // The station in a local TV dateline (`KDVR`) is the one its channel brand (`FOX31`) names.
    const source = datelineValue?.source
    const station = source !== undefined && /^[KW][A-Z]{2,3}$/.test(source) ? source : undefined
    let stationEntity: {alternateNames: string[]; mentions: TextSpan[]} | undefined
    for (const entity of list) {
      const brand = station !== undefined && entity.kind === 'organization' && entity.name !== station && isBroadcaster(entity.name)
      if (brand || (station !== undefined && entity.name === station)) {
        stationEntity ??= {alternateNames: [], mentions: []}
        if (entity.name !== station) stationEntity.alternateNames.push(entity.name)
        stationEntity.mentions.push(...entity.mentions.map(mentionSpan))
        continue
      }
      result.push({
        type: entity.kind === 'person' ? 'Person' : 'Organization',
        name: entity.name,
        alternateNames: entity.alternateNames,
        jobTitle: entity.jobTitle,
        memberOf: entity.memberOf,
        mentions: entity.mentions.map(mentionSpan)
      })
    }
    // The credited source (`KDVR`, `AP`) is named by the dateline.
    if (source !== undefined && datelineValue) {
      const agency = newsAgency(source)
      const creditStart = datelineValue.text.lastIndexOf(source)
      const credit = creditStart === -1 || bodyIndices[0] === undefined ? [] : [spanOf(document, blocks[bodyIndices[0]]!, creditStart, creditStart + source.length)]
      const existing = result.find((entity) => entity.type === 'Organization' && (entity.name === agency.name || entity.alternateNames.includes(source)))
      if (existing) (existing.mentions as TextSpan[]).unshift(...credit)
      else {
        const alternateNames = [...(agency.alternateName ? [agency.alternateName] : []), ...(stationEntity?.alternateNames ?? [])]
        result.push({type: 'Organization', name: agency.name, alternateNames, jobTitle: undefined, memberOf: undefined, mentions: [...credit, ...(stationEntity?.mentions ?? [])]})
      }
    }
    return result
  }

  function whole(block: Block): TextSpan {
    return spanOf(document, block, 0, block.text.length)
  }

  function toDateline(block: Block, parsed: ParsedDateline): Dateline {
    const state = parsed.region === undefined ? undefined : findUsState(parsed.region)
    const country = state ? undefined : parsed.region === undefined ? undefined : findCountry(parsed.region)
    return {
      ...spanOf(document, block, 0, parsed.text.length),
      city: displayName(parsed.city),
      region: parsed.region,
      state: state?.postalCode,
      country: state ? 'US' : country?.code,
      source: parsed.source,
      geonameId: undefined
    }
  }
}

/**
 * The dateline's city, and its state or country (`Co.` → Colorado), as
 * place mentions, so they are resolved with the others.
 */
function datelinePlaceMentions(analyzed: AnalyzedBlock, parsed: ParsedDateline): Mention[] {
  const place = (name: string, start: number, end: number, region: string | undefined): Mention => {
    const first = analyzed.tokens.findIndex((token) => token.start >= start)
    const last = analyzed.tokens.findIndex((token) => token.start >= end)
    return {
      kind: 'place',
      name,
      block: analyzed.index,
      start,
      end,
      first,
      last: last === -1 ? analyzed.tokens.length : last,
      inQuote: false,
      title: undefined,
      jobTitle: undefined,
      qualifier: undefined,
      region,
      gender: 'unknown',
        surnameOnly: false,
      tentative: false,
      roles: []
    }
  }
  const mentions = [place(parsed.city, 0, parsed.city.length, parsed.region)]
  if (parsed.region !== undefined) {
    const name = findUsState(parsed.region)?.name ?? findCountry(parsed.region)?.name
    const start = parsed.text.indexOf(parsed.region, parsed.city.length)
    if (name !== undefined && start !== -1) mentions.push(place(name, start, start + parsed.region.length, undefined))
  }
  return mentions
}

/** `WASHINGTON (AP) —`, or Congress and the White House in the text: `Washington` is D.C. */
function isFederal(analyzed: readonly AnalyzedBlock[], dateline: Dateline | undefined): boolean {
  if (dateline && dateline.city.toLowerCase() === 'washington' && dateline.region === undefined) return true
  return analyzed.some((block) => block.tokens.some((token, index) => token.lower === 'congress' || token.lower === 'capitol' || (token.lower === 'white' && block.tokens[index + 1]?.lower === 'house')))
}

function isRegion(region: string): boolean {
  return findUsState(region) !== undefined || findCountry(region) !== undefined
}

/** `DENVER` → `Denver`, `ST. LOUIS` → `St. Louis`; mixed case stays. */
function displayName(city: string): string {
  if (city !== city.toUpperCase()) return city
  return city.toLowerCase().replace(/(^|[\s-])(\p{L})/gu, (_, before: string, letter: string) => before + letter.toUpperCase())
}

function countWords(text: string): number {
  let count = 0
  let inWord = false
  for (const char of text) {
    const isWordChar = /[\p{L}\p{N}]/u.test(char)
    if (isWordChar && !inWord) count++
    if (char === ' ' || char === '\n' || char === '\t') inWord = false
    else if (isWordChar) inWord = true
  }
  return count
}
