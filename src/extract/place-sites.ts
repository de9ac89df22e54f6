/**
 * Sites: places no gazetteer of towns and regions has, named with a head
 * noun that says what they are (`Colfax Avenue`, `Heathrow Airport`,
 * `Lincoln Park`, `the Baltic Sea`). They are places of the story all the
 * same; they get no coordinates and no GeoNames id (we have none to give),
 * and they lie in the place the text puts them in (`Church Street,
 * Enfield`), or for a street or a building, in the dateline's place.
 */
import {findCountry} from '../gazetteer/countries.js'
import {type PlaceCandidate, placeById, placeCandidates, provinceAbroad} from '../gazetteer/gazetteer.js'
import {findUsState} from '../gazetteer/us-states.js'
import {givenNameGender, isCommonWord} from '../lexicon/words.js'
import {type Mention, wordKey} from './mention.js'
import type {ResolvedPlace} from './places.js'
import type {Run} from './run.js'
import {isDemonym} from '../lexicon/demonyms.js'
import {Word, isWordClass} from '../lexicon/word-classes.js'
import {type Token, hasClass} from './tokens.js'
import {listedStreetDetail} from './listed-streets.js'

/** Heads of a street's name, which a house number or an ordinal may start: `2700 North Fourth Street`, `14th St.`. */
const streetHeads = new Set(['avenue', 'ave.', 'street', 'st.', 'road', 'rd.', 'boulevard', 'blvd.', 'drive', 'lane', 'close', 'terrace'])

/** Heads a number follows in a road's name: `Highway 403`, `Interstate 40`, `Route 9`. */
const numberedHeads = new Set(['highway', 'motorway', 'expressway', 'freeway', 'interstate', 'route'])

/** Head nouns of streets, roads and built sites: in the town the story is in, unless the text says which. */
const builtHeads = new Set([
  ...streetHeads, ...numberedHeads, 'parade',
  'parkway', 'turnpike', 'bridge', 'tunnel', 'airport', 'park', 'square', 'plaza',
  'stadium', 'arena', 'castle', 'palace', 'cathedral',
  // Buildings and venues that are nothing but a place: `Ramor Theatre`, `Percy French Hotel`, `Airport Courthouse`.
  'theatre', 'theater', 'cinema', 'hotel', 'motel', 'inn', 'prison', 'jail', 'gaol', 'courthouse', 'chapel', 'basilica', 'abbey',
  'mosque', 'synagogue', 'racecourse', 'raceway', 'speedway', 'hall', 'tower', 'mall', 'cottage', 'gardens', 'armory', 'armoury',
])

/**
 * Head nouns of buildings that also name the body that runs them (`Alder Hey Hospital said`, `the
 * Hurricane Center`): a place where the text puts someone or something in it (`at`, `in`, `to`).
 */
const institutionHeads = new Set(['hospital', 'centre', 'center', 'library', 'museum', 'church', 'clinic', 'circuit'])

/** Words before a building's name that put someone or something in it: `at`, `in`, `taken to`. */
const intoPrepositions = new Set(['at', 'in', 'inside', 'outside', 'near', 'to', 'into'])

/**
 * How a run (words `first` to `end`, several) names a building or venue that is also a body, used as
 * a place: `died at Northgate General Hospital`, `a concert at the Linden Community Centre` (a
 * `building`); `studies at Linden University`, `at the Harlow Embassy` (a `school`, which stays a
 * body too); `a finalist at the Harwell Piano Competition` (an `event`). None when the text puts
 * nothing in it (`Northgate General Hospital said`).
 */
export function institutionSite(tokens: readonly Token[], first: number, end: number): 'building' | 'school' | 'event' | undefined {
  if (end - first < 2) return undefined
  const head = tokens[end - 1]!
  const before = wordBeforeName(tokens, first)
  if (head.capitalized && institutionHeads.has(head.lower)) return intoPrepositions.has(before) ? 'building' : undefined
  const venue = venueHead(tokens, first, end)
  if (venue === undefined) return undefined
  if (eventHeads.has(venue)) return before === 'at' || before === 'in' ? 'event' : undefined
  // (`a professor at Linden University`, `researchers at the Linden Institute`: an affiliation names the body;
  // `the Linden Institute poll` a thing of it.)
  if (!intoPrepositions.has(before) || !endsPlaceNoun(tokens[end]) || isAffiliated(tokens, nameStart(tokens, first) - 1)) return undefined
  return 'school'
}

