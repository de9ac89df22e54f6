import type {Graph, Thing} from 'schema-dts'
import type {Article} from '../article.js'
import {collapseWhiteSpace} from '../document/clean-text.js'
import {newsAgency} from '../extract/news-agencies.js'
import type {Image} from '../metadata/images.js'
import type {Settings} from '../settings.js'
import {type Ids, idsFor} from './ids.js'
import {formatNodes} from './format-nodes.js'
import type {GraphNode} from './node.js'
import {type PartyNodes, partyNodes} from './party-nodes.js'
import {placeKey, type PlaceNodes, placeNodes} from './place-nodes.js'
import {prune} from './prune.js'
import {knownByName} from '../known/known-node.js'
import {siteNodes} from '../site/site-nodes.js'

type Node = GraphNode

/**
 * Build the JSON-LD document of an article: one `@graph` of linked nodes,
 * the article first. Explicit metadata wins over what the text implies.
 */
export function buildGraph(article: Article, settings: Settings): Graph {
  const {metadata} = article
  const ids = idsFor(article.url)
  const headline = metadata.headline ?? (article.headline ? collapseWhiteSpace(article.headline.text) : undefined)
  // Fail closed: with no headline there is no article to describe (`no-headline` says so), only the page.
  if (!headline) return {'@context': 'https://schema.org', '@graph': [prune(webPageNode(article, ids, undefined)) as Thing]}
  const nodes = new Map<string, Node>()
  // One node per `@id`: a person who is both author and quoted is one node.
  const reference = (node: Node) => {
    const id = node['@id'] as string
    const existing = nodes.get(id)
    if (!existing) nodes.set(id, node)
    else for (const [key, value] of Object.entries(node)) existing[key] ??= value
    return {'@id': id}
  }

  const authors = metadata.authors.length > 0 ? metadata.authors : (article.byline?.authors ?? [])
  const parties = partyNodes(ids, metadata.publisher, authors, imageObject, knownByName(article.entities, settings.knownEntities))
  const {publisherId, publisherNode, isPublisher, entityNode} = parties
  const datelineText = metadata.dateline ?? article.dateline?.text
  const places = placeNodes(article, ids, settings.knownEntities)
  const placeNodesByKey = places.byKey
  const {place, mainPlace} = storyPlaces(article, ids, places)
  const published = metadata.datePublished

  const articleNode: Node = {
    '@type': metadata.type ?? settings.type,
    '@id': ids.article,
    headline,
    alternativeHeadline: metadata.alternativeHeadline,
    description: metadata.description ?? summary(article.dek?.text ?? article.lede?.text),
    url: article.url,
    mainEntityOfPage: {'@id': ids.webPage},
    datePublished: published,
    dateModified: metadata.dateModified,
    author: authors.map((author) => reference(parties.authorNode(author))),
    publisher: publisherNode && reference(publisherNode),
    image: metadata.images.map(imageObject),
    articleSection: metadata.sections.length === 1 ? metadata.sections[0] : metadata.sections,
    keywords: metadata.keywords,
    inLanguage: metadata.language,
    wordCount: article.wordCount,
    isAccessibleForFree: metadata.isAccessibleForFree,
    hasPart:
      metadata.isAccessibleForFree === false && metadata.paywallSelector
        ? {'@type': 'WebPageElement', isAccessibleForFree: false, cssSelector: metadata.paywallSelector}
        : undefined,
    copyrightYear: published ? Number(published.slice(0, 4)) : undefined,
    copyrightHolder: publisherNode && published ? {'@id': publisherId} : undefined,
    // `dateline` is a `NewsArticle` property; a live blog has none.
    dateline: (metadata.type ?? settings.type) === 'LiveBlogPosting' ? undefined : datelineText,
    locationCreated: place && reference(place),
    contentLocation: mainPlace && reference(mainPlace),
    about: subjects(headline, article, entityNode),
    mentions: [
      ...article.entities.filter((entity) => !isPublisher(entity.name)).map((entity) => reference(entityNode(entity))),
      ...article.places.map((item) => reference(placeNodesByKey.get(placeKey(item))!))
    ],
    sourceOrganization: sourceOrganization(article, ids, parties, reference)
  }

  const webPage = webPageNode(article, ids, headline)
  const formats = formatNodes(article, ids, parties, reference)
  Object.assign(articleNode, formats.properties)
  // The site's website and breadcrumb: article and site pages form one graph.
  const site = settings.site && siteNodes(settings.site, article.url, metadata.sections, headline)
  if (site) Object.assign(webPage, site.webPage)

  const quotations = quotationNodes(article, ids, parties, formats.quotationParent)
  // Speakers are mentioned entities; their nodes exist already.
  for (const place of placeNodesByKey.values()) reference(place)

  return {
    '@context': 'https://schema.org',
    '@graph': [articleNode, webPage, ...nodes.values(), ...quotations, ...formats.nodes, ...(site?.nodes ?? [])].map((node) => prune(node) as Thing)
  }

}

