import {findCountry} from '../gazetteer/countries.js'
import type {PlaceCandidate} from '../gazetteer/gazetteer.js'
import {findUsState} from '../gazetteer/us-states.js'
import {isCommonWord} from '../lexicon/words.js'
import type {Mention} from './mention.js'

/** A place the article names, resolved to one GeoNames feature. */
export interface ResolvedPlace {
  readonly place: PlaceCandidate
  /** The name as the article writes it. */
  readonly name: string
  readonly mentions: readonly Mention[]
}

/** What the article says about where it happens. */
export interface PlaceContext {
  /** US postal code of the dateline's state. */
  readonly state: string | undefined
  /** ISO code of the dateline's country. */
  readonly country: string | undefined
  /** The story is about the US federal government (`Washington` is then D.C.). */
  readonly federal: boolean
  /** The dateline's city mention: a dateline names a city, not a state (`NEW YORK (AP)`). */
  readonly datelineCity?: Mention | undefined
}

const washingtonDc = 4140963

/**
 * Resolve place names to GeoNames features, in the spirit of CLIFF and
 * Mordecai: a region written next to the name first (`Springfield, Ill.`),
 * then the dateline's state and country, then the states and countries of
 * the article's unambiguous places, then prominence and population.
 * Common words that are also towns (`Federal`, `Hope`) count only where the
 * story is, and small towns far from it are taken for something else.
 */
export function resolvePlaces(mentions: readonly Mention[], context: PlaceContext): ResolvedPlace[] {
  const groups = new Map<string, Mention[]>()
  for (const mention of mentions) {
    const key = mention.key
    const group = groups.get(key)
    if (group) group.push(mention)
    else groups.set(key, [mention])
  }

  // States and countries named outright, and places with a single reading, set the scene.
  const states = new Set<string>()
  const countries = new Set<string>()
  if (context.state) states.add(context.state)
  if (context.country) countries.add(context.country)
  for (const group of groups.values()) {
    const top = group[0]!.places[0]
    if (top?.kind === 'state' && top.admin1) states.add(top.admin1)
    if (top && top.kind !== 'city') countries.add(top.countryCode)
  }

  // A first reading, then a second with the countries and states of the other
  // places (CLIFF's colocation): `Edmonton` beside `Enfield` is in London.
  const firstReading = new Map<readonly Mention[], PlaceCandidate>()
  for (const group of groups.values()) {
    const place = resolveGroup(group, undefined)
    if (place) firstReading.set(group, place)
  }
  const resolved: ResolvedPlace[] = []
  for (const group of groups.values()) {
    // Colocation only ever changes a reading; it never loses a place.
    const place = resolveGroup(group, colocated(group)) ?? firstReading.get(group)
    if (place) resolved.push({place, name: group[0]!.name, mentions: group})
  }
  return resolved

  /** Countries and US states of the other places of the first reading. */
  function colocated(group: readonly Mention[]): Set<string> {
    const near = new Set<string>()
    for (const [other, place] of firstReading) {
      if (other === group) continue
      near.add(place.countryCode)
      if (place.countryCode === 'US' && place.admin1 !== undefined) near.add('US.' + place.admin1)
    }
    return near
  }

  function resolveGroup(group: readonly Mention[], near: ReadonlySet<string> | undefined): PlaceCandidate | undefined {
    let candidates = group[0]!.places
    if (context.datelineCity && group.includes(context.datelineCity)) {
      const cities = candidates.filter((candidate) => candidate.kind === 'city')
      if (cities.length > 0) candidates = cities
    }
    const region = group.find((mention) => mention.region)?.region
    if (region) {
      const state = findUsState(region)
      const country = state ? undefined : findCountry(region)
      const matching = candidates.filter((candidate) =>
        state ? candidate.countryCode === 'US' && candidate.admin1 === state.postalCode : country ? candidate.countryCode === country.code : true
      )
      if (matching.length > 0) candidates = matching
    }
    let best: PlaceCandidate | undefined
    let bestScore = Number.NEGATIVE_INFINITY
    for (const candidate of candidates) {
      const score = scoreOf(candidate, near)
      if (score > bestScore) {
        best = candidate
        bestScore = score
      }
    }
    if (!best) return undefined

    const name = group[0]!.name
    // A town in the same US state as the story's other places is local too (`Paris` beside `Lexington`).
    const local = isLocal(best) || (best.countryCode === 'US' && near?.has('US.' + best.admin1) === true)
    const single = !name.includes(' ')
    // `Federal`, `Metro`, `Hope`: a town only where the story is.
    if (single && isCommonWord(name.toLowerCase()) && !region && !local) return undefined
    // A small town far from the story is more likely a surname or a word.
    if (best.kind === 'city' && !region && !local && best.population < 20_000) return undefined
    return best
  }

  function isLocal(candidate: PlaceCandidate): boolean {
    // Countries, continents and UK nations are never mistaken for a far-off small town.
    if (candidate.kind === 'country' || candidate.kind === 'area') return true
    if (candidate.countryCode === 'US') return candidate.admin1 !== undefined && states.has(candidate.admin1)
    return countries.has(candidate.countryCode)
  }

  function scoreOf(candidate: PlaceCandidate, near: ReadonlySet<string> | undefined): number {
    let score = Math.log10(candidate.population + 1)
    if (near?.has(candidate.countryCode) && !countries.has(candidate.countryCode)) score += 2
    if (candidate.countryCode === 'US' && near?.has('US.' + candidate.admin1) && !states.has(candidate.admin1 ?? '')) score += 2
    if (candidate.countryCode === 'US' && candidate.admin1 !== undefined && candidate.admin1 === context.state) score += 6
    else if (candidate.countryCode === 'US' && candidate.admin1 !== undefined && states.has(candidate.admin1)) score += 3
    if (countries.has(candidate.countryCode)) score += 3
    if (candidate.featureCode === 'PPLC') score += 1.5
    else if (candidate.featureCode === 'PPLA') score += 1
    else if (candidate.featureCode === 'PPLA2') score += 0.5
    // A state's population here is an estimate; a big city of the same name wins (`New York`).
    if (candidate.kind === 'state') score -= 0.5
    if (candidate.geonameId === washingtonDc && context.federal) score += 3
    return score
  }
}
