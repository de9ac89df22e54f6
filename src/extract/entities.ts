import type {Title} from '../lexicon/titles.js'
import {isAcronym, knownOrganization, organizationKey} from '../lexicon/organizations.js'
import {Word, isWordClass} from '../lexicon/word-classes.js'
import {type Gender, givenNameGender} from '../lexicon/words.js'
import {type Mention, asKind, wordKey} from './mention.js'

/** One real person or organization, with every mention of it. */
export interface Entity {
  readonly kind: 'person' | 'organization'
  /** Fullest name in the text (or the canonical name of a known organization). */
  name: string
  readonly alternateNames: string[]
  /** Titles seen before the name. */
  readonly titles: Title[]
  /** The first title as written: `Police Chief`. */
  jobTitle: string | undefined
  /** Role words the text gives it (`mayor`, `manager`), for `the manager said`. */
  readonly roles: Set<string>
  gender: Gender
  /** A council the person sits on: `Aurora City Council`. */
  memberOf: string | undefined
  readonly mentions: Mention[]
}

/** Entities, the place mentions left over, and which entity a mention names. */
export interface Grouping {
  readonly entities: readonly Entity[]
  readonly places: readonly Mention[]
  readonly entityOf: (mention: Mention) => Entity | undefined
  /** Make a mention the recognizer missed (a named speaker) an entity, or join the one it names. */
  readonly adopt: (mention: Mention) => Entity
  /** Add a mention found later (`the mayor`) to an entity. */
  readonly attach: (entity: Entity, mention: Mention) => void
}

/** A grouping after coreference: what pronouns settled of people's gender. */
export interface Coreference extends Grouping {
  /** The person's gender: as the pronouns settled it, else as names and titles guessed it. */
  readonly genderOf: (entity: Entity) => Gender
}

/**
 * Group mentions into entities: one per real person or organization.
 * Full names first; then surnames (`Jurinsky`), title plus surname
 * (`Mayor Johnston`) and acronyms (`ICE`) join the entity they abbreviate.
 * Single capitalized words that join nothing are dropped, unless the text
 * plainly makes them a person (`Trump's`, `Vizguerra said`).
 */
export function groupEntities(mentions: readonly Mention[]): Grouping {
  const table = new EntityTable()
  const companies = companiesByLeadingWords(mentions)
  for (const mention of mentions) {
    if (mention.kind === 'place' || mention.surnameOnly || isAcronym(mention.name) || (mention.tentative && mention.kind === 'person')) continue
    // `Eli Lilly sold…` beside `Eli Lilly & Co.`: a name read as a person's that starts a company's name in the story is the company.
    const company = mention.kind === 'person' && !mention.title ? companies.get(mention.name) : undefined
    if (company) {
      const entity = table.entityNamed('organization', knownOrganization(company)?.name ?? company)
      table.entityOfMention.set(mention, entity)
      table.add(entity, asKind(mention, 'organization', mention.evidence))
      continue
    }
    // `the House` of `Montana House of Representatives`: a body's word is the body the story names in full, if one.
    const named = isBodyWord(mention) ? mentions.find((other) => other.kind === 'organization' && headsName(mention.name, other.name)) ?? mention : mention
    const known = named.kind === 'organization' ? knownOrganization(named.name) : undefined
    table.add(table.entityNamed(mention.kind, known?.name ?? named.name), mention)
  }
  // Acronyms and short forms: `ICE` for `Immigration and Customs Enforcement`; first those defined beside a name.
  const defined = acronymsDefined(table, mentions)
  for (const mention of mentions) {
    if (mention.kind !== 'organization' || !isAcronym(mention.name)) continue
    const known = knownOrganization(mention.name)
    const key = entityKey('organization', mention.name)
    const target =
      (known && table.byKey.get(entityKey('organization', known.name))) ||
      table.indexes.organizationsByInitials.get(mention.name.replaceAll('.', '')) ||
      defined.get(key) ||
      table.byKey.get(key) ||
      table.entities.find((entity) => entity.kind === 'organization' && abbreviates(mention.name, entity.name))
    // (Later uses of the acronym find the organization it abbreviates.)
    if (target && !table.byKey.has(key)) table.byKey.set(key, target)
    table.add(target ?? table.entityNamed('organization', known?.name ?? mention.name), mention)
  }
  const places = placesNamingClubs(table, groupShortNames(table, mentions))
  places.sort((a, b) => a.block - b.block || a.first - b.first)
  return {
    entities: table.entities,
    places,
    entityOf: (mention) => table.entityOfMention.get(mention),
    adopt: (mention) => table.adopt(mention),
    attach: (entity, mention) => table.add(entity, mention)
  }
}

