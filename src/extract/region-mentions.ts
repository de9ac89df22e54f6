/**
 * Regions written after a town: `Slidell, La.`, `Wainwright, Alta.`. The
 * town's mention carries the region, but an abbreviation is no name the
 * recognizer reads, so the state, province or country the text names there
 * would be left out. Each becomes a mention of that region, which needs no
 * resolving: the written form names one region, and the town agrees.
 */
import {findCountry} from '../gazetteer/countries.js'
import {type PlaceCandidate, placeById, provinceAbroad} from '../gazetteer/gazetteer.js'
import {findUsState} from '../gazetteer/us-states.js'
import {type Mention, mentionOf, wordKey} from './mention.js'
import {containsPlace} from './place-pairs.js'
import type {ResolvedPlace} from './places.js'

/**
 * The resolved places, with each region written after a resolved town added
 * as a mention: to the region's place when the story has it already, else
 * as a place of its own. A region counts only where no other mention covers
 * its words (a full name such as `Nigeria` is a mention of its own, resolved
 * with the others) and where it contains the town the text puts in it.
 * `Washington, D.C.` names one place, so D.C. is no second one.
 *
 * @param places the places resolved from the article's mentions
 * @param taken every mention of the article, of any kind, so no words are read twice (tentative ones aside)
 * @returns `places` when no region is added; else a new list, the new regions last
 */
export function withWrittenRegions(places: readonly ResolvedPlace[], taken: readonly Mention[]): readonly ResolvedPlace[] {
  // Made when the first region is found: most articles write none.
  let occupied: Set<string> | undefined
  let result: ResolvedPlace[] | undefined
  for (const town of places) {
    for (const mention of town.mentions) {
      if (mention.region === undefined || mention.evidence.cue === 'dateline') continue
      const region = regionPlace(mention.region)
      if (region === undefined || !containsPlace(region, town.place)) continue
      // The region's words follow the town's comma: one token (`La.`), or two (`W. Va.`).
      const first = mention.last + 1
      const end = first + mention.region.split(' ').length
      const tokens = mention.run.tokens
      occupied ??= occupiedWords(taken)
      // (Each town's mention is visited once, and no two end at the same comma: the words are claimed once.)
      if (tokens[mention.last]?.text !== ',' || tokens[end - 1] === undefined || occupied.has(wordKey(mention.block, first))) continue
      const last = tokens[end - 1]!
      const written = mentionOf(mention.run.slice(first, end), 'place', {cue: 'gazetteer', detail: 'region'}, {name: region.name, start: tokens[first]!.start, end: last.start + last.text.length})
      result ??= [...places]
      const index = result.findIndex((resolved) => resolved.place === region)
      const known = result[index]
      // The region holds the town named before it: the evidence of colocation.
      if (known) result[index] = {...known, mentions: [...known.mentions, written]}
      else result.push({place: region, name: region.name, mentions: [written], evidence: ['colocation']})
    }
  }
  return result ?? places
}

/** The words the mentions claim, as `block:token` (a tentative mention, a guess at a rare word such as `La.` read as a surname, claims none). */
function occupiedWords(taken: readonly Mention[]): Set<string> {
  const occupied = new Set<string>()
  for (const mention of taken) if (!mention.tentative) for (let index = mention.first; index < mention.last; index++) occupied.add(wordKey(mention.block, index))
  return occupied
}

/** The region a written form names (`La.`, `Alta.`, `Nigeria`); none for D.C. (its town is the capital itself) or a form no region is written as. */
function regionPlace(region: string): PlaceCandidate | undefined {
  const state = findUsState(region)
  if (state !== undefined) {
    // `Rothstein, P.A.` (a professional association): dotted capitals name a state only as AP writes it (`N.C.`, not `P.A.`).
    if (state.postalCode === 'DC' || (/^\p{Lu}\.\p{Lu}\.$/u.test(region) && state.apAbbreviation !== region)) return undefined
    return placeById(state.geonameId)
  }
  const country = findCountry(region)
  return country === undefined ? provinceAbroad(region) : placeById(country.geonameId)
}
