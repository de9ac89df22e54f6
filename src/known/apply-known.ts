/**
 * Applying the newsroom's known entities to what the extractors found: a
 * name that matches an entry takes the entry (its type wins over the guess,
 * a place entry settles which place a name means), and a known name the
 * precision rules left out is found again in the text.
 */
import type {VFile} from 'vfile'
import type {ArticleEntity, ArticlePlace, Dateline, PlaceEvidence} from '../article.js'
import type {ArticleDocument} from '../document/document.js'
import {containingPlaces, placeById} from '../gazetteer/gazetteer.js'
import {placeType} from '../gazetteer/place-type.js'
import {type TextSpan} from '../extract/span.js'
import {report} from '../messages.js'
import type {KnownEntities, KnownEntry} from './known-entities.js'
import {findKnownNames} from './known-names.js'

/** What the extractors found, before and after the known entities apply. */
export interface Found {
  readonly entities: readonly ArticleEntity[]
  readonly places: readonly ArticlePlace[]
  readonly dateline: Dateline | undefined
}

/** Where the extractors read names: blocks, and where in the first one names start (after a dateline). */
export interface NamedBlocks {
  readonly blocks: readonly number[]
  readonly startOf: (block: number) => number
}

/**
 * Match the found entities and places against the known ones, and find the
 * known names the extractors left out. A name that matches two entries is
 * left as it was, with a `known-entity-ambiguous` warning naming both.
 */
export function applyKnownEntities(found: Found, known: KnownEntities, document: ArticleDocument, named: NamedBlocks, file: VFile): Found {
  const state = createState(known, file)
  for (const entity of found.entities) {
    const entry = state.match([entity.name, ...entity.alternateNames], entity.mentions[0], entity.jobTitle)
    if (entry) state.add(entry, entity.mentions, entity)
    else state.entities.push(entity)
  }
  for (const place of found.places) {
    // Each name the place went by, once: `Springfield`, `Springfield, Mass.`.
    const names = [...new Set(place.mentions.map((mention) => mention.text))]
    const entry = state.match(names, place.mentions[0])
    if (entry && !(entry.kind === 'place' && entry.geonameId === place.geonameId)) {
      if (place.geonameId !== undefined) state.rehomed.set(place.geonameId, entry)
      state.add(entry, place.mentions, undefined)
    } else {
      state.keepPlace(place, entry)
    }
  }
  const dateline = settleDateline(found.dateline, state)
  // Known names the extractors did not take: evidence enough.
  for (const occurrence of findKnownNames(document, named, known, state.covered())) {
    const entries = known.lookup(occurrence.span.text)
    if (entries.length > 1) state.ambiguous(occurrence.span.text, entries, occurrence.span)
    else if (entries[0]) state.add(entries[0], [occurrence.span], undefined)
  }
  return {entities: state.entities, places: [...state.places.values()], dateline}
}

/** The dateline's city, settled by a place entry unless the dateline names another state. */
function settleDateline(dateline: Dateline | undefined, state: State): Dateline | undefined {
  if (!dateline) return dateline
  const rehomed = dateline.geonameId === undefined ? undefined : state.rehomed.get(dateline.geonameId)
  if (rehomed) return {...dateline, geonameId: rehomed.kind === 'place' ? rehomed.geonameId : undefined}
  const entries = state.known.lookup(dateline.city)
  const entry = entries.length === 1 ? entries[0] : undefined
  if (!entry || entry.kind !== 'place' || entry.geonameId === dateline.geonameId) return dateline
  const item = placeById(entry.geonameId!)!
  if (dateline.state !== undefined && item.countryCode === 'US' && item.admin1 !== dateline.state) return dateline
  if (dateline.country !== undefined && item.countryCode !== dateline.country) return dateline
  state.addPlace(entry.geonameId!, [{text: dateline.city, position: dateline.position}], entry, ['dateline'])
  return {...dateline, geonameId: entry.geonameId}
}

type State = ReturnType<typeof createState>