// Last words of bodies often named for someone: `Juniper Okoro Foundation` is no short form of `Juniper Okoro`'s name.
const namedForSomeone: ReadonlySet<string> = new Set([
  'foundation', 'institute', 'center', 'centre', 'school', 'college', 'university', 'library', 'museum', 'hospital', 'trust', 'fund',
  'prize', 'award', 'memorial', 'society', 'hall', 'house', 'stadium', 'park'
])

/**
 * The companies of the story by the leading words of their names, two words
 * or more short of the whole (`Eli Lilly` of `Eli Lilly & Co.`, `Kleiner
 * Perkins` of `Kleiner Perkins Caufield`); a name two companies begin is left out.
 */
function companiesByLeadingWords(mentions: readonly Mention[]): Map<string, string | undefined> {
  // (A name two companies begin maps to `undefined`.)
  const byWords = new Map<string, string | undefined>()
  for (const mention of mentions) {
    // (Names of one or two words, most of them, have no leading words to give: they are not split.)
    if (mention.kind !== 'organization' || mention.name.indexOf(' ', mention.name.indexOf(' ') + 1) === -1) continue
    const words = mention.name.split(' ')
    if (namedForSomeone.has(words[words.length - 1]!.toLowerCase())) continue
    for (let count = 2; count < words.length; count++) {
      const leading = words.slice(0, count).join(' ')
      byWords.set(leading, byWords.has(leading) && byWords.get(leading) !== mention.name ? undefined : mention.name)
    }
  }
  return byWords
}

/**
 * The key an entity is found by: its kind and name's key; an organization's
 * without a corporate suffix, so `Ledgerpine Software` and `Ledgerpine
 * Software Inc.` are one.
 */
function entityKey(kind: Entity['kind'], name: string): string {
  const key = organizationKey(name)
  if (kind !== 'organization') return kind + ':' + key
  const space = key.lastIndexOf(' ')
  const last = key.slice(space + 1)
  return kind + ':' + (space > 0 && isWordClass(last, Word.CorporateSuffix) ? key.slice(0, space).replace(/,$/, '') : key)
}

/** A body named by one word (`the Senate`, `Commonwealth officials`): an organization by its head word alone. */
function isBodyWord(mention: Mention): boolean {
  return mention.kind === 'organization' && mention.evidence.cue === 'organization-head' && !mention.name.includes(' ')
}

/** Whether `word` heads a longer `name`: its last word (`U.S. Senate`) or the word before `of` (`House of Representatives`). */
function headsName(word: string, name: string): boolean {
  const words = name.toLowerCase().split(' ')
  const lower = word.toLowerCase()
  return words.length > 1 && (words.at(-1) === lower || words.some((item, index) => item === lower && words[index + 1] === 'of'))
}

// Prepositions that put something in a country: `newspapers in Ireland`, `flights to Peru`.
const countryPrepositions: ReadonlySet<string> = new Set(['in', 'to', 'from', 'into', 'across', 'throughout'])

/**
 * `regional newspapers in Ireland` beside a `Local Ireland` read as someone: a country the text puts
 * something in is the country, no one's surname (`in Jordan's film` is a man's: a possessive).
 */