/**
 * Where the story was written (the dateline's city; unresolved, still a
 * named place) and where it happens (the dateline's city, else the city it
 * names most).
 */
function storyPlaces(article: Article, ids: Ids, places: PlaceNodes): {place: Node | undefined; mainPlace: Node | undefined} {
  const {dateline} = article
  const datelinePlace = dateline?.geonameId === undefined ? undefined : places.byKey.get(String(dateline.geonameId))
  const place = datelinePlace ?? (dateline && {'@type': 'Place', '@id': ids.place(dateline.city), name: dateline.city})
  return {place, mainPlace: datelinePlace ?? places.mostMentioned}
}

/** The news agency the dateline credits (`(AP)`): the publisher itself, or an organization of its own. */
function sourceOrganization(article: Article, ids: Ids, parties: PartyNodes, reference: (node: Node) => {'@id': string}): {'@id': string | undefined} | undefined {
  const source = article.dateline?.source === undefined ? undefined : newsAgency(article.dateline.source)
  if (!source) return undefined
  if (parties.publisherNode && parties.isPublisher(source.name)) return {'@id': parties.publisherId}
  return reference({'@type': 'Organization', '@id': ids.organization(source.name), name: source.name, alternateName: source.alternateName})
}

/** What the headline names is what the article is about. */
function subjects(headline: string, article: Article, entityNode: PartyNodes['entityNode']): Array<{'@id': string}> {
  const headlineText = headline.toLowerCase()
  const result: Array<{'@id': string}> = []
  for (const entity of article.entities) {
    if ([entity.name, ...entity.alternateNames].some((name) => containsWord(headlineText, name.toLowerCase()))) result.push({'@id': entityNode(entity)['@id'] as string})
  }
  return result
}

/** The article's direct quotations, each linked to its speaker's node. */
function quotationNodes(article: Article, ids: Ids, parties: PartyNodes, parent: ReadonlyMap<number, string>): Node[] {
  return article.quotations.map((quotation, index): Node => ({
    '@type': 'Quotation',
    '@id': (article.url ?? '') + '#quote-' + (index + 1),
    text: quotation.text,
    creator: quotation.speaker && {'@id': parties.speakerId(quotation.speaker)},
    // In a live blog, the update it stands in.
    isPartOf: {'@id': parent.get(index) ?? ids.article},
    inLanguage: article.metadata.language
  }))
}

/** The page the article is on. */
function webPageNode(article: Article, ids: Ids, headline: string | undefined): Node {
  const {metadata} = article
  return {
    '@type': 'WebPage',
    '@id': ids.webPage,
    url: article.url,
    name: headline,
    inLanguage: metadata.language,
    primaryImageOfPage: metadata.images[0] && imageObject(metadata.images[0])
  }
}

/** Whether `text` holds `word` with word boundaries on both sides. */
function containsWord(text: string, word: string): boolean {
  let index = text.indexOf(word)
  while (index !== -1) {
    const before = text.charAt(index - 1)
    const after = text.charAt(index + word.length)
    if (!/[\p{L}\p{N}]/u.test(before) && !/[\p{L}\p{N}]/u.test(after)) return true
    index = text.indexOf(word, index + 1)
  }
  return false
}

function imageObject(image: Image): Node {
  return {
    '@type': 'ImageObject',
    url: image.url,
    width: image.width,
    height: image.height,
    caption: image.caption,
    creditText: image.credit
  }
}

/** A description from running text: whole sentences up to about 300 characters. */
function summary(text: string | undefined): string | undefined {
  if (text === undefined) return undefined
  const clean = collapseWhiteSpace(text)
  if (clean.length <= 300) return clean
  const cut = clean.lastIndexOf('. ', 300)
  if (cut > 100) return clean.slice(0, cut + 1)
  const space = clean.lastIndexOf(' ', 297)
  return clean.slice(0, space > 0 ? space : 297) + '…'
}
