/**
 * Written containment: `Hinton, Alberta`, `Buffalo, New York`, `Lagos,
 * Nigeria`. A place name, a comma, then a state, province or country that
 * contains one of the first name's readings settles both: the town is the
 * one inside, and the region is that region. A region mention found by the
 * recognizer works whatever its form (`Davao del Sur`, a given name such as
 * `Alberta`), because the pair must agree with the gazetteer to count.
 */
import type {PlaceCandidate} from '../gazetteer/gazetteer.js'
import type {AnalyzedBlock} from './analyze.js'
import {type Mention, wordKey} from './mention.js'

/** What written pairs settle: the region each town lies in, and the reading of each region mention. */
export interface WrittenPairs {
  /** A town's mention → the region written after it. */
  readonly within: ReadonlyMap<Mention, PlaceCandidate>
  /** A region's mention → the region it is read as. */
  readonly regions: ReadonlyMap<Mention, PlaceCandidate>
}

/** Whether `region` (a country, US state or first-order division abroad) contains `place` (a town or county). */
export function containsPlace(region: PlaceCandidate, place: PlaceCandidate): boolean {
  // Towns and US counties are contained; a province abroad is a region itself (`Niger, Nigeria` is a list).
  if (place.kind !== 'city' && !(place.kind === 'division' && place.countryCode === 'US')) return false
  // (A continent has no country code, so it holds no town here.)
  if (place.countryCode !== region.countryCode) return false
  if (region.kind === 'country') return true
  // A US state, or a UK nation (`Leeds, England`): the same admin1 code.
  if (region.kind === 'state' || region.kind === 'area') return place.admin1 === region.admin1
  // A division abroad: ISO 3166-2 and GeoNames' admin1 codes differ, so the country must do.
  return region.kind === 'division' && region.admin1 === undefined && place.kind === 'city'
}

const listJoiners = new Set([',', 'and', 'or'])

/** A list goes on after the region: `, and`, `and`, or a comma and another name. */
function inList(tokens: AnalyzedBlock['tokens'], after: number, byStart: ReadonlyMap<string, Mention>, block: number): boolean {
  const next = tokens[after]?.lower
  if (next === 'and' || next === 'or') return true
  return next === ',' && (listJoiners.has(tokens[after + 1]?.lower ?? '') || byStart.has(wordKey(block, after + 1)))
}

/** The pairs of place mentions written `Town, Region` in which the region contains a reading of the town. */
export function writtenPairs(mentions: readonly Mention[], blocks: readonly AnalyzedBlock[]): WrittenPairs {
  const within = new Map<Mention, PlaceCandidate>()
  const regions = new Map<Mention, PlaceCandidate>()
  // Mentions by block and first token, to find the one right after a comma.
  const byStart = new Map<string, Mention>()
  for (const mention of mentions) byStart.set(wordKey(mention.block, mention.first), mention)
  for (const town of mentions) {
    const tokens = blocks[town.block]!.tokens
    if (tokens[town.last]?.text !== ',') continue
    const next = byStart.get(wordKey(town.block, town.last + 1))
    // `Cairo, Giza, and Al-Minya`, `Texas, Utah, Virginia`: items of a list are no pair.
    // `California, United States`: a state first is a region itself, not a town of that name.
    if (town.places.some((place) => place.kind === 'state' || place.kind === 'country' || place.kind === 'area')) continue
    if (next === undefined || listJoiners.has(tokens[town.first - 1]?.lower ?? '') || inList(tokens, next.last, byStart, town.block)) continue
    // A town the gazetteer lacks (`Thruxton, Hampshire`) agrees with any region: the region is read as one.
    const region =
      town.places.length === 0 && town.region !== undefined
        ? next.places.find((candidate) => candidate.kind !== 'city')
        : next.places.find((candidate) => town.places.some((place) => containsPlace(candidate, place)))
    if (region === undefined) continue
    within.set(town, region)
    regions.set(next, region)
  }
  return {within, regions}
}
