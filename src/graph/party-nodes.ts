/**
 * The nodes of the people and organizations of a graph: the publisher,
 * authors, and the entities the text names, one `@id` each, so that an
 * author who is also quoted, or a publisher named in the text, is one node.
 */
import type {ArticleEntity} from '../article.js'
import type {KnownEntry} from '../known/known-entities.js'
import {knownNode} from '../known/known-node.js'
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
export function partyNodes(
  ids: Ids,
  publisher: Publisher | undefined,
  authors: readonly Author[],
  imageObject: (image: NonNullable<Publisher['logo']>) => GraphNode,
  known: (name: string) => KnownEntry | undefined = () => undefined
): PartyNodes {
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
  // A known entity has its stable id in every article.
  const personId = (name: string) => known(name)?.id ?? authorIds.get(name.toLowerCase()) ?? ids.person(name)
  const organizationId = (name: string) => known(name)?.id ?? ids.organization(name)
  return {publisherId, publisherNode, isPublisher, authorNode, entityNode, speakerId}

  function isPublisher(name: string): boolean {
    if (publisher === undefined) return false
    if (name.toLowerCase() === publisher.name.toLowerCase()) return true
    return /^[A-Z][A-Z0-9]{2,5}$/.test(name) && publisher.name.split(' ').includes(name)
  }

  function authorNode(author: Author): GraphNode {
    const entry = known(author.name)
    // A staff byline takes the staff entry's page, profiles and title; the byline's own win.
    if (entry && !(publisherNode && isPublisher(author.name))) {
      const node = knownNode(entry, {jobTitle: author.jobTitle, alternateNames: [author.name]}, affiliationNode)
      return {...node, url: author.url ?? node.url, sameAs: author.sameAs?.length ? [...new Set([...author.sameAs, ...entry.sameAs])] : node.sameAs}
    }
    if (author.type === 'Organization') {
      if (publisherNode && isPublisher(author.name)) return publisherNode
      return {'@type': 'Organization', '@id': organizationId(author.name), name: author.name, url: author.url, sameAs: author.sameAs}
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
    if (entity.known && !(publisherNode && isPublisher(entity.name))) return knownNode(entity.known, entity, affiliationNode)
    if (entity.type === 'Organization') {
      if (isPublisher(entity.name) && publisherNode) return publisherNode
      return {
        '@type': 'Organization',
        '@id': organizationId(entity.name),
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
    return speaker.type === 'Person' ? personId(speaker.name) : organizationId(speaker.name)
  }

  /** The organization a known person works for: the publisher by its id, a known one by its id, else by name. */
  function affiliationNode(name: string): GraphNode {
    if (publisherNode && isPublisher(name)) return {'@id': publisherId}
    const entry = known(name)
    return entry ? {'@type': entry.type, '@id': entry.id, name: entry.name} : {'@type': 'Organization', name}
  }
}