/** Words for those a school or body has, beyond job words and agent nouns: `experts at`, `a team of doctors at`, `laboratories at`. */
const affiliationWords: ReadonlySet<string> = new Set(['expert', 'staff', 'faculty', 'fellow', 'team', 'department', 'laboratory', 'laboratories', 'lab', 'unit'])

/**
 * Whether the preposition at `preposition` ties someone or something to the school as its member or
 * part: `a professor at`, `researchers at`, `professor of history at`, `the School of Medicine at`.
 */
function isAffiliated(tokens: readonly Token[], preposition: number): boolean {
  const before = tokens[preposition - 1]
  if (before === undefined) return false
  // (`the Bowman School of Medicine at`: a name before is a part of the body.)
  if (before.capitalized && !before.sentenceStart && !hasClass(before, Word.DateWord)) return true
  if (isAffiliation(before)) return true
  // `professor of history at`: past a short `of` phrase to its head.
  for (let index = preposition - 2; index >= Math.max(0, preposition - 4); index--) {
    if (tokens[index]!.lower === 'of') return isAffiliation(tokens[index - 1])
  }
  return false
}

// Agent nouns by their ending: `economist`, `researchers`, `lecturer`, `doctors`, `historian`, `analyst`.
const agentNoun = /(?:ist|er|or|ian|yst)s?$/

/** Whether the word before a school's preposition names someone it employs or teaches (`professor`, `researchers`). */
function isAffiliation(token: Token | undefined): boolean {
  if (token === undefined || token.kind !== 'word') return false
  const singular = token.lower.endsWith('s') ? token.lower.slice(0, -1) : token.lower
  return hasClass(token, Word.Role) || isWordClass(singular, Word.Role) || affiliationWords.has(token.lower) || affiliationWords.has(singular) || agentNoun.test(token.lower)
}

/** Where a name starting at `first` starts with its `the` (`at the Linden School`: the `the`). */
function nameStart(tokens: readonly Token[], first: number): number {
  let start = first
  while (start > 0 && tokens[start - 1]!.lower === 'the') start--
  return start
}

/** Heads of schools and missions, bodies as much as places: places too where the text puts someone in them (`studies at Linden University`). */
const schoolHeads = new Set(['university', 'college', 'school', 'academy', 'institute', 'embassy', 'consulate'])
/** Heads of events, which happen somewhere: places after `at` or `in` (`a finalist at the Harwell Piano Competition`). */
const eventHeads = new Set(['festival', 'competition', 'show', 'concert', 'summit', 'expo', 'fair'])

/** The school's or event's head of a run: its last word, or a word before `of` (`University of Linden`, `Linden School of Music`). */
function venueHead(tokens: readonly Token[], first: number, end: number): string | undefined {
  for (let index = first; index < end; index++) {
    const token = tokens[index]!
    // (`the Journal of the Royal College of Physicians`: a head after `of` names what the thing is of.)
    if (token.lower === 'of') return undefined
    if (!token.capitalized || !(schoolHeads.has(token.lower) || eventHeads.has(token.lower))) continue
    if (index !== end - 1 && tokens[index + 1]!.lower !== 'of') continue
    // (`Secondary School`: two words alone name no one school; `University of Perpetual Help` does.
    // Asked only of a run with a head: the lexicon is not asked of every run.)
    return end - first === 2 && tokens.slice(first, end).every((word) => isCommonWord(word.lower)) ? undefined : token.lower
  }
  return undefined
}

/** The word before a name starting at `first`, past any `the` (`at the Linden Centre` → `at`); empty at the start. */
function wordBeforeName(tokens: readonly Token[], first: number): string {
  let before = first - 1
  while (before >= 0 && tokens[before]!.lower === 'the') before--
  return before >= 0 ? tokens[before]!.lower : ''
}

