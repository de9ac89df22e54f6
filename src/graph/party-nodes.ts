/**
 * The nodes of the people and organizations of a graph: the publisher,
 * authors, and the entities the text names, one `@id` each, so that an
 * author who is also quoted, or a publisher named in the text, is one node.
 */
import type {ArticleEntity} from '../article.js'
import type {Author} from '../metadata/authors.js'
import type {Publisher} from '../metadata/metadata.js'
import type {Ids} from './ids.js'
import type {GraphNode} from './node.js'

/** Node makers that share the article's publisher and authors. */
export interface PartyNodes {
  readonly publisherId: string | undefined
  readonly publisherNode: GraphNode | undefined
  /** The publisher by name, or by the call letters in it (`KXYZ` of `KXYZ News`). */
  readonly isPublisher: (name: string) => boolean
  readonly authorNode: (author: Author) => GraphNode
  readonly entityNode: (entity: ArticleEntity) => GraphNode
  readonly speakerId: (speaker: {type: 'Person' | 'Organization'; name: string}) => string
}

/** Node makers for an article published by `publisher` and written by `authors`. */
export function partyNodes(ids: Ids, publisher: Publisher | undefined, authors: readonly Author[], imageObject: (image: NonNullable<Publisher['logo']>) => GraphNode): PartyNodes {
  const publisherId = publisher ? ids.publisher(publisher.url) : undefined
  const publisherNode: GraphNode | undefined = publisher && {
    '@type': 'NewsMediaOrganization',
    '@id': publisherId,
    name: publisher.name,
    url: publisher.url,
    logo: publisher.logo && imageObject(publisher.logo),
    sameAs: publisher.sameAs
  }
  // An author with a URL has that URL's id; the same person quoted or named in the text is that node.
  const authorIds = new Map(authors.flatMap((author) => (author.type === 'Person' && author.url ? [[author.name.toLowerCase(), author.url + '#person'] as const] : [])))
  const personId = (name: string) => authorIds.get(name.toLowerCase()) ?? ids.person(name)
  return {publisherId, publisherNode, isPublisher, authorNode, entityNode, speakerId}

  function isPublisher(name: string): boolean {
    if (publisher === undefined) return false
    if (name.toLowerCase() === publisher.name.toLowerCase()) return true
    return /^[A-Z][A-Z0-9]{2,5}$/.test(name) && publisher.name.split(' ').includes(name)
  }

  function authorNode(author: Author): GraphNode {
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

  function entityNode(entity: ArticleEntity): GraphNode {
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
}
