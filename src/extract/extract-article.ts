import type {VFile} from 'vfile'
import type {Article, Quotation} from '../article.js'
import type {ArticleDocument} from '../document/document.js'
import {trimPlaceCache} from '../gazetteer/gazetteer.js'
import type {FrontmatterData} from '../input/frontmatter.js'
import {wellFormed} from '../input/well-formed.js'
import {applyKnownEntities} from '../known/apply-known.js'
import {settledPlaces} from '../known/settled-places.js'
import {report} from '../messages.js'
import {readMetadata} from '../metadata/read-metadata.js'
import {resolveUrl} from '../metadata/resolve-url.js'
import type {Settings} from '../settings.js'
import {type AnalyzedBlock, analyzeBlock, endsInQuote} from './analyze.js'
import {articleModel} from './article-model.js'
import {groupEntities} from './entities.js'
import {settleGenders} from './gender.js'
import type {Mention} from './mention.js'
import {findMentions} from './mentions.js'
import {isSportsStory} from './mentions-sports.js'
import {readOpening} from './opening.js'
import {datelinePlaceMentions, placeContext} from './place-context.js'
import {resolveSites} from './place-sites.js'
import {resolvePlaces} from './places.js'
import {withWrittenRegions} from './region-mentions.js'
import {findQuotations} from './quotations.js'
import {findRoleMentions, withMentions} from './role-mentions.js'
import {reportUnconfirmedNames} from './unconfirmed-names.js'
import {extractFormats} from '../formats/extract-formats.js'

/**
 * Run every extractor over a document, in order: metadata; the story's
 * opening (headline, byline, dateline); names, grouped into entities; places,
 * resolved; quotations, attributed. The one pipeline behind
 * `articleToJsonLd` and the unified plugins. `frontmatter` is the document's
 * frontmatter already read (its YAML reader is loaded only for Markdown).
 */