/** Whether a word is the head of a building's or venue's name as written (`Basilica`, `Palace`, `Hospital`): a possessive before it is part of the name (`St. Peter's Basilica`). */
export function isBuildingHead(token: Token | undefined): boolean {
  return token !== undefined && token.capitalized && (builtHeads.has(token.lower) || institutionHeads.has(token.lower))
}

/** Head nouns of natural features: they lie in a place only when the text says so. */
const naturalHeads = new Set([
  'sea', 'ocean', 'gulf', 'strait', 'lake', 'river', 'creek', 'canyon', 'valley', 'mountain', 'mountains', 'peak', 'island', 'islands',
  'peninsula', 'bay', 'harbor', 'harbour', 'beach', 'forest', 'desert', 'canal',
])

/** Built and natural heads in one set: `isSiteHead` asks it of the last word of nearly every run. */
const siteHeads = new Set([...builtHeads, ...naturalHeads])

/** Whether a word is the head noun of a site (`Avenue`, `Airport`, `Sea`), as written in a name: capitalized. */
export function isSiteHead(token: Token | undefined): boolean {
  return token !== undefined && token.capitalized && siteHeads.has(token.lower)
}

/** Heads that are also surnames (`Kevin Park`, `Veronica Lake`): after a given name, a site only after `in`, `at`, `on`… */
const surnameHeads = new Set(['park', 'lake', 'street', 'lane', 'castle', 'forest', 'bridge', 'beach', 'bay', 'river', 'creek', 'island', 'palace', 'hall', 'tower', 'chapel', 'abbey', 'inn'])
const sitePrepositions = new Set(['in', 'at', 'on', 'near', 'along', 'across', 'to', 'from', 'into', 'off', 'outside', 'inside', 'through', 'toward', 'towards', 'past', 'onto', 'via'])

/**
 * Whether a capitalized run (the gazetteer has no entry for it, its words `first` to `end`) names a
 * site: its last word is a site's head noun after another word or before a road's number, and a
 * given name before a head that is also a surname has a preposition before it (`at Lincoln Park`,
 * but `Kevin Park said`).
 */
export function isSiteMention(tokens: readonly Token[], first: number, end: number, parts: readonly Token[]): boolean {
  if (end - first === 1 && isNumberedRoad(tokens, first)) return true
  const head = parts[parts.length - 1]
  // One word names a site only with its number: `Highway 403`, `14th St.`.
  if (!isSiteHead(head) || (parts.length < 2 && !(tokens[end] !== undefined && isRoadNumberAfter(head, tokens[end])) && !isStreetOrdinal(tokens[first - 1], head))) return false
  if (!surnameHeads.has(head!.lower) || givenNameGender(parts[0]!.text) === undefined) return true
  return sitePrepositions.has(wordBeforeName(tokens, first))
}

// A British road's number: `A120`, `M25`, `B4066`, `A1(M)`.
const roadNumberShape = /^[ABM]\d{1,4}(?:\(M\))?$/

/** Words that say a road is meant: `the A417 southbound carriageway`, `the A429 junction`. */
const roadWords = new Set(['southbound', 'northbound', 'eastbound', 'westbound', 'carriageway', 'junction', 'roundabout', 'road', 'motorway', 'bypass', 'slip'])
/** Prepositions that put something on a road: `via the A436`, `off the M6`. */
const roadPrepositions = new Set(['via', 'along', 'off', 'onto', 'near'])

/**
 * Whether the word at `index` is a British road's number used as a road: after `via`, `along`,
 * `off` (`via the A436`), before a road's word (`the A417 southbound`), after `on the` with a
 * place after it (`on the A120 at Coggeshall`), or in a list after another (`the A436, A40 and A429`).
 * `the A380` alone is an aircraft as often as a road: not a place.
 */
