/**
 * The newsroom's known entities, checked and indexed: each entry with its
 * kind, its stable `@id`, and the keys its names match under, so a name in
 * any article finds its entry in one lookup.
 */
import type * as V from 'valibot'
import {slug} from '../graph/ids.js'
import {organizationKey} from '../lexicon/organizations.js'
import {resolveUrl} from '../metadata/resolve-url.js'
import {describeIssue} from './issue-text.js'
import {type KnownEntity, knownEntitySchemas} from './known-entity.js'
import {valibot} from '../load-package.js'

/** A known entity, checked, with what the graph needs. */
export interface KnownEntry {
  /** schema.org type of its node. */
  readonly type: string
  /** How the text extractors treat it: a person, a GeoNames place, or anything else (an organization, a team, a venue). */
  readonly kind: 'person' | 'place' | 'organization'
  readonly name: string
  readonly aliases: readonly string[]
  /** Stable `@id`, the same in every article. */
  readonly id: string
  readonly url: string | undefined
  readonly sameAs: readonly string[]
  readonly jobTitle: string | undefined
  readonly affiliation: string | undefined
  readonly geonameId: number | undefined
}

/** The entries, indexed by name. */
export interface KnownEntities {
  readonly entries: readonly KnownEntry[]
  /** The entries a name means: none, one, or several (then it is ambiguous). */
  readonly lookup: (name: string) => readonly KnownEntry[]
  /** The people whose name ends in this surname (`Ortiz` → `Maria Ortiz`), for a name the text gives alone. */
  readonly bySurname: (surname: string) => readonly KnownEntry[]
  /** The place entry that settles this GeoNames id. */
  readonly placeOf: (geonameId: number) => KnownEntry | undefined
  /** Most words in any name or alias, for scanning text. */
  readonly longestName: number
}

const cache = new WeakMap<readonly KnownEntity[], Map<string, KnownEntities>>()

/**
 * Check the `knownEntities` option and index it. `siteUrl` is the base of
 * derived ids. The same list and site give the same index (it is cached),
 * so a batch checks its list once.
 *
 * @throws {Error} When an entry is malformed (with its index and field), two entries get one id, or an id cannot be made.
 */
export function knownEntities(list: readonly KnownEntity[], siteUrl: string | undefined): KnownEntities {
  const bySite = cache.get(list) ?? new Map<string, KnownEntities>()
  cache.set(list, bySite)
  const cached = bySite.get(siteUrl ?? '')
  if (cached) return cached
  const result = valibot().safeParse(knownEntitySchemas().list, list)
  if (!result.success) {
    const issue = result.issues[0]
    throw new Error(describeIssue(issue, 'knownEntities'))
  }
  const entries = result.output.map((entity, index) => toEntry(entity, index, siteUrl))
  const index = indexEntries(entries)
  bySite.set(siteUrl ?? '', index)
  return index
}

/** The key a name matches under: the one coreference groups names by (`The Springfield Thunderbirds` → `springfield thunderbirds`). */
export function knownKey(name: string): string {
  return organizationKey(name.trim().replace(/\s+/g, ' ').replaceAll('’', "'"))
}

function toEntry(entity: V.InferOutput<ReturnType<typeof knownEntitySchemas>['list']>[number], index: number, siteUrl: string | undefined): KnownEntry {
  const at = 'knownEntities[' + index + '] (`' + entity.name + '`)'
  const kind = entity.type === 'Person' ? 'person' : entity.geonameId == null ? 'organization' : 'place'
  let id: string | undefined
  if (entity.id) {
    id = resolveUrl(entity.id, siteUrl)
    if (!id) throw new Error('Expected `id` of ' + at + ' to be an absolute URL, or a relative one with a site URL, not `' + entity.id + '`')
  } else {
    if (!siteUrl) throw new Error('Expected a site URL (the `site` or `publisher.url` option, or `baseUrl`) for the `@id` of ' + at + ', or an `id` on the entry')
    // A place by its GeoNames id: two places of one name (`Springfield`) get two ids.
    id = siteUrl + '#/schema/' + kind + '/' + (kind === 'place' ? String(entity.geonameId) : slug(entity.name))
  }
  const sameAs = entity.sameAs == null ? [] : typeof entity.sameAs === 'string' ? [entity.sameAs] : entity.sameAs
  return {
    type: entity.type,
    kind,
    name: entity.name,
    aliases: entity.aliases ?? [],
    id,
    url: entity.url ? resolveUrl(entity.url, undefined) : undefined,
    sameAs: sameAs.map((item) => resolveUrl(item, undefined)!),
    jobTitle: entity.jobTitle ?? undefined,
    affiliation: entity.affiliation ?? undefined,
    geonameId: entity.geonameId ?? undefined
  }
}

function indexEntries(entries: readonly KnownEntry[]): KnownEntities {
  const byKey = new Map<string, KnownEntry[]>()
  const byId = new Map<string, KnownEntry>()
  const places = new Map<number, KnownEntry>()
  const surnames = new Map<string, KnownEntry[]>()
  let longestName = 1
  for (const entry of entries) {
    const other = byId.get(entry.id)
    if (other) throw new Error('Expected one entry per `@id`, but `' + other.name + '` and `' + entry.name + '` both get `' + entry.id + '`; give one an `id`')
    byId.set(entry.id, entry)
    if (entry.geonameId !== undefined) places.set(entry.geonameId, entry)
    const surname = entry.kind === 'person' ? surnameOf(entry.name) : undefined
    if (surname !== undefined) surnames.set(surname, [...(surnames.get(surname) ?? []), entry])
    for (const name of [entry.name, ...entry.aliases]) {
      const key = knownKey(name)
      const list = byKey.get(key) ?? []
      if (!list.includes(entry)) list.push(entry)
      byKey.set(key, list)
      longestName = Math.max(longestName, key.split(' ').length)
    }
  }
  return {
    entries,
    lookup: (name) => byKey.get(knownKey(name)) ?? [],
    bySurname: (surname) => surnames.get(knownKey(surname)) ?? [],
    placeOf: (geonameId) => places.get(geonameId),
    longestName
  }
}

// Generational suffixes that end a name but are no surname (`Luther King Jr.`).
const suffixes = new Set(['jr', 'jr.', 'sr', 'sr.', 'ii', 'iii', 'iv'])

/** The key of a person's surname: the last word of a name of two or more, before a suffix; none for one word. */
function surnameOf(name: string): string | undefined {
  const words = knownKey(name).split(' ')
  while (words.length > 1 && suffixes.has(words[words.length - 1]!.replace(/,$/, ''))) words.pop()
  return words.length > 1 ? words[words.length - 1]!.replace(/,$/, '') : undefined
}
