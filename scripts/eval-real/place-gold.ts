/**
 * Which gold places count. The library emits literal places: a name used
 * for the place itself. So:
 *
 * - GeoWebNews: `Literal`, `Mixed`, `Coercion` and `Literal_Modifier` count.
 *   `Embedded_Literal` ("Boise" in "Boise State University") does not: the
 *   place is part of the organization's name, and the library names the
 *   organization, not the place. Demonyms, metonyms, homonyms, languages
 *   and embedded non-literals do not count either. A place the library emits
 *   for any of these is neither right nor wrong (it is left out of
 *   precision). `Non_Toponym` spans and the `*_Expression` spans around
 *   toponyms are not places: a Place emitted there is false. A counted span
 *   that is a demonym (`the Turkish border`, `European flights`, typed
 *   `Literal_Modifier` or `Mixed`) is neutral too: the issue counts literal
 *   places and no demonyms, whatever their use, as for TR-News below. A
 *   demonym here is a word of the library's closed demonym class that is no
 *   place name in the gazetteer (`Pacific` and `Atlantic` stay counted).
 * - TR-News: every annotation but demonyms, which TR-News marks too
 *   (`Turkish` → Turkey). A demonym is a mention written differently from
 *   the place's name, ending like one (-an, -ish, -ese, -i…), that is no
 *   place name in the gazetteer.
 * - GeoVirus: every annotation (it marks literal places only).
 * - CoNLL-2003: `LOC`.
 */
import {placeCandidates} from '../../src/gazetteer/gazetteer.js'
import {isDemonym as isDemonymWord} from '../../src/lexicon/demonyms.js'

/** One gold place mention, the same shape for every corpus. */
export interface GoldPlace {
  readonly text: string
  readonly start: number
  readonly end: number
  /** GeoNames name (TR-News). */
  readonly name?: string
  readonly geonameid?: string | number
  readonly lat?: number
  readonly lon?: number
  readonly wikipedia?: string
  readonly type?: string
}

const countedTypes = new Set(['Literal', 'Mixed', 'Coercion', 'Literal_Modifier'])
const neutralTypes = new Set(['Embedded_Literal', 'Demonym', 'Metonymic', 'Non_Literal_Modifier', 'Homonym', 'Embedded_Non_Lit', 'Language'])

/** `counted`, `neutral` (neither right nor wrong to emit) or `ignored` (not a place). */
export function placeStatus(corpus: string, place: GoldPlace): 'counted' | 'neutral' | 'ignored' {
  if (corpus === 'geowebnews') {
    if (countedTypes.has(place.type ?? '')) return isDemonymWord(place.text.toLowerCase()) && placeCandidates(place.text).length === 0 ? 'neutral' : 'counted'
    return neutralTypes.has(place.type ?? '') ? 'neutral' : 'ignored'
  }
  if (corpus === 'tr-news' && isDemonym(place)) return 'neutral'
  return 'counted'
}

function isDemonym(place: GoldPlace): boolean {
  if (place.name === undefined || place.text === place.name) return false
  if (!/(?:an|ish|ese|i|ch|ic|que)s?$/.test(place.text)) return false
  return placeCandidates(place.text).length === 0
}
