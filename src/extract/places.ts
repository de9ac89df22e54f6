/**
 * Place resolution: the place names an article uses, each read as one
 * gazetteer place, in the spirit of CLIFF and Mordecai.
 */
import type {PlaceEvidence} from '../article.js'
import {findCountry} from '../gazetteer/countries.js'
import {type PlaceCandidate, provinceAbroad} from '../gazetteer/gazetteer.js'
import {findUsState, usStateByPostalCode} from '../gazetteer/us-states.js'
import {isCommonWord} from '../lexicon/words.js'
import type {AnalyzedBlock} from './analyze.js'
import type {Mention} from './mention.js'
import {hasAreaHeadNoun, hasLocativePreposition, placeEvidence} from './place-evidence.js'
import {containsPlace, type WrittenPairs, writtenPairs} from './place-pairs.js'
import {isListedStreetMention} from './listed-streets.js'

/** A place the article names, resolved to one gazetteer place. */
export interface ResolvedPlace {
  readonly place: PlaceCandidate
  /** The name as the article writes it. */
  readonly name: string
  readonly mentions: readonly Mention[]
  /** What, beyond the gazetteer, made it this place. */
  readonly evidence: readonly PlaceEvidence[]
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
  /** The article's blocks, for the words around a name (`in`, `province`). */
  readonly blocks: readonly AnalyzedBlock[]
  /** The place a name is settled as by the newsroom (a known entity); it also sets the scene for the others (default: none). */
  readonly settled?: ((name: string) => PlaceCandidate | undefined) | undefined
}

/** The story's setting: the dateline, plus the states and countries named outright or by places with one reading. */
interface Scene {
  readonly context: PlaceContext
  readonly states: ReadonlySet<string>
  readonly countries: ReadonlySet<string>
  /** `Town, Region` pairs the gazetteer agrees with. */
  readonly pairs: WrittenPairs
}

/** Countries and `US.<state>` keys of the other places of the first reading. */
interface Near {
  readonly has: (key: string) => boolean
}

const washingtonDc = 4140963

/**
 * Resolve place names to gazetteer places: a region written next to the
 * name first (`Springfield, Ill.`), then the dateline's state and country,
 * then the states and countries of the article's unambiguous places, then
 * prominence and population. Common words that are also towns (`Federal`,
 * `Hope`) count only where the story is, and small towns far from it are
 * taken for something else.
 */
export function resolvePlaces(mentions: readonly Mention[], context: PlaceContext): ResolvedPlace[] {
  // (`State and Hubbard streets` names streets, not the towns of those names.)
  const groups = groupByKey(mentions.filter((mention) => !isListedStreetMention(mention)))
  const scene = sceneOf(groups, context, writtenPairs(mentions, context.blocks))

  // A first reading, then a second with the countries and states of the other
  // places (CLIFF's colocation): `Edmonton` beside `Enfield` is in London.
  // What the text itself says of each name is the same in both readings: it is read once.
  const readings = new Map(groups.map((group) => [group, textReading(group, scene)]))
  const firstReading = new Map<readonly Mention[], PlaceCandidate>()
  for (const [group, reading] of readings) {
    const place = resolveGroup(group, reading, scene, undefined)
    if (place) firstReading.set(group, place)
  }
  const resolved: ResolvedPlace[] = []
  const colocated = colocation(firstReading)
  for (const [group, reading] of readings) {
    const near = colocated(group)
    // Colocation only ever changes a reading; it never loses a place.
    const place = resolveGroup(group, reading, scene, near) ?? firstReading.get(group)
    if (!place) continue
    const facts = {inDatelineRegion: inDatelineRegion(place, context), colocated: isNear(place, near)}
    resolved.push({place, name: group[0]!.name, mentions: group, evidence: placeEvidence(group, place, facts, context.blocks)})
  }
  return joinSamePlaces(resolved)
}

/**
 * Names that resolve to one place (`U.S.` and `the United States`) are one
 * place: its mentions in reading order, the evidence of each name.
 */
