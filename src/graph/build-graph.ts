import type {Graph, Thing} from 'schema-dts'
import type {Article} from '../article.js'
import {collapseWhiteSpace} from '../document/clean-text.js'
import {newsAgency} from '../extract/news-agencies.js'
import type {Author} from '../metadata/authors.js'
import type {Image} from '../metadata/images.js'
import type {Settings} from '../settings.js'
import {idsFor} from './ids.js'
import {prune} from './prune.js'

type Node = Record<string, unknown>

/**
 * Build the JSON-LD document of an article: one `@graph` of linked nodes,
 * the article first. Explicit metadata wins over what the text implies.
 */
export function buildGraph(article: Article, settings: Settings): Graph {
  const {metadata} = article
  const ids = idsFor(article.url)
  const nodes = new Map<string, Node>()
  const reference = (node: Node) => {
    const id = node['@id'] as string
    if (!nodes.has(id)) nodes.set(id, node)
    return {'@id': id}
  }

  const headline = metadata.headline ?? (article.headline ? collapseWhiteSpace(article.headline.text) : undefined)
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
  const datelineText = metadata.dateline ?? article.dateline?.text
  const place = article.dateline && {
    '@type': 'Place',
    '@id': ids.place(article.dateline.city),
    name: article.dateline.city
  }
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

  const webPage: Node = {
    '@type': 'WebPage',
    '@id': ids.webPage,
    url: article.url,
    name: headline,
    inLanguage: metadata.language,
    primaryImageOfPage: metadata.images[0] && imageObject(metadata.images[0])
  }

  return {
    '@context': 'https://schema.org',
    '@graph': [articleNode, webPage, ...nodes.values()].map((node) => prune(node) as Thing)
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
      '@id': author.url ? author.url + '#person' : ids.person(author.name),
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
