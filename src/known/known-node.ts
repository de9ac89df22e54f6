/**
 * The graph side of known entities: which entry a name in an article means,
 * and the node of an entry, with its stable `@id`, type, `sameAs`, `url` and
 * job title.
 */
import type {ArticleEntity} from '../article.js'
import type {GraphNode} from '../graph/node.js'
import type {KnownEntities, KnownEntry} from './known-entities.js'

/**
 * The entry a name of the article means: first the names the article's own
 * entities went by (so a speaker named by a short form finds the entry its
 * entity matched), then any name or alias that means one entry.
 */
export function knownByName(entities: readonly ArticleEntity[], known: KnownEntities | undefined): (name: string) => KnownEntry | undefined {
  if (!known) return () => undefined
  const own = new Map<string, KnownEntry>()
  for (const entity of entities) {
    if (!entity.known) continue
    for (const name of [entity.name, ...entity.alternateNames]) own.set(name.toLowerCase(), entity.known)
  }
  return (name) => {
    const entries = known.lookup(name)
    return own.get(name.toLowerCase()) ?? (entries.length === 1 ? entries[0] : undefined)
  }
}

/** What the article adds to an entry's node: the names it used, the title it gave. */
export interface TextFields {
  readonly alternateNames?: readonly string[] | undefined
  readonly jobTitle?: string | undefined
}

/**
 * The node of a known entity; `affiliation` makes the node of the
 * organization a person works for (the publisher's `@id` when it is the
 * publisher).
 */
export function knownNode(entry: KnownEntry, text: TextFields, affiliation: (name: string) => GraphNode): GraphNode {
  const alternateNames = (text.alternateNames ?? []).filter((name) => name !== entry.name)
  return {
    '@type': entry.type,
    '@id': entry.id,
    name: entry.name,
    alternateName: alternateNames.length === 1 ? alternateNames[0] : alternateNames,
    url: entry.url,
    // The newsroom's title for the person wins over the one the text gives.
    jobTitle: entry.kind === 'person' ? (entry.jobTitle ?? text.jobTitle) : undefined,
    sameAs: entry.sameAs.length === 1 ? entry.sameAs[0] : entry.sameAs,
    affiliation: entry.affiliation === undefined ? undefined : affiliation(entry.affiliation)
  }
}