function joinSamePlaces(resolved: readonly ResolvedPlace[]): ResolvedPlace[] {
  const joined: ResolvedPlace[] = []
  const byId = new Map<string, number>()
  for (const item of resolved) {
    const id = item.place.geonameId === undefined ? item.place.code : String(item.place.geonameId)
    const at = id === undefined ? undefined : byId.get(id)
    if (at === undefined) {
      if (id !== undefined) byId.set(id, joined.length)
      joined.push(item)
      continue
    }
    const first = joined[at]!
    const mentions = [...first.mentions, ...item.mentions].sort((a, b) => a.block - b.block || a.start - b.start)
    joined[at] = {place: first.place, name: first.name, mentions, evidence: [...new Set([...first.evidence, ...item.evidence])]}
  }
  return joined
}

/** Mentions with the same name key, in order of first mention. */
function groupByKey(mentions: readonly Mention[]): Array<readonly Mention[]> {
  const groups = new Map<string, Mention[]>()
  for (const mention of mentions) {
    const group = groups.get(mention.key)
    if (group) group.push(mention)
    else groups.set(mention.key, [mention])
  }
  return [...groups.values()]
}

/** States and countries named outright, and places with a single reading, set the scene. */
function sceneOf(groups: ReadonlyArray<readonly Mention[]>, context: PlaceContext, pairs: WrittenPairs): Scene {
  const states = new Set<string>()
  const countries = new Set<string>()
  if (context.state) states.add(context.state)
  if (context.country) countries.add(context.country)
  // `Hinton, Alberta`: a province written after one of its towns says the story is in its country.
  for (const region of pairs.regions.values()) {
    countries.add(region.countryCode)
    if (region.kind === 'state' && region.admin1) states.add(region.admin1)
  }
  for (const group of groups) {
    const settled = settledPlace(group, context)
    if (settled) {
      if (settled.countryCode === 'US' && settled.admin1) states.add(settled.admin1)
      countries.add(settled.countryCode)
      continue
    }
    const top = group[0]!.places[0]
    // A state's name that is also its nation's capital (`Washington`) says nothing of the scene until it is read.
    const namesCapital = group[0]!.places.some((candidate) => candidate.featureCode === 'PPLC' && candidate.countryCode === top?.countryCode)
    if (top?.kind === 'state' && top.admin1 && !namesCapital) states.add(top.admin1)
    // A division abroad is no evidence of its country (`Victoria`, `Georgia`, `Western` have other readings),
    // unless its name is several words that name only divisions of that country (`South Australia`, `Eastern Cape`).
    if (top && top.kind !== 'city' && (top.kind !== 'division' || impliesCountry(group, top))) countries.add(top.countryCode)
  }
  return {context, states, countries, pairs}
}

function impliesCountry(group: readonly Mention[], division: PlaceCandidate): boolean {
  return division.admin1 === undefined && group[0]!.name.includes(' ') && group[0]!.places.every((candidate) => candidate.kind === 'division' && candidate.countryCode === division.countryCode)
}

/**
 * The places near each group: the keys of the first reading's places but its own. The keys are
 * counted once, and a group's own place taken off its count (not a set made for each group
 * from every other: that was quadratic in the places of the story).
 */
function colocation(firstReading: ReadonlyMap<readonly Mention[], PlaceCandidate>): (group: readonly Mention[]) => Near {
  const counts = new Map<string, number>()
  for (const place of firstReading.values()) {
    counts.set(place.countryCode, (counts.get(place.countryCode) ?? 0) + 1)
    const state = stateKey(place)
    if (state !== undefined) counts.set(state, (counts.get(state) ?? 0) + 1)
  }
  return (group) => {
    const own = firstReading.get(group)
    const ownKeys = own && [own.countryCode, stateKey(own)]
    return {has: (key) => (counts.get(key) ?? 0) > (ownKeys?.includes(key) ? 1 : 0)}
  }
}

/** The `US.<state>` key of a place in a US state. */
function stateKey(place: PlaceCandidate): string | undefined {
  return place.countryCode === 'US' && place.admin1 !== undefined ? 'US.' + place.admin1 : undefined
}

function isNear(place: PlaceCandidate, near: Near): boolean {
  return place.countryCode === 'US' && place.admin1 !== undefined ? near.has('US.' + place.admin1) : near.has(place.countryCode)
}