function createState(known: KnownEntities, file: VFile) {
  const entities: ArticleEntity[] = []
  // By GeoNames id, or the ISO 3166-2 code of a division without one.
  const places = new Map<string, ArticlePlace>()
  const byEntry = new Map<KnownEntry, number>()
  const rehomed = new Map<number, KnownEntry>()
  const reported = new Set<string>()
  return {known, entities, places, rehomed, match, add, addPlace, keepPlace, ambiguous, covered}

  /**
   * The one entry the names mean; several is reported and gives none, unless
   * the title the text gives (`Councilor`) fits the job title of one.
   */
  function match(names: readonly string[], first: TextSpan | undefined, jobTitle?: string | undefined): KnownEntry | undefined {
    // The fullest name decides when it matches one entry; an alias shared by two does not then matter.
    const own = known.lookup(names[0] ?? '')
    if (own.length === 1) return own[0]
    const candidates = [...new Set(names.flatMap((name) => known.lookup(name)))]
    if (candidates.length === 1) return candidates[0]
    const titled = jobTitle === undefined ? [] : candidates.filter((entry) => entry.jobTitle !== undefined && sharesWord(entry.jobTitle, jobTitle))
    if (titled.length === 1) return titled[0]
    if (candidates.length > 1) ambiguous(names.find((name) => known.lookup(name).length > 0) ?? names[0]!, candidates, first)
    return undefined
  }

  /** Give the entry these mentions: as a place, or as an entity (merged with one the entry has already). */
  function add(entry: KnownEntry, mentions: readonly TextSpan[], from: ArticleEntity | undefined): void {
    if (entry.kind === 'place') return addPlace(entry.geonameId!, mentions, entry)
    const at = byEntry.get(entry)
    const type = entry.kind === 'person' ? 'Person' : 'Organization'
    if (at === undefined) {
      byEntry.set(entry, entities.length)
      entities.push({
        type,
        name: entry.name,
        // The text's own names for it, when they differ from the entry's.
        alternateNames: [...new Set([from?.name, ...(from?.alternateNames ?? [])])].filter((name): name is string => name !== undefined && name !== entry.name),
        jobTitle: from?.jobTitle,
        memberOf: from?.memberOf,
        mentions: [...mentions],
        known: entry,
        evidence: [...new Set([...(from?.evidence ?? []), 'known-entity' as const])].sort()
      })
      return
    }
    const entity = entities[at]!
    const alternateNames = [...new Set([...entity.alternateNames, ...(from ? [from.name, ...from.alternateNames] : [])])].filter((name) => name !== entry.name)
    entities[at] = {...entity, alternateNames, jobTitle: entity.jobTitle ?? from?.jobTitle, memberOf: entity.memberOf ?? from?.memberOf, mentions: [...entity.mentions, ...mentions], evidence: [...new Set([...entity.evidence, ...(from?.evidence ?? [])])].sort()}
  }

  /** Keep a place the extractors found; the entry that names it is evidence for it. */
  function keepPlace(place: ArticlePlace, entry: KnownEntry | undefined): void {
    if (entry) byEntry.set(entry, -1)
    merge(place.geonameId === undefined ? (place.subdivisionCode ?? '') : String(place.geonameId), place, entry ? ['known-entity'] : [])
  }

  function merge(key: string, place: ArticlePlace, evidence: readonly PlaceEvidence[]): void {
    const existing = places.get(key)
    places.set(
      key,
      existing
        ? {...existing, mentions: [...existing.mentions, ...place.mentions], evidence: [...new Set([...existing.evidence, ...place.evidence, ...evidence])]}
        : {...place, evidence: [...new Set([...place.evidence, ...evidence])]}
    )
  }

  /** Give the place of a known entry these mentions. */
  function addPlace(geonameId: number, mentions: readonly TextSpan[], entry: KnownEntry, found: readonly PlaceEvidence[] = []): void {
    byEntry.set(entry, -1)
    const item = placeById(geonameId)!
    merge(String(geonameId), {
      type: placeType(item),
      name: item.name,
      geonameId,
      subdivisionCode: item.code,
      latitude: item.latitude,
      longitude: item.longitude,
      countryCode: item.countryCode,
      admin1: item.admin1,
      containedIn: containingPlaces(item).flatMap((container) => (container.geonameId === undefined ? [] : [container.geonameId])),
      mentions,
      evidence: found
    }, ['known-entity'])
  }

  /** A name that matches several entries: one warning per name and article, naming every candidate. */
  function ambiguous(name: string, candidates: readonly KnownEntry[], at: TextSpan | undefined): void {
    if (reported.has(name)) return
    reported.add(name)
    const list = candidates.map((entry) => '`' + entry.name + '` (' + entry.type + ', `' + entry.id + '`)').join(' and ')
    report(file, 'known-entity-ambiguous', 'Unexpected name `' + name + '` matching ' + candidates.length + ' known entities, ' + list + ', expected one; it is left unlinked (give each entry names of its own)', {
      place: at?.position,
      actual: name,
      expected: candidates.map((entry) => entry.id)
    })
  }

  /** Source offsets the extractors' mentions cover. */
  function covered(): Array<readonly [number, number]> {
    const spans = [...entities.flatMap((entity) => entity.mentions), ...[...places.values()].flatMap((place) => place.mentions)]
    return spans.flatMap((span) => {
      const start = span.position?.start.offset
      const end = span.position?.end.offset
      return start === undefined || end === undefined ? [] : [[start, end] as const]
    })
  }
}

/** Whether two titles share a word (`Councilor` and `City Councilor`). */
function sharesWord(a: string, b: string): boolean {
  const words = new Set(a.toLowerCase().split(/\s+/))
  return b.toLowerCase().split(/\s+/).some((word) => word.length > 2 && words.has(word))
}