function isCountryIn(mention: Mention): boolean {
  const tokens = mention.run.tokens
  if (tokens[mention.last - 1]?.possessive || !countryPrepositions.has(tokens[mention.first - 1]?.lower ?? '')) return false
  return mention.places.some((place) => place.kind === 'country')
}

/**
 * Surnames and other one-word names: the full name introduced before the
 * mention, else any. A place name that is someone's surname (`Johnston`) is
 * that person. Returns the place mentions, the ones that stay places.
 */
function groupShortNames(table: EntityTable, mentions: readonly Mention[]): Mention[] {
  const {peopleBySurname, organizationsByFirstWord, organizationsByLastWords} = table.indexes
  const waiting = tentativeFullNames(mentions)
  const places: Mention[] = []
  for (const mention of mentions) {
    const isSurname = mention.kind === 'person' ? mention.surnameOnly : mention.kind === 'place' && !mention.name.includes(' ') && !mention.region && !isCountryIn(mention)
    if (!isSurname) {
      if (mention.kind === 'place') places.push(mention)
      continue
    }
    const surname = mention.name.toLowerCase()
    if (!(mention.inQuote && mention.tentative)) {
      for (const item of waiting.get(surname) ?? []) if (!table.entityOfMention.has(item)) table.add(table.entityNamed('person', item.name), item)
      waiting.delete(surname)
    }
    const candidates = peopleBySurname.get(surname) ?? []
    // (A given name is first the one person so named: `Sarah` of `Sarah Brady` beside `Sarah Lawrence College`.)
    const target =
      (candidates.length === 1 ? candidates[0] : latestBefore(candidates, mention)) ??
      byGivenName(table, mention) ??
      // `Brightwater said` for `Brightwater Solar Cooperative`; `Interfax said` for the `Interfax` of `Interfax news agency`.
      (mention.kind === 'person' ? (organizationsByFirstWord.get(surname) ?? table.byKey.get(entityKey('organization', mention.name))) : undefined)
    if (target) {
      table.add(target, mention)
      continue
    }
    // `beat Hampshire` with no player of that name: the club; `the Nuggets` joins `Denver Nuggets`.
    if (mention.evidence.cue === 'team') {
      const club = organizationsByLastWords.get(surname) ?? table.entityNamed('organization', mention.name)
      table.entityOfMention.set(mention, club)
      table.add(club, asKind(mention, 'organization', mention.evidence))
      continue
    }
    if (mention.kind === 'place' || (mention.tentative && mention.places.length > 0)) {
      places.push(mention.kind === 'place' ? mention : asKind(mention, 'place', {cue: 'gazetteer', detail: undefined}))
      continue
    }
    // A bare capitalized word stays a person only with plain evidence for it.
    if ((!mention.inQuote || mention.title) && (table.byKey.has(entityKey('person', surname)) || mention.title !== undefined || !mention.tentative)) {
      table.add(table.entityNamed('person', mention.name), mention)
    }
  }
  return places
}

/**
 * `Essex, who started…` after `Essex beat Kent`: in one story a name means
 * one thing, so a lone place word that names a club elsewhere in the story
 * (read from a club's position) is that club. A place after `in`, `at`
 * (`at Leicester`) is the ground, and a region after a town (`Chelmsford,
 * Essex`) the region: they stay. Returns the places left.
 */
function placesNamingClubs(table: EntityTable, places: Mention[]): Mention[] {
  // `Chelmsford, Essex`: the region written after a town (after its comma) is the region.
  const regions = new Set(places.filter((place) => place.region !== undefined).map((place) => wordKey(place.block, place.last + 1)))
  return places.filter((place) => {
    if (place.name.includes(' ') || place.region || regions.has(wordKey(place.block, place.first))) return true
    const club = table.byKey.get(entityKey('organization', place.name))
    if (!club || !club.mentions.some((mention) => mention.evidence.cue === 'team')) return true
    const tokens = place.run.tokens
    if (groundWords.has(tokens[place.first - 1]?.lower ?? '')) return true
    table.add(club, asKind(place, 'organization', {cue: 'team', detail: 'named as a club in the story'}))
    return false
  })
}