function inDatelineRegion(place: PlaceCandidate, context: PlaceContext): boolean {
  if (context.state !== undefined) return place.countryCode === 'US' && place.admin1 === context.state
  return context.country !== undefined && place.countryCode === context.country
}

/**
 * The candidates a written region allows: `Springfield, Ill.` is in Illinois. A region that is
 * a US state and a country (`Tbilisi, Georgia`) allows the towns of either. With none of the
 * name in the region, none: `Melville, Sask.` is no Melville elsewhere, but a town the
 * gazetteer lacks (a site, later).
 */
function inWrittenRegion(candidates: readonly PlaceCandidate[], region: string): readonly PlaceCandidate[] {
  const state = findUsState(region)
  // `Bradford, Ontario`: a province abroad gives its country.
  const countryCode = findCountry(region)?.code ?? provinceAbroad(region)?.countryCode
  if (state === undefined && countryCode === undefined) return candidates
  const inState = (candidate: PlaceCandidate) => state !== undefined && candidate.countryCode === 'US' && candidate.admin1 === state.postalCode
  const matching = candidates.filter(inState)
  return matching.length > 0 || countryCode === undefined ? matching : candidates.filter((candidate) => candidate.countryCode === countryCode)
}

/** The place the newsroom settled a group's name as; none when a mention writes its region (`Springfield, Ill.`). */
function settledPlace(group: readonly Mention[], context: PlaceContext): PlaceCandidate | undefined {
  if (!context.settled || group.some((mention) => mention.region)) return undefined
  return context.settled(group[0]!.name)
}

/**
 * What the text says of a group's name, whatever the story's other places: the place a written pair,
 * a list or the newsroom settles it as, or the candidates its written region, its place in the
 * dateline and its head noun leave, with the region written.
 */
type TextReading = {readonly place: PlaceCandidate} | {readonly candidates: readonly PlaceCandidate[]; readonly region: string | undefined}

function textReading(group: readonly Mention[], scene: Scene): TextReading {
  const {context} = scene
  const {blocks} = context
  // `Hinton, Alberta`: the pair settles both names.
  const pinned = firstOf(group, scene.pairs.regions)
  if (pinned) return {place: pinned}
  const within = firstOf(group, scene.pairs.within)
  // A place the newsroom settled, unless the text writes its region.
  const settled = within ? undefined : settledPlace(group, context)
  if (settled) return {place: settled}
  let candidates = within ? group[0]!.places.filter((candidate) => containsPlace(within, candidate)) : group[0]!.places
  // `Armenia, Azerbaijan, Georgia, Iraq`: in a list of countries, the country (the next one is no region of it).
  const country = candidates.find((candidate) => candidate.kind === 'country')
  if (country && group.some((mention) => listsAreas(mention, blocks, isCountryName))) return {place: country}
  // `Utah, Washington and Wisconsin`: in a list of states, the state.
  const state = candidates.find((candidate) => candidate.kind === 'state')
  // (`Florida and Washington, D.C.`: a region written after the name reads it first.)
  const unwritten = (mention: Mention) => mention.region === undefined || isListedState(mention, mention.region, blocks)
  if (state && group.some((mention) => unwritten(mention) && listsAreas(mention, blocks, isStateName))) return {place: state}
  if (context.datelineCity && group.includes(context.datelineCity)) {
    const cities = candidates.filter((candidate) => candidate.kind === 'city')
    if (cities.length > 0) candidates = cities
  }
  const region = group.find((mention) => mention.region !== undefined && !isListedState(mention, mention.region, blocks))?.region ?? within?.name
  if (region) candidates = inWrittenRegion(candidates, region)
  // `the province of Quebec`, `Washington state`: an area's head noun rules out the cities of that name.
  if (group.some((mention) => hasAreaHeadNoun(mention, blocks))) {
    const areas = candidates.filter((candidate) => candidate.kind === 'state' || candidate.kind === 'division')
    if (areas.length > 0) candidates = areas
  }
  return {candidates, region}
}