function isNumberedRoad(tokens: readonly Token[], index: number): boolean {
  if (!roadNumberShape.test(tokens[index]!.text)) return false
  const next = tokens[index + 1]?.lower
  if (next !== undefined && roadWords.has(next)) return true
  const before = tokens[index - 1]?.lower
  if (before === 'the') {
    const preposition = tokens[index - 2]?.lower ?? ''
    if (roadPrepositions.has(preposition)) return true
    return preposition === 'on' && (next === 'at' || next === 'near' || next === 'between')
  }
  // `the A436, A40 and A429`: an item of a list of roads.
  return (before === ',' || before === 'and' || before === 'or') && roadNumberShape.test(tokens[index - 2]?.text ?? '')
}

const houseNumberShape = /^\d{1,5}[A-Za-z]?$/
const ordinalShape = /^\d{1,3}(?:st|nd|rd|th)$/

function isStreetOrdinal(before: Token | undefined, head: Token | undefined): boolean {
  return before !== undefined && head !== undefined && ordinalShape.test(before.text) && streetHeads.has(head.lower)
}

/**
 * A site's run with the numbers that belong to its name: a road's number after it (`Highway 403`),
 * an ordinal (`14th St.`) and a house number (`2700 North Fourth Street`) before a street's.
 */
export function siteRun(run: Run): Run {
  const {tokens} = run
  const head = tokens[run.end - 1]
  const next = tokens[run.end]
  const end = next !== undefined && isRoadNumberAfter(head, next) ? run.end + 1 : run.end
  let first = run.first
  if (head !== undefined && streetHeads.has(head.lower)) {
    if (isStreetOrdinal(tokens[first - 1], head)) first--
    if (first > 0 && houseNumberShape.test(tokens[first - 1]!.text)) first--
  }
  return run.slice(first, end)
}

/** Whether `next` is the number of the road `head` ends: `Highway` `403`, `Route` `9A`. */
export function isRoadNumberAfter(head: Token | undefined, next: Token): boolean {
  return head !== undefined && numberedHeads.has(head.lower) && /^\d{1,4}[A-Z]?$/.test(next.text)
}

/** Compass words that name a part of a larger area: `North Africa`, `Western Europe`, `West Wales`. */
const compassWords = new Set([
  'north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'central', 'northeast', 'northwest', 'southeast',
  'southwest', 'northeastern', 'northwestern', 'southeastern', 'southwestern', 'north-east', 'north-west', 'south-east', 'south-west',
])

/** Regions named by a qualifier and a compass point or a continent's old name; they lie in no one continent. */
const qualifiedRegions = new Set(['middle east', 'far east', 'near east', 'latin america', 'central america'])

/**
 * Regions, seas and ranges news names by one name that no country or
 * continent has (`the Balkans`, `the Midwest`, `the Caribbean`), and
 * countries that no longer exist (ISO 3166-3's former names: `the Soviet
 * Union`, `Yugoslavia`): places with no point today. Names the gazetteer
 * also has as towns (`Atlantic`, Iowa) are left out, the town would win; so are
 * words more often adjectives (`this tiny Arctic town`).
 */
const namedRegions = new Set([
  'midwest', 'balkans', 'caribbean', 'caucasus', 'scandinavia', 'benelux', 'baltics', 'maghreb', 'mediterranean', 'sahara',
  'himalayas', 'alps',
  'soviet union', 'ussr', 'yugoslavia', 'czechoslovakia', 'east germany', 'west germany', 'rhodesia', 'serbia and montenegro'
])

/** The words a region's name can start with: a compass word, or the first word of a region known by name (`middle`, `soviet`, `ussr`). */
const regionFirstWords = new Set([...compassWords, ...[...qualifiedRegions, ...namedRegions].map((name) => name.split(' ')[0]!)])

/** The continent, country or UK nation a compass word and a name divide (`North Africa` → Africa). */
function dividedArea(words: readonly string[]): PlaceCandidate | undefined {
  // (`America` alone is the United States: `Central America` is no part of it.)
  if (words.length < 2 || !compassWords.has(words[0]!.toLowerCase()) || words[1]!.toLowerCase() === 'america') return undefined
  return placeCandidates(words.slice(1).join(' ')).find((candidate) => candidate.kind === 'country' || candidate.kind === 'area')
}