// Words before a ground, not a club: `at Leicester`, `in Cleveland`.
const groundWords: ReadonlySet<string> = new Set(['in', 'at', 'near', 'to', 'from'])

/** `Sarah said` after `Sarah Brady`: a lone given name that is no one's surname is the one person so named in the story. */
function byGivenName(table: EntityTable, mention: Mention): Entity | undefined {
  if (mention.kind !== 'person' || givenNameGender(mention.name) === undefined) return undefined
  const prefix = mention.name.toLowerCase() + ' '
  const found = table.entities.filter((entity) => entity.kind === 'person' && entity.name.toLowerCase().startsWith(prefix))
  return found.length === 1 ? found[0] : undefined
}

/** The entities made so far, by key and by mention, with their indexes. */
class EntityTable {
  readonly entities: Entity[] = []
  readonly byKey = new Map<string, Entity>()
  readonly entityOfMention = new Map<Mention, Entity>()
  readonly indexes: Indexes = {peopleBySurname: new Map(), organizationsByInitials: new Map(), organizationsByFirstWord: new Map(), organizationsByLastWords: new Map()}

  /** The entity of that kind and name, made on first use and indexed. */
  entityNamed(kind: Entity['kind'], name: string): Entity {
    const key = entityKey(kind, name)
    const existing = this.byKey.get(key)
    if (existing) return existing
    const entity: Entity = {kind, name, alternateNames: [], titles: [], jobTitle: undefined, roles: new Set(), gender: 'unknown', memberOf: undefined, mentions: []}
    this.byKey.set(key, entity)
    this.entities.push(entity)
    indexEntity(this.indexes, entity)
    return entity
  }

  add(entity: Entity, mention: Mention): void {
    this.entityOfMention.set(mention, entity)
    absorb(entity, mention)
  }

  /** The entity of a mention the recognizer missed (a named speaker): the one it names, else a new one. */
  adopt(mention: Mention): Entity {
    // `Hill said` for `Hugh Hill`: a one-word speaker is a surname first.
    const bySurname = mention.name.includes(' ') ? undefined : latestBefore(this.indexes.peopleBySurname.get(mention.name.toLowerCase()) ?? [], mention)
    // `the Brewers said` for `Milwaukee Brewers`.
    const club = mention.kind === 'person' ? undefined : this.indexes.organizationsByLastWords.get(mention.name.toLowerCase())
    const entity = bySurname ?? club ?? this.entityNamed(mention.kind === 'organization' ? 'organization' : 'person', mention.name)
    this.add(entity, mention)
    return entity
  }
}

/**
 * `Peruvian Marine Research Institute, known as IMARPE`, `National Liberation
 * Army (ELN)`: acronyms written right after the organization they name, by key.
 */
function acronymsDefined(table: EntityTable, mentions: readonly Mention[]): Map<string, Entity> {
  const defined = new Map<string, Entity>()
  for (let index = 1; index < mentions.length; index++) {
    const mention = mentions[index]!
    const previous = mentions[index - 1]!
    if (mention.kind !== 'organization' || previous.kind !== 'organization' || previous.block !== mention.block || !isAcronym(mention.name)) continue
    const between = mention.run.tokens.slice(previous.last, mention.first).map((token) => token.lower).join(' ')
    const entity = table.entityOfMention.get(previous)
    if (entity && (between === ', known as' || between === 'known as' || between === '(')) defined.set(entityKey('organization', mention.name), entity)
  }
  return defined
}