/** The group's place: the text's reading, else the best of the candidates it leaves, weighed with the story's places (and the other places `near`). */
function resolveGroup(group: readonly Mention[], reading: TextReading, scene: Scene, near: Near | undefined): PlaceCandidate | undefined {
  if ('place' in reading) return reading.place
  const {candidates, region} = reading
  const {blocks} = scene.context
  let best = bestOf(candidates, scene, near)
  if (best?.kind === 'state') best = stateOrItsCity(best, candidates, group, blocks)
  if (best?.kind === 'division') {
    const division = divisionReading(best, candidates, group, scene, near, region)
    if (division) return division
    // Unsupported, the division gives way to the name's other readings.
    best = bestOf(
      candidates.filter((candidate) => candidate.kind !== 'division'),
      scene,
      near
    )
  }
  if (!best) return undefined
  const plausible = (candidate: PlaceCandidate) => isPlausible(candidate, group, scene, near, region !== undefined)
  if (plausible(best)) return best
  // Rejected as a small town far from the story, the name's next reading may stand where the text puts
  // something in the place: `in Colchester` is Colchester, England (121,000) beside Texas, not Colchester, Vt.
  if (!group.some((mention) => hasLocativePreposition(mention, blocks))) return undefined
  // (The rejected reading fails `plausible` again.)
  return bestOf(
    candidates.filter((candidate) => candidate.kind === 'city' && plausible(candidate)),
    scene,
    near
  )
}

/**
 * Whether a reading may stand: a common word that is also a town (`Federal`, `Hope`) is that
 * town only where the story is, and a small town far from the story is more likely a surname
 * or a word. Where the story is: the dateline's or a named state or country, or (colocation) a
 * US state of the story's other places, or the country of its other places when the text
 * puts something in the town (`in Hinton` beside Alberta).
 */
function isPlausible(candidate: PlaceCandidate, group: readonly Mention[], scene: Scene, near: Near | undefined, written: boolean): boolean {
  if (written) return true
  const name = group[0]!.name
  const local =
    isLocal(candidate, scene) ||
    (candidate.countryCode === 'US'
      ? near?.has('US.' + candidate.admin1) === true
      : near?.has(candidate.countryCode) === true && group.some((mention) => hasLocativePreposition(mention, scene.context.blocks)))
  if (local) return true
  // (`WELLINGTON 1996-08-27`: a dateline names a place, whatever else its name means.)
  const dateline = group.some((mention) => mention.evidence.cue === 'dateline')
  if (!dateline && !name.includes(' ') && isCommonWord(name.toLowerCase())) return isLargeCityIn(candidate, group, scene.context.blocks)
  return candidate.kind !== 'city' || candidate.population >= 20_000
}

/** Cities this large are read as the city after a locative preposition, though their name is a word: `in Cork`, `in Reading`, `in Mobile`. */
const largeCityPopulation = 100_000

/** `a press conference in Cork`: a large city the text puts something in, whatever else its name means. */
function isLargeCityIn(candidate: PlaceCandidate, group: readonly Mention[], blocks: readonly AnalyzedBlock[]): boolean {
  return candidate.kind === 'city' && candidate.population >= largeCityPopulation && group.some((mention) => hasLocativePreposition(mention, blocks))
}

function bestOf(candidates: readonly PlaceCandidate[], scene: Scene, near: Near | undefined): PlaceCandidate | undefined {
  let best: PlaceCandidate | undefined
  let bestScore = Number.NEGATIVE_INFINITY
  for (const candidate of candidates) {
    const score = scoreOf(candidate, scene, near)
    if (score > bestScore) {
      best = candidate
      bestScore = score
    }
  }
  return best
}

function firstOf(group: readonly Mention[], map: ReadonlyMap<Mention, PlaceCandidate>): PlaceCandidate | undefined {
  for (const mention of group) {
    const place = map.get(mention)
    if (place) return place
  }
  return undefined
}

/** Conjunctions and commas that join the items of a list. */
const listJoiners = new Set([',', 'and', 'or'])

const isCountryName = (word: string) => findCountry(word) !== undefined
// (The name as written: `Ga.` and `CO` abbreviate a state in a dateline or after a town, not in a list.)
const isStateName = (word: string) => findUsState(word)?.name.endsWith(word) === true

