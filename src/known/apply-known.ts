/**
 * Applying the newsroom's known entities to what the extractors found: a
 * name that matches an entry takes the entry (its type wins over the guess,
 * a place entry settles which place a name means), and a known name the
 * precision rules left out is found again in the text.
 */
import type {VFile} from 'vfile'
import type {ArticleEntity, ArticlePlace, Dateline, PlaceEvidence} from '../article.js'
import type {ArticleDocument} from '../document/document.js'
import {articlePlace} from '../extract/article-place.js'
import {placeById} from '../gazetteer/gazetteer.js'
import {type TextSpan} from '../extract/span.js'
import {report} from '../messages.js'
import type {KnownEntities, KnownEntry} from './known-entities.js'
import {findKnownNames, type NamedBlocks} from './known-names.js'

/** What the extractors found, before and after the known entities apply. */
export interface Found {
  readonly entities: readonly ArticleEntity[]
  readonly places: readonly ArticlePlace[]
  readonly dateline: Dateline | undefined
}

/**
 * Match the found entities and places against the known ones, and find the
 * known names the extractors left out. A name that matches two entries is
 * left as it was, with a `known-entity-ambiguous` warning naming both.
 */
export function applyKnownEntities(found: Found, known: KnownEntities, document: ArticleDocument, named: NamedBlocks, file: VFile): Found {
  const state = new State(known, file)
  for (const entity of found.entities) {
    const entry = state.match([entity.name, ...entity.alternateNames], entity.mentions[0], entity.jobTitle) ?? state.matchSurname(entity)
    if (entry) state.add(entry, entity.mentions, entity)
    else state.entities.push(entity)
  }
  for (const place of found.places) {
    // Each name the place went by, once: `Springfield`, `Springfield, Mass.`.
    const names = [...new Set(place.mentions.map((mention) => mention.text))]
    const entry = state.match(names, place.mentions[0])
    // `Springfield, Ill.`: a region written beside the name wins over a place entry, as a dateline's does.
    if (entry?.kind === 'place' && entry.geonameId !== place.geonameId && place.evidence.includes('region')) state.keepPlace(place, undefined)
    else if (entry && !(entry.kind === 'place' && entry.geonameId === place.geonameId)) {
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

/**
 * The known entities' matches in one article: entities and places as they
 * come out, which entry each took, and the warnings already given.
 */
class State {
  readonly entities: ArticleEntity[] = []
  /** By GeoNames id, or the ISO 3166-2 code of a division without one. */
  readonly places = new Map<string, ArticlePlace>()
  /** Found places a known entry moved elsewhere (`Springfield` → Springfield, MA), by their GeoNames id. */
  readonly rehomed = new Map<number, KnownEntry>()
  /** Where each entry's entity is in `entities`; -1 for a place entry. */
  readonly #byEntry = new Map<KnownEntry, number>()
  readonly #reported = new Set<string>()

  constructor(
    readonly known: KnownEntities,
    readonly file: VFile
  ) {}

  /**
   * The one entry the names mean; several is reported and gives none, unless
   * the title the text gives (`Councilor`) fits the job title of one.
   */
  match(names: readonly string[], first: TextSpan | undefined, jobTitle?: string | undefined): KnownEntry | undefined {
    const {known} = this
    // The fullest name decides when it matches one entry; an alias shared by two does not then matter.
    const own = known.lookup(names[0] ?? '')
    if (own.length === 1) return own[0]
    const candidates = [...new Set(names.flatMap((name) => known.lookup(name)))]
    if (candidates.length === 1) return candidates[0]
    const titled = jobTitle === undefined ? [] : candidates.filter((entry) => entry.jobTitle !== undefined && sharesWord(entry.jobTitle, jobTitle))
    if (titled.length === 1) return titled[0]
    if (candidates.length > 1) this.ambiguous(names.find((name) => known.lookup(name).length > 0) ?? names[0]!, candidates, first)
    return undefined
  }

  /**
   * The one known person a person the text names only by surname means
   * (`Ortiz`, `Mayor Ortiz` → `Maria Ortiz`), as coreference links a surname
   * to the one full name before it; a title that fits one entry's `jobTitle`
   * picks between several, else the name stays unlinked (a common surname is
   * no evidence, and no warning either).
   */
  matchSurname(entity: ArticleEntity): KnownEntry | undefined {
    const {known} = this
    const names = [entity.name, ...entity.alternateNames]
    if (entity.type !== 'Person' || names.some((name) => /\s/.test(name.trim())) || known.lookup(entity.name).length > 0) return undefined
    const candidates = [...new Set(names.flatMap((name) => known.bySurname(name)))]
    if (candidates.length === 1) return candidates[0]
    const titled = entity.jobTitle === undefined ? [] : candidates.filter((entry) => entry.jobTitle !== undefined && sharesWord(entry.jobTitle, entity.jobTitle!))
    return titled.length === 1 ? titled[0] : undefined
  }

  /** Give the entry these mentions: as a place, or as an entity (merged with one the entry has already). */
  add(entry: KnownEntry, mentions: readonly TextSpan[], from: ArticleEntity | undefined): void {
    if (entry.kind === 'place') return this.addPlace(entry.geonameId!, mentions, entry)
    const at = this.#byEntry.get(entry)
    if (at === undefined) {
      this.#byEntry.set(entry, this.entities.length)
      this.entities.push({
        type: entry.kind === 'person' ? 'Person' : 'Organization',
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
    const entity = this.entities[at]!
    const alternateNames = [...new Set([...entity.alternateNames, ...(from ? [from.name, ...from.alternateNames] : [])])].filter((name) => name !== entry.name)
    this.entities[at] = {
      ...entity,
      alternateNames,
      jobTitle: entity.jobTitle ?? from?.jobTitle,
      memberOf: entity.memberOf ?? from?.memberOf,
      mentions: [...entity.mentions, ...mentions],
      evidence: [...new Set([...entity.evidence, ...(from?.evidence ?? [])])].sort()
    }
  }

  /** Keep a place the extractors found; the entry that names it is evidence for it. */
  keepPlace(place: ArticlePlace, entry: KnownEntry | undefined): void {
    if (entry) this.#byEntry.set(entry, -1)
    this.#merge(place.geonameId === undefined ? (place.subdivisionCode ?? place.name) : String(place.geonameId), place, entry ? ['known-entity'] : [])
  }

  /** Give the place of a known entry these mentions. */
  addPlace(geonameId: number, mentions: readonly TextSpan[], entry: KnownEntry, found: readonly PlaceEvidence[] = []): void {
    this.#byEntry.set(entry, -1)
    this.#merge(String(geonameId), articlePlace(placeById(geonameId)!, mentions, found), ['known-entity'])
  }

  /** A name that matches several entries: one warning per name and article, naming every candidate. */
  ambiguous(name: string, candidates: readonly KnownEntry[], at: TextSpan | undefined): void {
    if (this.#reported.has(name)) return
    this.#reported.add(name)
    const list = candidates.map((entry) => '`' + entry.name + '` (' + entry.type + ', `' + entry.id + '`)').join(' and ')
    report(this.file, 'known-entity-ambiguous', 'Unexpected name `' + name + '` matching ' + candidates.length + ' known entities, ' + list + ', expected one; it is left unlinked (give each entry names of its own)', {
      place: at?.position,
      actual: name,
      expected: candidates.map((entry) => entry.id)
    })
  }

  /** Source offsets the extractors' mentions cover. */
  covered(): Array<readonly [number, number]> {
    const spans = [...this.entities.flatMap((entity) => entity.mentions), ...[...this.places.values()].flatMap((place) => place.mentions)]
    return spans.flatMap((span) => {
      const start = span.position?.start.offset
      const end = span.position?.end.offset
      return start === undefined || end === undefined ? [] : [[start, end] as const]
    })
  }

  #merge(key: string, place: ArticlePlace, evidence: readonly PlaceEvidence[]): void {
    const existing = this.places.get(key)
    this.places.set(
      key,
      existing
        ? {...existing, mentions: [...existing.mentions, ...place.mentions], evidence: [...new Set([...existing.evidence, ...place.evidence, ...evidence])]}
        : {...place, evidence: [...new Set([...place.evidence, ...evidence])]}
    )
  }
}

/** Whether two titles share a word (`Councilor` and `City Councilor`). */
function sharesWord(a: string, b: string): boolean {
  const words = new Set(a.toLowerCase().split(/\s+/))
  return b.toLowerCase().split(/\s+/).some((word) => word.length > 2 && words.has(word))
}
