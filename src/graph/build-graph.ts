import type {Graph, Thing} from 'schema-dts'
import type {Article, ArticleEntity, ArticlePlace} from '../article.js'
import {containingPlaces, placeById} from '../gazetteer/gazetteer.js'
import {placeType} from '../gazetteer/place-type.js'
import {collapseWhiteSpace} from '../document/clean-text.js'
import {newsAgency} from '../extract/news-agencies.js'
import type {Author} from '../metadata/authors.js'
import type {Image} from '../metadata/images.js'
import type {Settings} from '../settings.js'
import {type Ids, idsFor} from './ids.js'
import {prune} from './prune.js'

type Node = Record<string, unknown>

/**
 * Build the JSON-LD document of an article: one `@graph` of linked nodes,
 * the article first. Explicit metadata wins over what the text implies.
 */
export function buildGraph(article: Article, settings: Settings): Graph {
  const {metadata} = article
  const ids = idsFor(article.url)
  const headline = metadata.headline ?? (article.headline ? collapseWhiteSpace(article.headline.text) : undefined)
  // Fail closed: with no headline there is no article to describe (`missing-headline` says so), only the page.
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

  const publisher = metadata.publisher
  const publisherId = publisher ? ids.publisher(publisher.url) : undefined
  const publisherNode: Node | undefined = publisher && {
    '@type': 'NewsMediaOrganization',
    '@id': publisherId,
    name: publisher.name,
    url: publisher.url,
    logo: publisher.logo && imageObject(publisher.logo),
    sameAs: publisher.sameAs
  }

  const authors = metadata.authors.length > 0 ? metadata.authors : (article.byline?.authors ?? [])
  // An author with a URL has that URL's id; the same person quoted or named in the text is that node.
  const authorIds = new Map(authors.flatMap((author) => (author.type === 'Person' && author.url ? [[author.name.toLowerCase(), author.url + '#person'] as const] : [])))
  const personId = (name: string) => authorIds.get(name.toLowerCase()) ?? ids.person(name)
  const datelineText = metadata.dateline ?? article.dateline?.text
  const placeNodes = new Map<number, Node>()
  for (const place of article.places) placeNode(place.geonameId)
  const datelinePlace = article.dateline?.geonameId === undefined ? undefined : placeNodes.get(article.dateline.geonameId)
  // An unresolved dateline city is still a named place.
  const place =
    datelinePlace ??
    (article.dateline && {
      '@type': 'Place',
      '@id': ids.place(article.dateline.city),
      name: article.dateline.city
    })
  const mainPlace = datelinePlace ?? mostMentioned()
  const source = article.dateline?.source === undefined ? undefined : newsAgency(article.dateline.source)
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
    author: authors.map((author) => reference(authorNode(author))),
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
    dateline: datelineText,
    locationCreated: place && reference(place),
    contentLocation: mainPlace && reference(mainPlace),
    about: subjects(),
    mentions: [
      ...article.entities.filter((entity) => !isPublisher(entity.name)).map((entity) => reference(entityNode(entity))),
      ...article.places.map((item) => reference(placeNodes.get(item.geonameId)!))
    ],
    sourceOrganization:
      source &&
      (publisherNode && isPublisher(source.name)
        ? {'@id': publisherId}
        : reference({
            '@type': 'Organization',
            '@id': ids.organization(source.name),
            name: source.name,
            alternateName: source.alternateName
          }))
  }

  const webPage = webPageNode(article, ids, headline)

  const quotations = article.quotations.map((quotation, index): Node => ({
    '@type': 'Quotation',
    '@id': (article.url ?? '') + '#quote-' + (index + 1),
    text: quotation.text,
    creator: quotation.speaker && {'@id': speakerId(quotation.speaker)},
    isPartOf: {'@id': ids.article},
    inLanguage: metadata.language
  }))
  // Speakers are mentioned entities; their nodes exist already.
  for (const place of placeNodes.values()) reference(place)

  return {
    '@context': 'https://schema.org',
    '@graph': [articleNode, webPage, ...nodes.values(), ...quotations].map((node) => prune(node) as Thing)
  }

  function entityNode(entity: ArticleEntity): Node {
    if (entity.type === 'Organization') {
      if (isPublisher(entity.name) && publisherNode) return publisherNode
      return {
        '@type': 'Organization',
        '@id': ids.organization(entity.name),
        name: entity.name,
        alternateName: entity.alternateNames.length === 1 ? entity.alternateNames[0] : entity.alternateNames
      }
    }
    return {
      '@type': 'Person',
      '@id': personId(entity.name),
      name: entity.name,
      jobTitle: entity.jobTitle,
      memberOf: entity.memberOf && {'@type': 'Organization', name: entity.memberOf}
    }
  }

  function speakerId(speaker: {type: 'Person' | 'Organization'; name: string}): string {
    if (speaker.type === 'Organization' && isPublisher(speaker.name) && publisherId) return publisherId
    return speaker.type === 'Person' ? personId(speaker.name) : ids.organization(speaker.name)
  }

  /** A GeoNames place and the places containing it, as linked nodes. */
  function placeNode(geonameId: number): Node | undefined {
    const existing = placeNodes.get(geonameId)
    if (existing) return existing
    const item = placeById(geonameId)
    if (!item) return undefined
    const containers = containingPlaces(item)
    const node: Node = {
      '@type': placeType(item),
      '@id': ids.place(String(geonameId)),
      name: item.name,
      geo: {'@type': 'GeoCoordinates', latitude: item.latitude, longitude: item.longitude},
      sameAs: 'https://sws.geonames.org/' + geonameId + '/',
      containedInPlace: containers[0] && {'@id': ids.place(String(containers[0].geonameId))}
    }
    placeNodes.set(geonameId, node)
    for (const container of containers) placeNode(container.geonameId)
    return node
  }

  /** The city the article names most, when there is no dateline. */
  function mostMentioned(): Node | undefined {
    let best: ArticlePlace | undefined
    for (const item of article.places) {
      if (item.type === 'City' && (!best || item.mentions.length > best.mentions.length)) best = item
    }
    return best && placeNodes.get(best.geonameId)
  }

  /** What the headline names is what the article is about. */
  function subjects(): Array<{'@id': string}> {
    const headlineText = (headline ?? '').toLowerCase()
    if (!headlineText) return []
    const result: Array<{'@id': string}> = []
    for (const entity of article.entities) {
      if ([entity.name, ...entity.alternateNames].some((name) => containsWord(headlineText, name.toLowerCase()))) result.push({'@id': (entityNode(entity)['@id'] as string)})
    }
    return result
  }

  /** The publisher by name, or by the call letters in it (`KXYZ` of `KXYZ News`). */
  function isPublisher(name: string): boolean {
    if (publisher === undefined) return false
    if (name.toLowerCase() === publisher.name.toLowerCase()) return true
    return /^[A-Z][A-Z0-9]{2,5}$/.test(name) && publisher.name.split(' ').includes(name)
  }

  function authorNode(author: Author): Node {
    if (author.type === 'Organization') {
      if (publisherNode && isPublisher(author.name)) return publisherNode
      return {'@type': 'Organization', '@id': ids.organization(author.name), name: author.name, url: author.url, sameAs: author.sameAs}
    }
    const affiliation = author.affiliation
    return {
      '@type': 'Person',
      '@id': personId(author.name),
      name: author.name,
      url: author.url,
      jobTitle: author.jobTitle,
      sameAs: author.sameAs,
      affiliation:
        affiliation === undefined
          ? undefined
          : publisherNode && isPublisher(affiliation)
            ? {'@id': publisherId}
            : {'@type': 'Organization', name: affiliation}
    }
  }
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