/** An area of a kind (`isArea`) named next to the mention in a list: `Azerbaijan, Georgia`, `Georgia and Iraq`, `Utah, Washington`. */
function listsAreas(mention: Mention, blocks: readonly AnalyzedBlock[], isArea: (word: string) => boolean): boolean {
  const tokens = blocks[mention.block]!.tokens
  const isListed = (index: number) => {
    const token = tokens[index]
    return token !== undefined && token.kind === 'word' && token.capitalized && isArea(token.text)
  }
  const joins = (index: number) => listJoiners.has(tokens[index]?.lower ?? '')
  return (joins(mention.first - 1) && isListed(mention.first - 2)) || (joins(mention.last) && (isListed(mention.last + 1) || (joins(mention.last + 1) && isListed(mention.last + 2))))
}

/**
 * `Washington, Pennsylvania and California`: a name that is itself a state or country, with the
 * `region` written after it going on as a list, is an item of that list, not a town in that region.
 */
function isListedState(mention: Mention, region: string, blocks: readonly AnalyzedBlock[]): boolean {
  if (!mention.places.some((place) => place.kind === 'state' || place.kind === 'country')) return false
  const tokens = blocks[mention.block]!.tokens
  const after = mention.last + 1 + region.split(' ').length
  const next = tokens[after]?.lower
  return next === 'and' || next === 'or' || (next === ',' && tokens[after + 1]?.capitalized === true)
}

/**
 * `New York` is a state and its largest city. The city, unless a mention
 * reads as the state: a title it qualifies (`New York Governor`, not `Mayor`), the region
 * after another place (`Buffalo, New York`), or a head noun (handled before).
 */
function stateOrItsCity(state: PlaceCandidate, candidates: readonly PlaceCandidate[], group: readonly Mention[], blocks: readonly AnalyzedBlock[]): PlaceCandidate {
  const city = candidates.find((candidate) => candidate.kind === 'city' && candidate.countryCode === state.countryCode && candidate.admin1 === state.admin1 && candidate.population >= 100_000)
  if (city === undefined) return state
  const readsAsState = group.some((mention) => {
    const tokens = blocks[mention.block]!.tokens
    if (mention.evidence.cue === 'dateline') return true
    // (`New York Mayor X` is the city's.)
    if (mention.evidence.detail === 'title qualifier') return tokens[mention.last]?.lower !== 'mayor'
    return tokens[mention.first - 1]?.text === ',' && /^\p{Lu}/u.test(tokens[mention.first - 2]?.text ?? '')
  })
  return readsAsState ? state : city
}

/**
 * A first-order division abroad (`Alberta`, `Zhejiang`) is read only with
 * support: its country in the story, a head noun (`Zhejiang province`), a
 * written region, or a distinctive name of several words (`New South Wales`).
 * A city of the same name in the same country wins without a head noun
 * (`Quebec`, `Kampala`), as in CLIFF.
 */
function divisionReading(
  division: PlaceCandidate,
  candidates: readonly PlaceCandidate[],
  group: readonly Mention[],
  scene: Scene,
  near: Near | undefined,
  region: string | undefined
): PlaceCandidate | undefined {
  const headNoun = group.some((mention) => hasAreaHeadNoun(mention, scene.context.blocks))
  if (headNoun) return division
  if (division.admin1 !== undefined) return countyReading(group, candidates, scene, near)
  // `Niger`, `Georgia` beside Armenia: a country outranks a province of its name.
  const country = candidates.find((candidate) => candidate.kind === 'country')
  if (country) return country
  // The city's reading then faces the usual tests (`Most`, a Czech city, is mostly a word).
  if (candidates.some((candidate) => candidate.kind === 'city' && candidate.countryCode === division.countryCode && candidate.population >= 20_000)) return undefined
  const name = group[0]!.name
  // (`Gilgit-Baltistan`, `Khyber-Pakhtunkhwa`: a hyphen joins two names' words.)
  const words = name.split(/[ -]/)
  const local = scene.countries.has(division.countryCode) || near?.has(division.countryCode) === true || region !== undefined
  // `Northern Territory` beside South Australia: words, but a name where its country is.
  if (words.every((word) => isCommonWord(word.toLowerCase()))) return local && words.length > 1 ? division : undefined
  // `Manitoba Premier X`: a title of the area's government.
  if (local || group.some((mention) => mention.evidence.detail === 'title qualifier')) return division
  // Far from the story, only a distinctive name of several words that names no city (`New South Wales`, not `Saint Paul`).
  return words.length > 1 && candidates.every((candidate) => candidate.kind === 'division') ? division : undefined
}