/**
 * Whether a capitalized run the gazetteer lacks names a part of a continent, a country or a UK
 * nation by a compass word (`North Africa`, `Western Europe`, `West Wales`), or a region such as
 * `the Middle East` or `Latin America`: a place with no point, inside the area it divides.
 */
export function isRegionMention(parts: readonly Token[]): boolean {
  // Nearly every run asked starts with a word no region starts with: that is checked before its words are joined.
  // (`lower` writes `’` as `'`, which no region's word has; dots are dropped as `isRegionName` drops them, `U.S.S.R.`.)
  const head = parts[0]?.lower
  if (head === undefined || !regionFirstWords.has(head.includes('.') ? head.replaceAll('.', '') : head)) return false
  return isRegionName(parts.map((token) => token.text))
}

function isRegionName(words: readonly string[]): boolean {
  const name = words.join(' ').toLowerCase().replaceAll('.', '')
  return qualifiedRegions.has(name) || namedRegions.has(name) || dividedArea(words) !== undefined
}

/** A site the article names: its mentions, the head noun, and the place it lies in, if the text gives one. */
export interface ResolvedSite {
  /** The name as the article first writes it. */
  readonly name: string
  readonly mentions: readonly Mention[]
  readonly container: PlaceCandidate | undefined
  /** The container is written after the site (`Church Street, Enfield`), not the dateline's place. */
  readonly written: boolean
  /** Named by a head noun (`Colfax Avenue`); false for a town its written region has none of (`Melville, Sask.`). */
  readonly headNoun: boolean
}

/**
 * The sites among the place mentions (those the gazetteer has no entry for, or none in the region
 * written after them), one per name,
 * each in the place written right after it (`Church Street, Enfield`) or, for a street or a
 * built site, in the dateline's place.
 */
export function resolveSites(mentions: readonly Mention[], resolved: readonly ResolvedPlace[], datelinePlace: PlaceCandidate | undefined): ResolvedSite[] {
  const placeAt = new Map<string, PlaceCandidate>()
  for (const place of resolved) for (const mention of place.mentions) placeAt.set(wordKey(mention.block, mention.first), place.place)
  const byKey = new Map<string, Mention[]>()
  for (const mention of mentions) {
    // A town whose written region has no town of its name (`Melville, Sask.`) is unresolved too.
    // So is a name the text calls a place (`at Heathrow airport`) whose readings were all too far off (Heathrow, Florida).
    const unresolved = (mention.region !== undefined || isNamedByPlaceNoun(mention)) && !placeAt.has(wordKey(mention.block, mention.first))
    if (mention.kind !== 'place' || (mention.places.length > 0 && !unresolved)) continue
    const group = byKey.get(mention.key)
    if (group) group.push(mention)
    else byKey.set(mention.key, [mention])
  }
  const sites: ResolvedSite[] = []
  for (const group of byKey.values()) {
    const name = group[0]!.name
    const words = name.split(' ')
    // A region contains the places written after it (`the Middle East, India`), not the other way round.
    if (isRegionName(words)) {
      sites.push({name, mentions: group, container: dividedArea(words), written: false, headNoun: false})
      continue
    }
    const written = group.map((mention) => placeAt.get(wordKey(mention.block, mention.last + 1)) ?? regionPlace(mention.region)).find((place) => place !== undefined)
    const head = words[words.length - 1]!.toLowerCase()
    const built = builtHeads.has(head) || institutionHeads.has(head)
    // (Numbered heads, `Highway`, `Route`, are built ones.)
    const named = built || naturalHeads.has(head)
    sites.push({name, mentions: group, container: written ?? (built ? datelinePlace : undefined), written: written !== undefined, headNoun: named})
  }
  return sites
}

/** The state, country or province a written region names (`Ill.`, `Sask.`), when it was not resolved as a place of its own. */
function regionPlace(region: string | undefined): PlaceCandidate | undefined {
  if (region === undefined) return undefined
  const state = findUsState(region)
  const country = state ? undefined : findCountry(region)
  const byId = state ?? country
  if (byId) return placeById(byId.geonameId)
  return provinceAbroad(region)
}

