/**
 * Place evidence: what, beyond the gazetteer having the name, made a name in
 * the text a place and picked its reading. Recorded on every place, so a
 * user (and `eval:real`) can see which kinds of evidence produce which places.
 */
import type {PlaceEvidence} from '../article.js'
import type {PlaceCandidate} from '../gazetteer/gazetteer.js'
import {isCommonWord} from '../lexicon/words.js'
import type {AnalyzedBlock} from './analyze.js'
import type {Mention} from './mention.js'

/** Words before a name that say it is somewhere: `in Aurora`, `near Boise`. */
const locativePrepositions = new Set(['in', 'near', 'from', 'at', 'outside', 'across', 'throughout', 'to', 'into', 'around', 'between', 'toward', 'towards'])

/** `in Aurora`, `near Boise`: a locative preposition right before the mention (a dateline's has none: it starts the paragraph or follows its comma). */
export function hasLocativePreposition(mention: Mention, blocks: readonly AnalyzedBlock[]): boolean {
  return locativePrepositions.has(blocks[mention.block]!.tokens[mention.first - 1]?.lower ?? '')
}

// Head nouns of an administrative area, with their plurals (after coordinated names: `Punjab and Sindh provinces`).
const areaHeadNounForms: ReadonlyArray<readonly [string, string]> = [
  ['province', 'provinces'], ['state', 'states'], ['region', 'regions'], ['county', 'counties'], ['parish', 'parishes'],
  ['prefecture', 'prefectures'], ['territory', 'territories'], ['district', 'districts'], ['governorate', 'governorates'], ['department', 'departments']
]

/** Head nouns of an administrative area, before or after its name: `province of Alberta`, `Zhejiang province`. */
export const areaHeadNouns: ReadonlySet<string> = new Set(areaHeadNounForms.map(([one]) => one))

/** The plurals of {@link areaHeadNouns}. */
const pluralAreaHeadNouns: ReadonlySet<string> = new Set(areaHeadNounForms.map(([, many]) => many))

/** Tokens a list of names may take before a plural head noun: the names' words and their joiners (`Kerala, Goa and Tamil Nadu states`). */
const maxListTokens = 8

/**
 * `Zhejiang province`, `the state of Queensland`: a head noun of an area beside the name; or a
 * plural one after the list the name starts or ends (`Limpopo provinces`, `North West and Limpopo provinces`).
 */
export function hasAreaHeadNoun(mention: Mention, blocks: readonly AnalyzedBlock[]): boolean {
  const tokens = blocks[mention.block]!.tokens
  const after = tokens[mention.last]?.lower
  if (after !== undefined && areaHeadNouns.has(after)) return true
  if (tokens[mention.first - 1]?.lower === 'of' && areaHeadNouns.has(tokens[mention.first - 2]?.lower ?? '')) return true
  // (`Northern and Northeastern states`: one word that is also a common one describes the areas, it names none.)
  if (mention.last - mention.first === 1 && isCommonWord(tokens[mention.first]!.lower)) return false
  // Past the other names of the list and its joiners, to the first word that is neither.
  for (let index = mention.last; index < mention.last + maxListTokens; index++) {
    const token = tokens[index]
    if (token === undefined) return false
    if (pluralAreaHeadNouns.has(token.lower)) return true
    // (A mark is never capitalized.)
    if (!(token.lower === 'and' || token.text === ',' || token.capitalized)) return false
  }
  return false
}

/** What the scene offered a resolved place: the facts {@link placeEvidence} reads. */
export interface ResolutionFacts {
  /** The place lies in the dateline's state or country. */
  readonly inDatelineRegion: boolean
  /** The place lies in a country or US state of another place the article names. */
  readonly colocated: boolean
}

/**
 * The evidence for one place: from its mentions (dateline, a region written
 * after it, a title it qualifies, a preposition or head noun beside it) and
 * from how it was resolved (the dateline's region, the other places).
 * Empty when only the gazetteer and the place's prominence speak for it.
 */
export function placeEvidence(group: readonly Mention[], place: PlaceCandidate, facts: ResolutionFacts, blocks: readonly AnalyzedBlock[]): PlaceEvidence[] {
  const kinds = new Set<PlaceEvidence>()
  for (const mention of group) {
    if (mention.evidence.cue === 'dateline') kinds.add('dateline')
    if (mention.region !== undefined) kinds.add('region')
    if (mention.evidence.detail === 'title qualifier') kinds.add('title-qualifier')
    if (mention.evidence.cue === 'dateline') continue
    if (hasLocativePreposition(mention, blocks)) kinds.add('preposition')
    if (place.kind !== 'city' && hasAreaHeadNoun(mention, blocks)) kinds.add('head-noun')
  }
  if (facts.inDatelineRegion) kinds.add('dateline-region')
  if (facts.colocated) kinds.add('colocation')
  return [...kinds].sort()
}