/**
 * Whether an acronym abbreviates a name: its letters, in order, start the
 * name's words or go on inside the word just begun (`WYDOT`, `Wyoming
 * Department of Transportation`; `DOJ`, `Department of Justice`). Words may
 * be skipped; three letters at least. Small: at most 8 letters, 12 words.
 * Or the initials of its capitalized words and one letter more (`UVM`).
 */
export function abbreviates(acronym: string, name: string): boolean {
  const letters = acronym.replaceAll('.', '').toLowerCase()
  const words = name.toLowerCase().split(' ').filter(Boolean)
  if (letters.length < 3 || letters.length > 8 || words.length < 2 || words.length > 12) return false
  // (letter, word, offset in it) after a match: the next letter goes on in the word or starts a later one.
  // Memoized on (letter, word, offset), so the search stays small whatever the words.
  const seen = new Map<number, boolean>()
  const fits = (letter: number, word: number, offset: number): boolean => {
    if (letter === letters.length) return true
    const key = (letter * 16 + word) * 64 + Math.min(offset, 63)
    const known = seen.get(key)
    if (known !== undefined) return known
    const char = letters[letter]
    let result = words[word]![offset + 1] === char && fits(letter + 1, word, offset + 1)
    for (let next = word + 1; !result && next < words.length; next++) result = words[next]![0] === char && fits(letter + 1, next, 0)
    seen.set(key, result)
    return result
  }
  if (words[0]![0] === letters[0] && fits(1, 0, 0)) return true
  // `UVM` for `University of Vermont`: the initials of the capitalized words, and one letter more.
  const capitals = name.split(' ').filter((word) => /^\p{Lu}/u.test(word)).map((word) => word.charAt(0).toLowerCase())
  // (Three letters at least, so two capitals at least.)
  return letters.length === capitals.length + 1 && letters.startsWith(capitals.join(''))
}

/** Full names with no evidence but their shape, by surname: they wait for a surname to use them. */
function tentativeFullNames(mentions: readonly Mention[]): Map<string, Mention[]> {
  const waiting = new Map<string, Mention[]>()
  for (const mention of mentions) {
    if (mention.kind !== 'person' || !mention.tentative || mention.surnameOnly || mention.inQuote) continue
    for (const surname of surnamesOf(mention.name)) {
      const list = waiting.get(surname) ?? []
      list.push(mention)
      waiting.set(surname, list)
    }
  }
  return waiting
}

/** Indexes of entities, so each mention costs a few lookups, however long the article. */
interface Indexes {
  readonly peopleBySurname: Map<string, Entity[]>
  readonly organizationsByInitials: Map<string, Entity>
  readonly organizationsByFirstWord: Map<string, Entity>
  /** By the last word and the last two: `nuggets` and `red sox` for club nicknames. */
  readonly organizationsByLastWords: Map<string, Entity>
}

/** Index a new entity: people by surname, organizations by initials and first word. */
function indexEntity(indexes: Indexes, entity: Entity): void {
  const {kind, name} = entity
  if (!name.includes(' ')) return
  if (kind === 'person') {
    for (const surname of surnamesOf(name)) {
      const people = indexes.peopleBySurname.get(surname)
      if (people) people.push(entity)
      else indexes.peopleBySurname.set(surname, [entity])
    }
    return
  }
  const abbreviation = initials(name)
  if (abbreviation.length >= 2 && !indexes.organizationsByInitials.has(abbreviation)) indexes.organizationsByInitials.set(abbreviation, entity)
  const words = name.toLowerCase().split(' ')
  const first = words[0]!
  if (!indexes.organizationsByFirstWord.has(first)) indexes.organizationsByFirstWord.set(first, entity)
  // (The last word and the last two joined directly: no lists of them made per entity.)
  const last = words[words.length - 1]!
  if (last && !indexes.organizationsByLastWords.has(last)) indexes.organizationsByLastWords.set(last, entity)
  const lastTwo = words.length > 2 ? words[words.length - 2] + ' ' + last : ''
  if (lastTwo && !indexes.organizationsByLastWords.has(lastTwo)) indexes.organizationsByLastWords.set(lastTwo, entity)
}