export function extractArticle(document: ArticleDocument, file: VFile, settings: Settings, frontmatter: FrontmatterData): Article {
  // Before this article's first lookup: places decoded for earlier ones stay bounded.
  trimPlaceCache()
  const frontmatterPlace = (key: string) => {
    const offset = frontmatter.offsets.get(key)
    return offset === undefined ? undefined : document.toPosition(offset, offset)?.start
  }
  // The CMS wins over the frontmatter, which wins over what the page's `<meta>` tags say.
  const metadata = readMetadata(
    [{fields: settings.metadata}, {fields: frontmatter.fields, placeOf: frontmatterPlace}, {fields: document.fields ?? {}, placeOf: (key) => document.fieldPlaces?.get(key)}],
    settings,
    file
  )

  const opening = readOpening(document, metadata)
  const {body, dateline, parsedDateline} = opening
  const url = metadata.url ?? (settings.baseUrl && file.stem ? resolveUrl(encodeURIComponent(wellFormed(file.stem)), settings.baseUrl) : undefined)
  reportMissingHead(file, Boolean(opening.headline || metadata.headline), body.length > 0, Boolean(url))

  // Every block is tokenized once; the recognizers share the result.
  // (A paragraph may close a quote the one before left open.)
  const analyzed: AnalyzedBlock[] = []
  for (let index = 0; index < document.blocks.length; index++) analyzed.push(analyzeBlock(document.blocks[index]!, index, endsInQuote(analyzed[index - 1])))
  const named = [...opening.titleBlocks, ...body]
  const ledeBlock = body[0]
  const headlineBlock = opening.titleBlocks[0]
  const sports = isSportsStory(named.map((index) => analyzed[index]!), headlineBlock === undefined ? undefined : analyzed[headlineBlock])
  // The dateline is read by its own parser, not as names (`Co.`).
  const nameStart = (index: number) => (index === ledeBlock && parsedDateline ? parsedDateline.bodyStart : 0)
  const names: Mention[][] = analyzed.map(() => [])
  for (const index of named) names[index] = findMentions(analyzed[index]!, nameStart(index), sports)

  // Coreference: names into entities; pronouns settle genders; `the mayor` is the mayor named before.
  // A loop, not names.flat(): V8's flat() is about 15 times slower on this shape of array.
  const allNames: Mention[] = []
  for (const list of names) for (const mention of list) allNames.push(mention)
  const grouping = groupEntities(allNames)
  const coreference = settleGenders(grouping, analyzed, names)
  const roleMentions = findRoleMentions(analyzed, named, names, coreference)
  for (const {entity, mention} of roleMentions) coreference.attach(entity, mention)
  const mentionsByBlock = withMentions(names, roleMentions.map(({mention}) => mention))

  const datelineMentions = parsedDateline && ledeBlock !== undefined ? datelinePlaceMentions(analyzed[ledeBlock]!, parsedDateline) : []
  // Places the newsroom settled are context for the others.
  const settled = settings.knownEntities && settledPlaces(settings.knownEntities)
  const resolved = resolvePlaces([...datelineMentions, ...grouping.places], placeContext(analyzed, dateline, datelineMentions[0], settled))
  // `Slidell, La.`: the state written after a town is a place the story names too.
  const places = withWrittenRegions(resolved, allNames)
  // Attribution may adopt a speaker the recognizer missed as an entity.
  const found = findQuotations(analyzed, body, mentionsByBlock, coreference)
  // After quotations, so a speaker adopted there is no name left out.
  if (settings.rules['name-without-evidence'] !== 'off') reportUnconfirmedNames(document, mentionsByBlock.flat(), coreference, file)

  const model = articleModel(document, analyzed)
  const {entities, nameOf} = model.entities(grouping.entities, dateline, ledeBlock)
  const quotations = found.quotations.map((quotation) => model.quotation(quotation, nameOf))
  reportUnattributed(file, quotations)

  const datelineCity = datelineMentions[0]
  const datelinePlace = datelineCity && places.find((place) => place.mentions.includes(datelineCity))
  // Streets, airports, seas: places with no gazetteer entry, in the place written after them or the dateline's.
  // (A dateline town the gazetteer lacks, `PEMBERTON, British Columbia 1996-08-24`, is one too.)
  const sites = resolveSites([...datelineMentions.slice(0, 1), ...grouping.places], places, datelinePlace?.place)
  const extracted = {entities, places: [...places.map(model.place), ...sites.map(model.site)], dateline: dateline && {...dateline, geonameId: datelinePlace?.place.geonameId}}
  // The newsroom's own knowledge settles types, places and ids, and finds known names left out.
  const known = settings.knownEntities
    ? applyKnownEntities(extracted, settings.knownEntities, document, {blocks: named, startOf: nameStart}, file)
    : extracted
  return {
    format: document.format,
    metadata,
    url,
    headline: opening.headline,
    dek: opening.dek,
    byline: opening.byline,
    dateline: known.dateline,
    lede: opening.lede,
    wordCount: body.reduce((sum, index) => sum + analyzed[index]!.wordCount, 0),
    entities: known.entities,
    places: known.places,
    quotations,
    quotedTerms: found.terms.map(({part}) => model.term(part)),
    ...extractFormats({document, body: named, metadata, quotations, entities, file, placeOf: frontmatterPlace})
  }
}

/** What the article lacks at its head: a headline (or any text), a URL. */
function reportMissingHead(file: VFile, hasHeadline: boolean, hasText: boolean, hasUrl: boolean): void {
  if (!hasHeadline) {
    if (!hasText) report(file, 'empty-article', 'Unexpected empty article, expected a headline and text', {place: start})
    // An unreadable frontmatter already says why (its title is lost with it).
    else if (!file.messages.some((message) => message.fatal)) {
      report(file, 'no-headline', 'Unexpected article without headline, expected a `title` in frontmatter or a first heading', {place: start})
    }
  }
  if (!hasUrl && hasHeadline) {
    report(file, 'missing-url', 'Unexpected article without URL, expected `url` in frontmatter or the `baseUrl` option; `@id`s are relative', {place: start})
  }
}

/** Each quotation no speaker was found for, at its first part. */
function reportUnattributed(file: VFile, quotations: readonly Quotation[]): void {
  for (const quotation of quotations) {
    if (quotation.speaker) continue
    report(file, 'quote-unattributed', 'Unexpected quote without speaker, expected an attribution such as `said Jane Doe`', {
      place: quotation.parts[0]?.position,
      actual: quotation.text.length > 60 ? quotation.text.slice(0, 57) + '…' : quotation.text
    })
  }
}

/** Where a message about the whole article points (something missing): its start, where frontmatter or a headline goes. */
const start = {line: 1, column: 1} as const
