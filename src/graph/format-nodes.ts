/**
 * The article's properties and nodes for the coverage formats beyond the
 * single story: live blog updates, corrections, fact checks, video and
 * audio, and speakable parts.
 */
import type {Article} from '../article.js'
import {claimReviewNodes} from './claim-review-nodes.js'
import type {Ids} from './ids.js'
import {latest, liveBlogNodes} from './live-blog-nodes.js'
import {mediaNodes} from './media-nodes.js'
import type {GraphNode} from './node.js'
import type {PartyNodes} from './party-nodes.js'

/** The article's format properties (only those with a value), the nodes they refer to, and the update each quotation stands in. */
export interface FormatNodes {
  readonly properties: Record<string, unknown>
  readonly nodes: GraphNode[]
  readonly quotationParent: ReadonlyMap<number, string>
}

/** Build the format nodes of `article`; `reference` adds a node to the graph (one per `@id`) and refers to it. */
export function formatNodes(article: Article, ids: Ids, parties: PartyNodes, reference: (node: GraphNode) => {'@id': string}): FormatNodes {
  const {metadata} = article
  const base = article.url ?? ''
  const entityReference = (entity: Article['entities'][number]) => reference(parties.entityNode(entity))
  const live = liveBlogNodes(article, {
    ids,
    authorReference: (author) => reference(parties.authorNode(author)),
    entityId: (name) => {
      const entity = article.entities.find((item) => item.name === name)
      return entity && entityReference(entity)['@id']
    },
    language: metadata.language
  })
  const videos = mediaNodes(base, 'VideoObject', article.videos ?? [])
  const audio = mediaNodes(base, 'AudioObject', metadata.audio ?? [])
  const reviews = claimReviewNodes(metadata.claimReviews ?? [], {
    ids,
    url: article.url,
    datePublished: metadata.datePublished,
    publisherId: parties.publisherId,
    entities: article.entities,
    entityReference,
    reference
  })
  const updates = article.liveBlogUpdates ?? []
  const candidates: Record<string, unknown> = {
    coverageStartTime: metadata.coverageStartTime,
    coverageEndTime: metadata.coverageEndTime,
    liveBlogUpdate: live.nodes.length > 0 ? live.nodes.map((node) => ({'@id': node['@id']})) : undefined,
    // A live blog is modified when its latest update is posted.
    dateModified: updates.length > 0 ? latest([metadata.dateModified, ...updates.map((update) => update.datePublished)]) : undefined,
    correction: (article.corrections ?? []).map((correction) => ({'@type': 'CorrectionComment', datePublished: correction.datePublished, text: correction.text})),
    video: videos.map((node) => ({'@id': node['@id']})),
    audio: audio.map((node) => ({'@id': node['@id']})),
    speakable: metadata.speakable && metadata.speakable.length > 0 ? {'@type': 'SpeakableSpecification', cssSelector: metadata.speakable} : undefined
  }
  // Only those with a value are copied (deleting the others made the object a slow dictionary on every article).
  const properties: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(candidates)) if (value !== undefined && !(Array.isArray(value) && value.length === 0)) properties[key] = value
  return {properties, nodes: [...live.nodes, ...videos, ...audio, ...reviews], quotationParent: live.quotationParent}
}