/**
 * A US county (`Metcalfe County`, `Orleans Parish`): in the story's state or a
 * state of its other places, or the only county of that name. Many names are
 * shared (`Monroe County` is in 17 states), and a county is not guessed.
 */
function countyReading(group: readonly Mention[], candidates: readonly PlaceCandidate[], scene: Scene, near: Near | undefined): PlaceCandidate | undefined {
  // Most populous first (the gazetteer's order), so each test below keeps the larger of two.
  const counties = candidates.filter((candidate) => candidate.kind === 'division' && candidate.countryCode === 'US')
  // `Monroe County in northeast Missouri`: the state named nearest in the same paragraph.
  const nearest = nearestNamedState(group, counties, scene.context.blocks)
  if (nearest) return nearest
  const tests: Array<(county: PlaceCandidate) => boolean> = [
    (county) => county.admin1 === scene.context.state,
    (county) => scene.states.has(county.admin1!),
    (county) => near?.has('US.' + county.admin1) === true
  ]
  for (const test of tests) {
    const county = counties.find(test)
    if (county) return county
  }
  // `Morris County` (New Jersey, 500,000 people; the others a few thousand): one far larger than every other reads as a big city does.
  // (The division being read is one of them.)
  const largest = counties[0]!
  const next = counties[1]
  if (largest.population >= prominentCountyPopulation && largest.population >= prominenceRatio * (next?.population ?? 0)) return largest
  return counties.length === 1 ? counties[0] : undefined
}

/** A county this large (the sum of its places) may be read without the story naming its state… */
const prominentCountyPopulation = 100_000
/** …when it is this many times larger than every other county of its name. */
const prominenceRatio = 10

/** The county whose state's name is written nearest to one of the mentions, in its paragraph. */
function nearestNamedState(group: readonly Mention[], counties: readonly PlaceCandidate[], blocks: readonly AnalyzedBlock[]): PlaceCandidate | undefined {
  let best: PlaceCandidate | undefined
  let bestDistance = Number.POSITIVE_INFINITY
  for (const county of counties) {
    // (Every county's admin1 is a state's postal code.)
    const state = usStateByPostalCode(county.admin1!)!.name
    for (const mention of group) {
      const text = blocks[mention.block]!.block.text
      for (let at = text.indexOf(state); at !== -1; at = text.indexOf(state, at + 1)) {
        const distance = Math.abs(at - mention.start)
        if (distance < bestDistance) {
          best = county
          bestDistance = distance
        }
      }
    }
  }
  return best
}

function isLocal(candidate: PlaceCandidate, scene: Scene): boolean {
  // Countries, continents and UK nations are never mistaken for a far-off small town.
  if (candidate.kind === 'country' || candidate.kind === 'area') return true
  if (candidate.countryCode === 'US') return candidate.admin1 !== undefined && scene.states.has(candidate.admin1)
  return scene.countries.has(candidate.countryCode)
}

function scoreOf(candidate: PlaceCandidate, scene: Scene, near: Near | undefined): number {
  const {context, states, countries} = scene
  const inUs = candidate.countryCode === 'US' && candidate.admin1 !== undefined
  let score = Math.log10(candidate.population + 1)
  if (near?.has(candidate.countryCode) && !countries.has(candidate.countryCode)) score += 2
  if (inUs && near?.has('US.' + candidate.admin1) && !states.has(candidate.admin1!)) score += 2
  if (inUs && candidate.admin1 === context.state) score += 6
  else if (inUs && states.has(candidate.admin1!)) score += 3
  if (countries.has(candidate.countryCode)) score += 3
  if (candidate.featureCode === 'PPLC') score += 1.5
  else if (candidate.featureCode === 'PPLA') score += 1
  else if (candidate.featureCode === 'PPLA2') score += 0.5
  // A state's population here is an estimate; a big city of the same name wins (`New York`).
  if (candidate.kind === 'state') score -= 0.5
  // A division's population abroad is unknown: rank it as a large city would be.
  if (candidate.kind === 'division' && candidate.admin1 === undefined) score += 5.5
  if (candidate.geonameId === washingtonDc && context.federal) score += 3
  return score
}