// Place nouns before `of X` or after `X, a`: `the village of Dahshour`, `Arbil, a city`.
export const placeNouns: ReadonlySet<string> = new Set(['town', 'village', 'city', 'province', 'region', 'district', 'municipality', 'island', 'port', 'suburb', 'hamlet', 'state', 'county', 'capital'])

// Lower-case nouns after a name that call it a place or a site: `Heathrow airport`, `the Shankill area`, `the A429 Cirencester junction`.
const placeNounsAfter: ReadonlySet<string> = new Set([
  'area', 'village', 'town', 'township', 'neighborhood', 'neighbourhood', 'suburb', 'enclave', 'hamlet', 'district',
  'airport', 'junction', 'intersection', 'roundabout', 'crossroads', 'campus', 'graveyard', 'cemetery', 'foreshore', 'quarry', 'outlet', 'coast', 'coastline', 'riverbank', 'seafront', 'waterfront'
])

/**
 * The place noun that names the run (words `first` to `end`) a place: a lower-case one right after it that
 * heads the phrase (`Heathrow airport on`, `the Shankill area.`; not `a Kennedy town hall`), or one before
 * `of` (`the village of Torkula`, `the town of Southold`).
 */
export function placeNounAround(tokens: readonly Token[], first: number, end: number): string | undefined {
  const next = tokens[end]
  // (`the Etruscan town of Orvieto`: the noun heads a phrase that names another place; the word before it describes the town.)
  // (`this tiny Arctic town`: after an adjective, the name is one more.)
  if (next?.kind === 'word' && !next.capitalized && placeNounsAfter.has(next.lower) && endsPlaceNoun(tokens[end + 1]) && !modifiesNoun(tokens, first, end)) return next.lower
  const noun = tokens[first - 2]
  return tokens[first - 1]?.lower === 'of' && noun !== undefined && !noun.capitalized && placeNouns.has(noun.lower) ? noun.lower : undefined
}

/**
 * Whether the words around a name make it describe the place noun after it rather than name the place:
 * no opener before it (`this tiny Arctic town`), `of` after the noun, a demonym or a hyphen in it.
 * (Asked only once a place noun follows: most names have none.)
 */
function modifiesNoun(tokens: readonly Token[], first: number, end: number): boolean {
  const before = tokens[first - 1]
  const opens = before === undefined || before.kind !== 'word' || before.lower === 'the' || sitePrepositions.has(before.lower)
  return !opens || tokens[end + 1]?.lower === 'of' || tokens.slice(first, end).some((token) => isDemonym(token.lower) || token.lower.includes('-'))
}

/** `the A429 Cirencester junction`: the road's number before a town's name is no part of it; the town starts after it. */
export function afterRoadNumber(tokens: readonly Token[], first: number, end: number): number {
  return end - first > 1 && roadNumberShape.test(tokens[first]!.text) ? first + 1 : first
}

/** Whether a mention is a place because the text calls it one (`the Shankill area`, `the town of Southold`). */
export function isNamedByPlaceNoun(mention: Mention): boolean {
  const {cue, detail} = mention.evidence
  return cue === 'name-shape' && detail !== undefined && (placeNounsAfter.has(detail) || placeNouns.has(detail) || detail === listedStreetDetail)
}

// Words after a place noun that go on describing the place: `a village about 345 miles from`, `a town some 30 km`.
const placeNounFollowers: ReadonlySet<string> = new Set(['about', 'some', 'near', 'outside', 'north', 'south', 'east', 'west', 'close'])

/** Whether the word after an appositive's place noun leaves it the head (`a village 40 km`, `a town in the hills`), not a modifier (`a village elder`). */
export function endsPlaceNoun(token: Token | undefined): boolean {
  if (token === undefined || token.kind !== 'word' || /^\d/.test(token.text)) return true
  return hasClass(token, Word.FunctionWord | Word.Joiner) || placeNounFollowers.has(token.lower)
}