/** What a mention tells about its entity: titles, roles, job title, gender, other names, council. */
function absorb(entity: Entity, mention: Mention): void {
  entity.mentions.push(mention)
  if (mention.title && !entity.titles.includes(mention.title)) entity.titles.push(mention.title)
  for (const role of mention.roles) entity.roles.add(role)
  entity.jobTitle ??= mention.jobTitle
  if (entity.gender === 'unknown') entity.gender = mention.gender
  // `Amoco` for `Amoco Corp`, `Seattle` for `Seattle Mariners`: a short form is another name of the organization.
  if (entity.kind === 'organization') {
    // `Ledgerpine Software Inc.` after `Ledgerpine Software`: the fuller name is the name (a known organization keeps its own).
    if (mention.name.length > entity.name.length && mention.name.startsWith(entity.name) && knownOrganization(entity.name) === undefined) {
      const shorter = entity.name
      entity.name = mention.name
      addAlternateName(entity, shorter)
    } else addAlternateName(entity, mention.name)
  }
  if (mention.title?.council && mention.qualifier && !entity.memberOf) entity.memberOf = mention.qualifier + (mention.qualifier.endsWith(' City') ? ' Council' : ' City Council')
}

/**
 * Add `written` to an organization's other names, unless it is the name or
 * one of them in other capitals (`AJAX` for `Ajax`). A short form in other
 * capitals is spelled as the full name spells it: `AJAX` of `Ajax Amsterdam`
 * is `Ajax`.
 */
function addAlternateName(entity: Entity, written: string): void {
  // (The name itself, the most common case, without splitting it into words.)
  if (written === entity.name) return
  const lower = written.toLowerCase()
  const words = entity.name.split(' ')
  const length = written.split(' ').length
  let name = written
  for (let index = 0; index + length <= words.length; index++) {
    const part = words.slice(index, index + length).join(' ')
    if (part.toLowerCase() === lower) {
      name = part
      break
    }
  }
  if (name.toLowerCase() === entity.name.toLowerCase() || entity.alternateNames.some((other) => other.toLowerCase() === name.toLowerCase())) return
  entity.alternateNames.push(name)
}

/** Of people sharing a surname, the one whose last mention before `mention` is latest. */
function latestBefore(candidates: readonly Entity[], mention: Mention): Entity | undefined {
  let best: Entity | undefined
  let bestAt = -1
  for (const entity of candidates) {
    // Mentions are added in reading order: scan back to the first one before.
    let at = -1
    for (let index = entity.mentions.length - 1; index >= 0; index--) {
      const item = entity.mentions[index]!
      if (item.block < mention.block || (item.block === mention.block && item.first < mention.first)) {
        at = item.block * 1_000_000 + item.first
        break
      }
    }
    if (at > bestAt) {
      best = entity
      bestAt = at
    }
  }
  return best
}

/**
 * The surnames of a full name: its last word, and in Spanish double surnames
 * the second word too (`Castañeda` of `Efraín Castañeda Ruiz`).
 */
function surnamesOf(name: string): string[] {
  const words = name.toLowerCase().split(' ')
  if (words.length < 2) return []
  return words.length >= 3 ? [words[words.length - 1]!, words[1]!] : [words[words.length - 1]!]
}

/** The first letters of a name's capitalized words, `U.S.` left out: `Denver Police Department` → `DPD`. */
function initials(name: string): string {
  // (One string built in a loop, not a filtered and mapped list of words joined.)
  let result = ''
  for (const word of name.split(' ')) if (word !== 'U.S.' && startsUpperCase.test(word)) result += word.charAt(0)
  return result
}

const startsUpperCase = /^\p{Lu}/u

