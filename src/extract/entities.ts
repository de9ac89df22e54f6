import {placeCandidates} from '../gazetteer/gazetteer.js'
import type {Title} from '../lexicon/titles.js'
import {knownOrganization} from '../lexicon/organizations.js'
import type {Gender} from '../lexicon/words.js'
import type {Mention} from './mentions.js'

/** One real person or organization, with every mention of it. */
export interface Entity {
  readonly kind: 'person' | 'organization'
  /** Fullest name in the text (or the canonical name of a known organization). */
  name: string
  readonly alternateNames: string[]
  /** Titles seen before the name; the first gives `jobTitle`. */
  readonly titles: Title[]
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
}

/**
 * Group mentions into entities: one per real person or organization.
 * Full names first; then surnames (`Jurinsky`), title plus surname
 * (`Mayor Johnston`) and acronyms (`ICE`) join the entity they abbreviate.
 * Single capitalized words that join nothing are dropped, unless the text
 * plainly makes them a person (`Trump's`, `Vizguerra said`).
 */
export function groupEntities(mentions: readonly Mention[]): Grouping {
  const entities: Entity[] = []
  const byKey = new Map<string, Entity>()
  const entityOfMention = new Map<Mention, Entity>()
  const places: Mention[] = []

  // Full names with no evidence but their shape wait for a surname to use them.
  const waiting = new Map<string, Mention[]>()
  for (const mention of mentions) {
    if (mention.kind === 'person' && mention.tentative && !mention.surnameOnly && !mention.inQuote) {
      const key = mention.name.toLowerCase()
      waiting.set(key, [...(waiting.get(key) ?? []), mention])
    }
  }

  for (const mention of mentions) {
    if (mention.kind === 'place' || mention.surnameOnly || isAcronym(mention.name) || (mention.tentative && mention.kind === 'person')) continue
    const known = mention.kind === 'organization' ? knownOrganization(mention.name) : undefined
    const key = mention.kind + ':' + normalize(known?.name ?? mention.name)
    let entity = byKey.get(key)
    if (!entity) {
      entity = {kind: mention.kind, name: known?.name ?? mention.name, alternateNames: [], titles: [], roles: new Set(), gender: 'unknown', memberOf: undefined, mentions: []}
      byKey.set(key, entity)
      entities.push(entity)
    }
    add(entity, mention)
  }

  // Acronyms and short forms: `ICE` for `Immigration and Customs Enforcement`.
  for (const mention of mentions) {
    if (mention.kind !== 'organization' || !isAcronym(mention.name)) continue
    const known = knownOrganization(mention.name)
    const target =
      entities.find((entity) => entity.kind === 'organization' && (normalize(entity.name) === normalize(known?.name ?? '') || initials(entity.name) === mention.name.replaceAll('.', ''))) ??
      undefined
    if (target) {
      add(target, mention)
    } else {
      const entity: Entity = {kind: 'organization', name: known?.name ?? mention.name, alternateNames: [], titles: [], roles: new Set(), gender: 'unknown', memberOf: undefined, mentions: []}
      entities.push(entity)
      add(entity, mention)
    }
  }

  // Surnames: the most recent full name before the mention, else any. A
  // place name that is someone's surname (`Johnston`) is that person.
  for (const mention of mentions) {
    const isSurname = mention.kind === 'person' ? mention.surnameOnly : mention.kind === 'place' && !mention.name.includes(' ') && !mention.region
    if (!isSurname) {
      if (mention.kind === 'place') places.push(mention)
      continue
    }
    const surname = mention.name.toLowerCase()
    for (const [key, list] of waiting) {
      if (!hasSurname(key, surname) || (mention.inQuote && mention.tentative)) continue
      const entity = byKey.get('person:' + key) ?? newEntity('person', list[0]!.name)
      for (const item of list) if (!entityOfMention.has(item)) add(entity, item)
    }
    const candidates = entities.filter((entity) => entity.kind === 'person' && hasSurname(entity.name, surname))
    const target = candidates.length === 1 ? candidates[0] : candidates.find((entity) => entity.mentions.some((other) => other.block <= mention.block))
    if (target) {
      add(target, mention)
      continue
    }
    // `Brightwater said` for `Brightwater Solar Cooperative`.
    const organization = mention.kind === 'person' ? entities.find((entity) => entity.kind === 'organization' && entity.name.includes(' ') && entity.name.toLowerCase().startsWith(surname + ' ')) : undefined
    if (organization) {
      add(organization, mention)
      continue
    }
    if (mention.kind === 'place' || (mention.tentative && placeCandidates(mention.name).length > 0)) {
      places.push(mention.kind === 'place' ? mention : {...mention, kind: 'place', surnameOnly: false})
      continue
    }
    // A bare capitalized word stays a person only with plain evidence for it.
    if (!mention.inQuote || mention.title) {
      let entity = byKey.get('person:' + surname)
      if (!entity && isPersonOnItsOwn(mention)) {
        entity = {kind: 'person', name: mention.name, alternateNames: [], titles: [], roles: new Set(), gender: 'unknown', memberOf: undefined, mentions: []}
        byKey.set('person:' + surname, entity)
        entities.push(entity)
      }
      if (entity) add(entity, mention)
    }
  }

  places.sort((a, b) => a.block - b.block || a.first - b.first)
  return {
    entities,
    places,
    entityOf: (mention) => entityOfMention.get(mention),
    adopt(mention) {
      const kind = mention.kind === 'organization' ? 'organization' : 'person'
      const entity = byKey.get(kind + ':' + normalize(mention.name)) ?? newEntity(kind, mention.name)
      add(entity, mention)
      return entity
    }
  }

  function newEntity(kind: Entity['kind'], name: string): Entity {
    const entity: Entity = {kind, name, alternateNames: [], titles: [], roles: new Set(), gender: 'unknown', memberOf: undefined, mentions: []}
    byKey.set(kind + ':' + normalize(name), entity)
    entities.push(entity)
    return entity
  }

  function add(entity: Entity, mention: Mention): void {
    entity.mentions.push(mention)
    entityOfMention.set(mention, entity)
    if (mention.title && !entity.titles.includes(mention.title)) entity.titles.push(mention.title)
    for (const role of mention.roles) entity.roles.add(role)
    if (entity.gender === 'unknown') entity.gender = mention.gender
    if (mention.name !== entity.name && !mention.surnameOnly && !entity.alternateNames.includes(mention.name) && entity.kind === 'organization') {
      entity.alternateNames.push(mention.name)
    }
    if (mention.title?.council && mention.qualifier && !entity.memberOf) entity.memberOf = mention.qualifier + ' City Council'
  }

  function isPersonOnItsOwn(mention: Mention): boolean {
    return mention.title !== undefined || !mention.tentative
  }
}

function normalize(name: string): string {
  let lower = name.toLowerCase()
  if (lower.startsWith('the ')) lower = lower.slice(4)
  if (lower.startsWith('u.s. ')) lower = lower.slice(5)
  return lower
}

/**
 * Whether `surname` is the surname of a full name: its last word, or in
 * Spanish double surnames its second (`Castañeda` of `Efraín Castañeda Ruiz`).
 */
function hasSurname(name: string, surname: string): boolean {
  const words = name.toLowerCase().split(' ')
  if (words.length < 2) return false
  return words[words.length - 1] === surname || (words.length >= 3 && words[1] === surname)
}

function initials(name: string): string {
  return name
    .split(' ')
    .filter((word) => /^\p{Lu}/u.test(word) && word !== 'U.S.')
    .map((word) => word.charAt(0))
    .join('')
}

function isAcronym(name: string): boolean {
  return name.length >= 2 && name.length <= 8 && !name.includes(' ') && name === name.toUpperCase() && /^[A-Z.&]+$/.test(name)
}
