/**
 * Classifying a run: a person, an organization or a place, with the evidence
 * that made it one (a title, a head noun, a speech verb, the gazetteer, the
 * shape of a name), or nothing.
 */
import type {Title} from '../lexicon/titles.js'
import {isAcronym, isBroadcaster} from '../lexicon/organizations.js'
import {demonymPrefixLength, isDemonym} from '../lexicon/demonyms.js'
import {publicFigureSurnames} from '../lexicon/public-figures.js'
import {Word, isNotAName, isWordClass} from '../lexicon/word-classes.js'
import {givenNameGender, guessGender, isCommonWord, isGivenName} from '../lexicon/words.js'
import {type Evidence, type Mention, type MentionDetails, mentionOf} from './mention.js'
import {acronymInUse, isOrganizationAcronym, isOrganizationNoun, isOutletWord, isPlainAcronym, organizationContext} from './mentions-organizations.js'
import {hasPlayerActionAfter, inClubPosition, isClubNickname, isEvent} from './mentions-sports.js'
import {afterRoadNumber, endsPlaceNoun, institutionSite, isRegionMention, isSiteHead, isSiteMention, placeNounAround, placeNouns, siteRun} from './place-sites.js'
import {hasAppositive, hasSpeakerBefore, hasSpeechVerbAfter, regionAfter} from './name-context.js'
import type {Run} from './run.js'
import {isListedStreet, listedStreetDetail} from './listed-streets.js'
import {findTitleIn, portfolioTitleBefore, rolesAround, titleBefore, writtenTitle} from './run-titles.js'
import {type Token, hasClass, isUpperCase} from './tokens.js'

/**
 * The mentions a capitalized run makes: none, one, or a qualifier and a
 * person (`Aurora Councilmember X`). With `sports`, a name where sports copy
 * puts a club is one (`beat Hampshire`, `the Tigers`).
 */
export function classifyRun(run: Run, sports = false): Mention[] {
  const named = withoutDescription(run)
  // `El Niño` and `La Niña` are weather, not people; `Sri Lankan`, `Iraqi Kurds` are peoples.
  // (One word is asked by the classes the tokenizer looked up, with no name built.)
  if (!named || (named.length === 1 ? hasClass(named.tokens[named.first], Word.NotAName) : isNotAName(named.name.toLowerCase()))) return []
  // `Advanced Medical reported`, `Random Lengths quoted`: a common word left alone by the words taken off before it was the name's last word.
  if (named.length === 1 && named.first > run.first && isCommonWord(named.tokens[named.first]!.lower) && strippedCapitalWord(run, named.first)) return []
  const {tokens, first, end} = named
  // `to meet Yeltsin Sept 7`, `visit to Greece Sep 15`: a headline's date is no part of the name.
  if (named.length > 1 && hasClass(tokens[end - 1], Word.DateWord) && /^\d/.test(tokens[end]?.text ?? '')) return classifyRun(named.slice(first, end - 1), sports)
  // `the Balkans`, `the Caribbean`, `the Soviet Union`: a region or former country (a word of peoples, or `Union`, heads no body here).
  if (!named.isPlace && isRegionMention(named.words())) return [mentionOf(named, 'place', {cue: 'name-shape', detail: tokens[first]!.lower})]
  if (isPeople(named)) return []
  if (named.length > 1 && named.knownOrganization !== undefined) return [organization(named, 'known-organization')]
  // `taken to Northgate General Hospital`: a building the text puts someone in is a place (a site).
  const site = named.isPlace ? undefined : institutionSiteMentions(run, named)
  if (site) return site
  // `Rupert Murdoch's News Corp Ltd`, `Hong Kong's Democratic Party`: a person or place owns the body named after its possessive.
  const owned = ownedBodyStart(named)
  if (owned !== -1) return [...ownerMentions(named.slice(first, owned)), ...classifyRun(named.slice(owned, end), sports)]
  // `Jim Courier`, `Jonathon Power`: a given name before a body's word that is also a surname is someone.
  if (isGivenNameAndSurnameHead(named)) return [person(named, {cue: 'given-name', detail: tokens[first]!.text}, {surnameOnly: false, gender: givenNameGender(tokens[first]!.text)})]
  if (named.length > 1 && hasClass(tokens[end - 1], Word.OrganizationHead)) {
    // `the Russian Federation` is a country by its whole name; `the West Bank` a river's bank: places, not bodies.
    if (named.places.some((place) => place.kind === 'country')) return [placeMention(named, undefined)]
    return isRiverBank(named) ? [mentionOf(named, 'place', {cue: 'name-shape', detail: 'bank'})] : [organization(named, 'organization-head')]
  }
  const portfolio = portfolioPerson(named)
  if (portfolio) return [portfolio]
  const title = findTitleIn(tokens, first, end)
  // `Chipper Jones singled`, `Donne Wall allowed one run`: in sports copy, a name of two or three words that does a player's act.
  if (sports && !title && isPlayer(named)) return [personMention(named, undefined, undefined, undefined, {cue: 'action-verb', detail: tokens[end]!.lower})!]
  const club = sports && !title ? clubMention(named) : undefined
  if (club) return [club]
  if (title) {
    // `U.S. Attorney's Office for the Western District of Missouri`: a title's office is an organization.
    if (title.end < end && tokens[title.end - 1]!.possessive && organizationCue(named.slice(title.end, end))) return [organization(named, 'organization-head')]
    const mentions: Mention[] = []
    // `Aurora Councilmember X`: the place qualifies the title (X is on Aurora's council).
    const before = title.start > first ? qualifierRun(run, named, title.start) : undefined
    const qualifier = before?.isPlace && before.knownOrganization === undefined ? before.name : undefined
    const owner = before && qualifierMention(before)
    if (owner) mentions.push(owner)
    const nameEnd = ofAfterName(tokens, title.end, end)
    const holder = named.slice(title.end, nameEnd)
    const person = title.end < end && !isTitlesDomain(holder, tokens[title.start - 1]) && personMention(holder, title.title, writtenTitle(tokens, title.start, title.end, title.title), qualifier)
    if (person) mentions.push(person)
    // (`of the University of X` after the name: the body the person is of.)
    const bodyStart = tokens[nameEnd + 1]?.lower === 'the' ? nameEnd + 2 : nameEnd + 1
    const body = person && bodyStart < end ? named.slice(bodyStart, end) : undefined
    const bodyCue = body && organizationCue(body)
    if (body && bodyCue) mentions.push(organization(body, bodyCue))
    return mentions
  }
  // `Department of Water Resources`, `Bank of England`.
  const cue = organizationCue(named)
  if (cue) return [organization(named, cue)]
  const lowerTitle = titleBefore(tokens, first)
  if (lowerTitle) {
    const person = personMention(named, lowerTitle.title, writtenTitle(tokens, lowerTitle.start, first, lowerTitle.title))
    return person ? [person] : []
  }
  const mention = nameMention(named)
  return mention ? [mention] : []
}

// Words for a publication after its name: `La Nacion newspaper said` (not `radio`: `Sarah Brady radio interview`).
const publicationWords: ReadonlySet<string> = new Set(['newspaper', 'daily', 'weekly', 'magazine', 'tabloid'])

/** Whether a publication's word and then a speech verb or punctuation follow a name: `La Nacion newspaper said`, not `Ana Ruiz newspaper columns`. */
function isPublicationAfter(tokens: readonly Token[], end: number): boolean {
  const word = tokens[end]
  const next = tokens[end + 1]
  if (word === undefined || word.capitalized || !publicationWords.has(word.lower) || tokens[end - 1]!.possessive) return false
  return next === undefined || next.kind === 'punctuation' || hasClass(next, Word.SpeechVerb)
}

/**
 * A building, school or event the text puts someone in, as a place (`taken to Northgate General
 * Hospital`, `a finalist in the International Spanish Piano Competition`: the words that describe a
 * name are part of an event's or school's); a school stays an organization as well (`a professor at
 * Linden University`).
 */
function institutionSiteMentions(run: Run, named: Run): Mention[] | undefined {
  const {tokens, end} = named
  const from = tokens[run.first]!.lower === 'the' ? run.first + 1 : run.first
  // (`the Vatican-owned Bambino Gesu Hospital`: a hyphenated modifier is no part of the name, but the preposition stands before it.)
  let start = from
  while (start < named.first && tokens[start]!.lower.includes('-')) start++
  const whole = run.slice(start, end)
  const own = institutionSite(tokens, named.first, end)
  const kind = own ?? (from < named.first && !whole.isPlace ? institutionSite(tokens, from, end) : undefined)
  if (!kind) return undefined
  const span = own ? named : whole
  const place = mentionOf(span, 'place', {cue: 'name-shape', detail: tokens[end - 1]!.lower})
  return kind === 'school' ? [organization(span, organizationCue(span) ?? 'organization-head'), place] : [place]
}

/**
 * Where a body's name starts after an owner's possessive in a run, or -1: the body has two words or more
 * and a body's word (`Rupert Murdoch's News Corp Ltd`); the owner is a place or a person's full name of
 * rare words (not `St. Christopher's Hospital`, `Boatmen's Bancshares Inc.`, where the possessive is the name's).
 */
function ownedBodyStart(run: Run): number {
  const {tokens, first, end} = run
  for (let index = first; index < end - 2; index++) {
    if (!tokens[index]!.possessive) continue
    const body = index + 1
    if (!hasClass(tokens[end - 1], Word.OrganizationHead) && !headBeforeJoiner(tokens, body, end)) return -1
    const owner = run.slice(first, body)
    // (`Lay Volunteers' International Organisation`: common words own nothing.)
    const person = owner.length >= 2 && givenNameGender(tokens[first]!.text) !== undefined && owner.words().every((token) => !isCommonWord(token.lower))
    return owner.isPlace || person ? body : -1
  }
  return -1
}

/** The owner before a body's name: a place, or a person named in full. */
function ownerMentions(owner: Run): Mention[] {
  if (owner.isPlace) return [placeMention(owner, undefined)]
  const person = personMention(owner, undefined, undefined, undefined, {cue: 'given-name', detail: owner.tokens[owner.first]!.text})
  return person ? [person] : []
}

/**
 * Whether a capitalized common word was taken off right before `first`: `Advanced` of `Advanced Medical`
 * (not `The`, a demonym or a hyphenated modifier: `Jamaican Commonwealth`, `Republican-controlled Congress`).
 */
function strippedCapitalWord(run: Run, first: number): boolean {
  // (Called only when words were taken off: `first` is past the run's first word.)
  const before = run.tokens[first - 1]!
  return before.capitalized && isCommonWord(before.lower) && !hasClass(before, Word.FunctionWord) && !isDemonym(before.lower)
}

// Body's words that are also surnames: `Jim Courier`, `Emily Post`, `Tom Cross`.
const surnameHeads: ReadonlySet<string> = new Set(['courier', 'power', 'post', 'press', 'church', 'cross', 'lodge', 'banks'])

/** Whether a run is a given name (no common word, no place's) and a body's word that is also a surname: `Jim Courier`, not `Georgia Power`. */
function isGivenNameAndSurnameHead(run: Run): boolean {
  const {tokens, first, end} = run
  if (run.length !== 2 || !surnameHeads.has(tokens[end - 1]!.lower) || isUpperCase(tokens[end - 1]!.text)) return false
  const given = tokens[first]!
  return givenNameGender(given.text) !== undefined && !isCommonWord(given.lower) && !run.slice(first, first + 1).isPlace
}

// `West Bank`, `Left Bank`: a side and `Bank` name the land by a river, not a bank.
const sides: ReadonlySet<string> = new Set(['west', 'east', 'north', 'south', 'left', 'right'])

/** A name of two or three words, no place's, club's or event's, before a player's act: `Glenallen Hill drove in`. */
function isPlayer(run: Run): boolean {
  const {tokens, first, end} = run
  if (run.length < 2 || run.length > 3 || !hasPlayerActionAfter(tokens, end) || run.isPlace || isEvent(run) || isTeam(run)) return false
  // (`Boston Red Sox`, `Leeds United`: a club's word ends it.)
  return !hasClass(tokens[end - 1], Word.TeamWord | Word.OrganizationHead) && !run.words().some((token) => isAcronym(token.text) || token.text.endsWith('.'))
}

/** Whether the gazetteer knows the run's name as a city of 100,000 people or more. */
function bigCity(run: Run): boolean {
  return run.places.some((place) => place.kind === 'city' && place.population >= 100_000)
}

/** Whether the gazetteer knows the run's whole name as a country. */
function isCountry(run: Run): boolean {
  return run.places.some((place) => place.kind === 'country')
}

/** Whether a run is a side and `Bank`: a region, a place whether the gazetteer has it or not (a place with no point then). */
function isRiverBank(run: Run): boolean {
  return run.length === 2 && sides.has(run.tokens[run.first]!.lower) && run.tokens[run.end - 1]!.text === 'Bank'
}

/**
 * The run without what describes the name: `The`, `But`, `Residents` at a
 * sentence start (but `Western` in `Western Kentucky University` stays),
 * numbers and articles (`Forty-one Labour Party members`, `A Senate vote`),
 * and a common word before a rare name (`Rookie Santiago Ibarra`).
 */
function withoutDescription(run: Run): Run | undefined {
  const {tokens, end} = run
  let first = run.first
  // Whether the whole run names a body or a place (`isBodyOrPlaceRun`): asked when a rule below is about to drop a word, not of every run.
  let bodyOrPlace: boolean | undefined
  // (`New York Governor X` at a sentence start: the word begins a place name, and stays.)
  const startsPlace = (at: number) => (at + 2 <= end && run.slice(at, at + 2).isPlace) || (at + 3 <= end && run.slice(at, at + 3).isPlace)
  // (`Commonwealth officials met`: a body's word before its people keeps its capital at a sentence start.)
  const institutionRun = run.length === 1 && institutions.has(tokens[first]!.lower) && isInstitutionUse(tokens, first, end)
  // (Asked once, and only when a sentence word is about to be dropped.)
  let countryOpening: boolean | undefined
  while (first < end && isSentenceWord(tokens[first]!) && (hasClass(tokens[first], Word.FunctionWord) || !(bodyOrPlace ??= isBodyOrPlaceRun(run))) && !startsPlace(first) && !institutionRun && !(countryOpening ??= isCountryOpening(run))) first++
  // (`He said`, `But …`: a run of sentence words only is no name, and the rules below have nothing to take off.)
  if (first === end) return undefined
  // `Second-placed Wexham`, `Fourth-seeded Ilse Varga`: a standing describes the name.
  while (first < end - 1 && standing(tokens[first]!.lower)) first++
  // (`Four Corners` is a name.)
  while (first < end - 1 && ((tokens[first]!.lower.includes('-') && numberWord(tokens[first]!.lower)) || tokens[first]!.lower === 'a' || tokens[first]!.lower === 'an')) first++
  // (`Big Thompson River`: a site's name keeps its first word.)
  const siteRun = isSiteHead(tokens[end - 1])
  while (
    end - first > 2 &&
    !siteRun &&
    isCommonWord(tokens[first]!.lower) &&
    !hasClass(tokens[first], Word.Title) &&
    !givenNameGender(tokens[first]!.text) &&
    !isCommonWord(tokens[first + 1]!.lower) &&
    !(bodyOrPlace ??= isBodyOrPlaceRun(run)) &&
    // `New York Yankees`: the common word starts a place.
    !run.slice(first, first + 2).isPlace
  ) {
    first++
  }
  // `Brazilian-born Luis Oliveira`, `Communist-led CGT`: a hyphenated modifier describes the name, with the words
  // it is made of (`South Korea-based LG Electronics`, `St. Louis-based Mercantile Bancorp`).
  for (let index = end - 2; index >= first; index--) {
    // (The hyphen first: a plain word is no modifier, and the test is cheaper than the pattern.)
    if (tokens[index]!.text.includes('-') && hyphenModifier.test(tokens[index]!.text)) {
      first = index + 1
      break
    }
  }
  // `Midfielder Marco Giampaolo`, `Broker Shakil Rizvi`: a job word (not a title) at the start describes the name.
  while (end - first > 1 && isLeadingRole(tokens[first]!, tokens[first + 1]) && !(bodyOrPlace ??= isBodyOrPlaceRun(run))) first++
  // `Italian striker Marco Bellini`, `South African Amanda Coetzer`: a demonym describes the name after it.
  // (The demonyms first: most runs open with none, and one word has nothing after a demonym to describe.)
  const demonyms = end - first > 1 ? demonymsBefore(run.slice(first, end)) : 0
  if (demonyms > 0 && !(bodyOrPlace ??= isBodyOrPlaceRun(run)) && run.knownOrganization === undefined) first += demonyms
  return first < end ? run.slice(first, end) : undefined
}

/**
 * Whether a run of two words or more names a body or a place as a whole, so that no word of it is
 * taken off as a description: a body's word before a place (`Radio New Zealand said`, even at a
 * sentence start) or before `of` (`Cooperative Bank of Taiwan`, `the European Court of Human Rights`),
 * a body's last word, or a place's whole name.
 */
function isBodyOrPlaceRun(run: Run): boolean {
  const {tokens, first, end} = run
  if (run.length < 2) return false
  return hasClass(tokens[end - 1], Word.OrganizationHead) || headBeforeJoiner(tokens, first, end) || (hasClass(tokens[first], Word.OrganizationHead) && run.slice(first + 1, end).isPlace) || run.isPlace
}

// Bodies news copy names by one capitalized word after `the` (`the Senate`; not `10-year Treasury yield`).
const institutions: ReadonlySet<string> = new Set([
  'senate', 'congress', 'parliament', 'assembly', 'duma', 'knesset', 'cabinet', 'commission', 'council', 'treasury',
  'politburo', 'bundestag', 'bundesrat', 'sejm', 'storting', 'riksdag', 'legislature', 'house', 'commonwealth', 'army', 'navy'
])

// A body's people and word after its one-word name: `Commonwealth officials`, `Navy spokesman`, `a Council statement`.
const institutionMembers: ReadonlySet<string> = new Set([
  'officials', 'official', 'spokesman', 'spokeswoman', 'spokesperson', 'ministers', 'members', 'member', 'leaders', 'delegates',
  'delegation', 'statement', 'chairman', 'committee', 'officers', 'troops', 'sources'
])

/**
 * Whether a body's one-word name is used as the body's: after `the`
 * (`the Senate`), a demonym or `U.S.` (`the Russian Duma`, `U.S. Senate`),
 * or before its people (`Commonwealth officials`, `Navy spokesman`).
 */
function isInstitutionUse(tokens: readonly Token[], first: number, end: number): boolean {
  const previous = tokens[first - 1]
  if (previous?.lower === 'the' || previous?.text === 'U.S.' || (previous !== undefined && isDemonym(previous.lower))) return true
  const next = tokens[end]
  return next !== undefined && next.kind === 'word' && !next.capitalized && institutionMembers.has(next.lower)
}

// A capitalized word joined to a lower-case one: `Brazilian-born`, `Bergamo-based`, `Better-than-expected` (no nesting: linear).
const hyphenModifier = /^\p{Lu}[\p{L}-]*-\p{Ll}+$/u

// One to three capitals, each with its period: `C.`, `E.F.`.
const initialsShape = /^(?:\p{Lu}\.){1,3}$/u

/** Whether a run is initials and a surname: `C. Lewis`, not `U.S. Open` or `N.J. Transit`. */
function isInitialed(run: Run, parts: readonly Token[]): boolean {
  const last = parts[parts.length - 1]!
  if (last.text.includes('.') || hasClass(last, Word.FunctionWord) || isAcronym(last.text)) return false
  if (!parts.slice(0, -1).every((token) => initialsShape.test(token.text))) return false
  const initials = run.slice(run.first, run.first + 1)
  // (`S. Africa`, `N. Ireland`: an initial before a country or continent is a place's name.)
  return !initials.isPlace && initials.knownOrganization === undefined && !run.slice(run.end - 1, run.end).places.some((place) => place.kind === 'country' || place.kind === 'area')
}

// Words after a name that make it a facility's or vessel's: `Charles de Gaulle airport`.
// (`Dow Jones industrial average`: a market's measure.)
const facilityWords: ReadonlySet<string> = new Set(['airport', 'airports', 'stadium', 'arena', 'hospital', 'palace', 'bridge', 'square', 'street', 'carrier', 'prize', 'award', 'index', 'average', 'industrial', 'law', 'act'])
// Last words of regions and events: `Far East`, `AL East`, `Davis Cup`, `Boy Scout Rally`.
const regionOrEventWords: ReadonlySet<string> = new Set(['east', 'west', 'north', 'south', 'olympics', 'games', 'cup', 'open', 'series', 'rally', 'marathon', 'prix', 'trophy', 'championship', 'championships'])

/** Whether the words around or in a run make it no person's name: a facility, a region or event, a place named as one. */
function isNoPersonsName(run: Run, parts: readonly Token[]): boolean {
  const {tokens, first, end} = run
  const next = tokens[end]
  if (next?.kind === 'word' && !next.capitalized && facilityWords.has(next.lower)) return true
  if (parts.length >= 2 && regionOrEventWords.has(parts[parts.length - 1]!.lower)) return true
  if (tokens[first - 1]?.lower === 'of' && placeNouns.has(tokens[first - 2]?.lower ?? '')) return true
  if (next?.text !== ',') return false
  // `Stansted, 30 miles (48 km) north-east of London`: a distance after the name places it.
  if (/^\d/.test(tokens[end + 1]?.text ?? '') && distanceUnits.has(tokens[end + 2]?.lower ?? '')) return true
  // (`Renee Whitehorse, the district's director` is a person: the noun must head the appositive;
  // one adjective may stand before it: `Acatepec, a small town`; `a village elder` is someone.)
  const article = tokens[end + 1]?.lower
  if (article !== 'a' && article !== 'an') return false
  const at = isAdjectiveBefore(tokens[end + 2], tokens[end + 3]) ? end + 3 : end + 2
  const noun = tokens[at]
  return noun !== undefined && !noun.possessive && placeNouns.has(noun.lower) && endsPlaceNoun(tokens[at + 1])
}

// Units of a distance after a place's name: `X, 200 km (125 miles) from Colombo`.
const distanceUnits: ReadonlySet<string> = new Set(['km', 'kms', 'kilometres', 'kilometers', 'miles', 'mile'])

/** A lower-case word before a place noun in an appositive: `a small town`, `a remote village` (not a place noun itself). */
function isAdjectiveBefore(token: Token | undefined, next: Token | undefined): boolean {
  return token !== undefined && token.kind === 'word' && !token.capitalized && !placeNouns.has(token.lower) && next !== undefined && placeNouns.has(next.lower)
}

/**
 * Whether a region closes the phrase after a name: `Thruxton, Hampshire.`, `Lemay, Missouri, was`,
 * `SHATOI, Russia 1996-08-25`;
 * not `Gazprom, Russia's biggest company`, `Automakers, U.S. agency`, `X, Moscow Newsroom`.
 */
function isTownBeforeRegion(tokens: readonly Token[], end: number): boolean {
  const region = regionAfter(tokens, end)
  if (region === undefined) return false
  const last = end + region.split(' ').length
  const after = tokens[last + 1]
  // (`SHATOI, Russia 1996-08-25`: a date may follow, in a dateline.)
  return !tokens[last]!.possessive && (after === undefined || after.kind === 'punctuation' || /^\d/.test(after.text))
}

/** A capitalized job word that is no title and no given name: `Midfielder`, `Broker`. */
function isLeadingRole(token: Token, next: Token | undefined): boolean {
  // (`Executive Director X`: the job word starts a title.)
  return hasClass(token, Word.Role) && !hasClass(token, Word.Title) && !hasClass(next, Word.Role) && givenNameGender(token.text) === undefined
}

/** How many leading words of a run are demonyms that describe the name after them (none when all are). */
function demonymsBefore(run: Run): number {
  const {tokens, first, end} = run
  const count = demonymPrefixLength(tokens, first, end)
  if (count === 0 || count >= end - first) return 0
  // `Christian Vieri`: a given name is a name; `Indian Ocean`, `Baltic Sea`: so is a site's.
  // (`Northern Europe`, `Latin America`: the word divides a place.)
  if (givenNameGender(tokens[first]!.text) !== undefined || (count === end - first - 1 && isSiteHead(tokens[end - 1])) || isRegionMention(run.words())) return 0
  // `New York Governor X`: the words begin a place's name.
  if (run.slice(first, first + count + 1).isPlace) return 0
  // `South Africa`-style places and `Bosnian Serb Army`-style names stay whole.
  return run.slice(first + count, end).isPlace && count === 1 && run.isPlace ? 0 : count
}

/** `Sri Lankan`, `Iraqi Kurds`, `Roman Catholic`: a run of demonyms and words of peoples, and no place. */
function isPeople(run: Run): boolean {
  // (Whether it is a place first: classifyRun has asked it already.)
  if (run.isPlace) return false
  const words = run.words()
  return demonymPrefixLength(words) === words.length
}

/** A run that is no organization, place or titled person by its words: read by the shape of the name and the words around it. */
function nameMention(run: Run): Mention | undefined {
  const {tokens, first, end} = run
  // Particles are no words of the count: `Joost van der Westhuizen` has two.
  const parts = run.words().filter((token) => token.capitalized || !hasClass(token, Word.NameParticle))
  const count = parts.length
  const word = parts[0]!
  const last = parts[count - 1]!
  const place = run.isPlace
  const gender = givenNameGender(word.text) // (asked by half the rules below: looked up once)
  // `Colfax Avenue`, `Heathrow Airport`, `the Baltic Sea`: a site no gazetteer has, named by what it is.
  if (!place && isSiteMention(run.tokens, first, end, parts)) return mentionOf(siteRun(run), 'place', {cue: 'name-shape', detail: last.lower})
  // `North Africa`, `West Wales`, `the Middle East`: part of a larger area, a place with no point.
  if (!place && isRegionMention(parts)) return mentionOf(run, 'place', {cue: 'name-shape', detail: word.lower})
  // `Thruxton, Hampshire`, `Lemay, Missouri`: a name the gazetteer lacks, before a state, province or country, is a town.
  if (!place && count <= 3 && gender === undefined && !hasSpeechVerbAfter(tokens, end) && isTownBeforeRegion(tokens, end)) return placeMention(run, undefined)
  // `at Heathrow airport`, `the Shankill area`, `the village of Torkula`: the text calls the name a place.
  const placeNoun = gender === undefined ? placeNounAround(tokens, first, end) : undefined
  // `Borno State`, `Hebei Province`: a division abroad named with its head noun (the head stays in the mention's words).
  const divisionHead = tokens[end - 1]!
  if (count >= 2 && count <= 3 && (divisionHead.text === 'State' || divisionHead.text === 'Province')) {
    const area = run.slice(first, end - 1)
    if (area.places.some((candidate) => candidate.kind === 'division' && candidate.countryCode !== 'US')) {
      return mentionOf(area, 'place', {cue: 'gazetteer', detail: divisionHead.lower}, {end: divisionHead.start + divisionHead.text.length})
    }
  }
  // `at State and Hubbard streets`: each name of the list is a street.
  if (count <= 3 && isListedStreet(tokens, first, end)) return mentionOf(run, 'place', {cue: 'name-shape', detail: listedStreetDetail})
  if (placeNoun) return mentionOf(run.slice(afterRoadNumber(tokens, first, end), end), 'place', {cue: 'name-shape', detail: placeNoun}, {region: regionAfter(tokens, end)})
  if (hasClass(last, Word.PlaceHead) && count > 1) {
    // Streets, parks, counties, stadiums: not people; a place only if the gazetteer has it.
    return place ? placeMention(run, last.lower) : undefined
  }
  if (run.knownOrganization !== undefined) return organization(run, 'known-organization')
  if (count === 1 && isBroadcaster(word.text)) return organization(run, 'broadcaster')
  // `the Senate`, `the Commission's spokesman`: a legislature or governing body by its word alone.
  if (count === 1 && institutions.has(word.lower) && !tokens[end]?.capitalized && isInstitutionUse(tokens, first, end)) return organization(run, 'organization-head')
  // (`the Atlanta Games` is an event, not a club.)
  if (!place && isTeam(run) && !isEvent(run)) return organization(run, 'team')
  // `Interfax news agency`, `PLO officials`, `shares of Quillon`, `the OSCE`.
  const context = place ? undefined : organizationContext(run)
  // A given name first (`Petra`, `Merrill`) is a person's unless an outlet or a kind of organization stands right before
  // (`news agency Petra`, `bank Merrill Lynch`), or the word for an outlet right after (`La Nacion newspaper said`).
  const outletBeside = context === 'outlet' && (isOutletWord(tokens[first - 1]) || isPublicationAfter(tokens, end))
  if (context && (gender === undefined || outletBeside || isOrganizationNoun(tokens[first - 1]))) return organization(run, context)
  if (count === 1 && !place && isAcronym(word.text) && !isPlainAcronym(word.text) && (isOrganizationAcronym(tokens, first, end) || acronymInUse(tokens, first, end))) return organization(run, 'acronym')
  // `AOL Germany`, `ING Barings`: a company's or club's name by its shape, no person's.
  if (!place && isOrganizationShape(run, parts)) return organization(run, 'name-shape')
  // `Audi CEO says`, `Chicago PMI`, `Newcrest Q4`, `Airbus A310`: a code after the first word makes a product, a measure or a post, no one's name.
  // (A line in capitals, `KANSAS CITY`, is read by its words.)
  // (A place's name may end in one: `Washington DC`.)
  if (count >= 2 && !place && parts.slice(1).some(isCodeWord) && !parts.every(isCodeWord)) return undefined
  const speechCue = hasSpeechVerbAfter(tokens, end) || hasSpeakerBefore(tokens, first)
  const personCue = speechCue || hasAppositive(tokens, end)
  const cue: Evidence = {cue: speechCue ? 'speech-verb' : 'appositive', detail: undefined}
  let common: boolean | undefined // (whether the first word is a common word: asked by up to five rules below, looked up once)
  // (`digging in Dahshour, a village`, `the city of Arbil, a senior official said`: a place named as one is no one, whatever follows.)
  if (count === 1 && personCue && !(common ??= isCommonWord(word.lower)) && !place && (speechCue || !isNoPersonsName(run, parts))) {
    // `Vizguerra said`, `ICE said`: a speaker, named by surname or acronym.
    return isAcronym(word.text) ? organization(run, cue.cue) : person(run, cue, {surnameOnly: true})
  }
  // `his brother Noel`, `her husband, David,`: a kin word right before one name makes it someone's, a place's name or not.
  const kin = count === 1 && !(common ??= isCommonWord(word.lower)) && !isAcronym(word.text) ? kinBefore(tokens, first) : undefined
  if (kin) return person(run, {cue: 'role-noun', detail: kin}, {surnameOnly: true, gender: gender ?? 'unknown'})
  // `Buenos Aires said`, `the United States had promised`: a place of two words speaks for its people (`Mike Johnston said` has a given name;
  // `Costa Rica says` is a country's name all the same).
  if (place && (!speechCue || (count >= 2 && (gender === undefined || isCountry(run))))) return placeMention(run, undefined)
  // `Ben Gurion airport`, `the Atlanta Olympics`, `the Far East`, `the village of Dahshour`: no person's name.
  if (!speechCue && isNoPersonsName(run, parts)) return undefined
  // Inside quotes, a name by its shape alone needs a cue or a surname outside to count (`under West Colfax`);
  // a given name first counts there too (`we could not pick Tomas Verhoeven`): short quotes, titles and nicknames, make no runs.
  const quoted = run.analyzed.inQuote[first] === true
  // `the Carl Vinson leads`, `the Brady Law`: `the` right before a name of two words or more makes a thing's (people are named
  // without it), but for `the Marc Okafor case`, `the Ruiz family`, or a speaker (`the Smithsonian Institution said`).
  if (count >= 2 && !speechCue && tokens[first - 1]?.lower === 'the' && !personsNounAfter(tokens[end])) return undefined
  if (count >= 2 && count <= 4 && personCue) return personMention(run, undefined, undefined, undefined, cue)
  // (Inside quotes, words in capitals are a sign's, `read “CASH ONLY — NO COFFEE”`, and a name after an article a thing's, `with a Shirley Temple`.)
  if (count >= 2 && count <= 4 && gender !== undefined && !(quoted && (isShout(parts) || hasClass(tokens[first - 1], Word.Article)))) {
    return personMention(run, undefined, undefined, undefined, {cue: 'given-name', detail: word.text})
  }
  // `C. Lewis`, `E.F. Schumacher`: a surname after a person's initials (`U.S. Open`, `N.J.` are no initials).
  if (count >= 2 && count <= 4 && !place && isInitialed(run, parts)) return personMention(run, undefined, undefined, undefined, {cue: 'name-shape', detail: 'initials'})
  const described = run.slice(first + 1, end)
  // `Rural Colorado`, `Southern Colorado`: a place described, not a person.
  if ((common ??= isCommonWord(word.lower)) && described.isPlace) return placeMention(described, undefined)
  const shape: Evidence = {cue: 'name-shape', detail: undefined}
  if (count >= 2 && count <= 3 && !quoted && parts.every((item) => !isCommonWord(item.lower) && !item.text.includes('.'))) return personMention(run, undefined, undefined, undefined, shape)
  if (count >= 2 && count <= 3 && !isCommonWord(last.lower) && !isAcronym(last.text)) {
    // `Juniper Okoro`: a person only if the text goes on to use the surname.
    return person(run, shape, {tentative: true, gender: gender ?? 'unknown'})
  }
  // `Trump's order`: named by surname alone, as heads of state are.
  if (count === 1 && publicFigureSurnames.has(word.lower)) return person(run, {cue: 'public-figure', detail: undefined}, {surnameOnly: true})
  // `her husband, David`, `Julie and Melissa`: a given name alone is someone (a surname first, if a full name ends in it).
  const given = count === 1 && !place && !quoted && !common && loneGivenName(run, word) ? gender : undefined
  if (given) return person(run, {cue: 'given-name', detail: word.text}, {surnameOnly: true, gender: given})
  // Maybe the surname of someone named in full elsewhere: resolved later.
  if (count === 1 && !common && !isAcronym(word.text)) return person(run, shape, {surnameOnly: true, tentative: true})
  return undefined
}

/** Whether every word of a name is in capitals. */
function isShout(parts: readonly Token[]): boolean {
  return parts.every((item) => isUpperCase(item.text))
}

// Nouns a person's name qualifies after `the`: `the Marc Okafor case`, `the Sanchez Ruiz family`.
const personsNouns: ReadonlySet<string> = new Set([
  'case', 'affair', 'scandal', 'trial', 'murder', 'murders', 'killing', 'kidnapping', 'investigation', 'inquiry', 'family', 'families',
  'brothers', 'sisters', 'administration', 'government', 'era', 'campaign', 'camp', 'estate', 'film', 'movie', 'show'
])

/** Whether the word after a name is a noun the name of a person qualifies (lower case). */
function personsNounAfter(token: Token | undefined): boolean {
  return token !== undefined && token.kind === 'word' && !token.capitalized && personsNouns.has(token.lower)
}

// Two capitals or more (a plural `s` allowed: `GDRs`), or a word with a digit (`Q4`, `MiG-19`); Roman numerals are a name's (`John Paul II`).
// Two tests, not one alternation with `.*\d.*`, whose backtracking grows with the word's length.
const acronymShape = /^\p{Lu}{2,}s?$/u
const romanNumeral = /^[IVX]+$/

/** Whether a word is an acronym or code (holds a digit), as no part of a person's name after its first word is. */
function isCodeWord(token: Token): boolean {
  return (/\d/.test(token.text) || acronymShape.test(token.text)) && !romanNumeral.test(token.text)
}

// Last words that make a name after an acronym an event, a measure or a vessel: `PGA Tour`, `NASDAQ Index`.
const notOrganizationHeads: ReadonlySet<string> = new Set(['tour', 'index', 'final', 'finals', 'prize', 'award', 'average', 'rate', 'ship'])

// Three to six capitals, no periods: `AOL`, `SVCD` (`JR Smith` has initials, `U.S.` periods).
const leadingAcronym = /^[A-Z]{3,6}$/

/**
 * Whether a run of two to four words is shaped as a company's or club's name,
 * not a person's: an acronym first (`AOL Germany`, `ING Barings`, `RSA Data
 * Security`); people have initials (`J.R.`), not acronyms.
 */
function isOrganizationShape(run: Run, parts: readonly Token[]): boolean {
  const count = parts.length
  if (count < 2 || count > 4) return false
  const word = parts[0]!
  const last = parts[count - 1]!
  if (!leadingAcronym.test(word.text) || isPlainAcronym(word.text) || isCommonWord(word.lower) || hasClass(word, Word.Title)) return false
  // (`UEFA Cup`, `PGA Tour`, `NASDAQ Index` are events and measures; `HCFA Administrator` a title; `NOVYE ATAGI` a shout.)
  return !isUpperCase(last.text) && !isEvent(run) && !notOrganizationHeads.has(last.lower) && !hasClass(last, Word.Title | Word.Role)
}

/**
 * A club named where sports copy puts one. A lone word may still be a
 * player (`beat Sampras`): it stays a surname, marked `team`, and is a club
 * only if no one in the story has that surname. Countries and UK nations
 * are their national sides: places.
 */
function clubMention(run: Run): Mention | undefined {
  const {tokens, first, end} = run
  const parts = run.words()
  const count = parts.length
  const place = run.places[0]
  if (place && (place.kind === 'country' || place.kind === 'area')) return undefined
  // Players, peoples and events are no clubs: `A. Dale 69`, `Argentine striker`, `England-based`, `the Atlanta Games`.
  if (parts.some((token) => token.text.endsWith('.') || token.lower.endsWith('-based')) || isDemonym(parts[0]!.lower) || isEvent(run)) return undefined
  const evidence: Evidence = {cue: 'team', detail: undefined}
  // Two words or more name a club with a city in them (`Hansa Rostock`, `Real Madrid`, `New York`); else a player.
  const city = (index: number) => run.slice(index, index + 1).places.some((candidate) => candidate.kind === 'city' || candidate.kind === 'state')
  const cityClub = count >= 2 && !isGivenName(tokens[first]!.text) && (place || city(first) || city(end - 1) || hasClass(tokens[end - 1], Word.TeamWord))
  // `the Nuggets`, `the Red Sox`: a nickname, which joins the club's full name if the story gives it.
  if (!cityClub && isClubNickname(run)) return person(run, {cue: 'team', detail: 'nickname'}, {surnameOnly: true, tentative: true})
  // `Hansa Rostock`, `Feyenoord Rotterdam`: a rare word that is no given name or place before a big city names a club wherever it stands
  // (`Santiago Ibarra` is a man: a city's name may be a given name).
  if (count === 2 && !place && cityClub && !isCommonWord(parts[0]!.lower) && run.slice(first, first + 1).places.length === 0 && bigCity(run.slice(end - 1, end))) {
    return organization(run, 'team')
  }
  // `first division team Deportivo Coruna`, `champions Real Sociedad`: a name of two words or more right after a word for a club,
  // not opening with a given name (`champions Pete Sampras`).
  if (count >= 2 && clubWords.has(tokens[first - 1]?.lower ?? '') && !isGivenName(tokens[first]!.text)) return organization(run, 'team')
  if (!inClubPosition(run)) return undefined
  // (`X-rays were`, `We are`: no club.)
  if (count === 1) return isCommonWord(parts[0]!.lower) || parts[0]!.lower.includes('-') || hasClass(parts[0], Word.DateWord) ? undefined : person(run, evidence, {surnameOnly: true, tentative: true})
  return cityClub ? organization(run, 'team') : undefined
}

// Words for a club right before its name: `team Deportivo Coruna`, `champions Real Sociedad`.
const clubWords: ReadonlySet<string> = new Set(['team', 'side', 'club', 'champions', 'holders', 'leaders', 'rivals', 'visitors', 'hosts', 'finalists'])

// Words that open a noun phrase: `the four-seat Piper` is a thing; `her husband David` is someone (a kin or job word stops the look-back).
const determiners: ReadonlySet<string> = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'its', 'their', 'our', 'his', 'her', 'my', 'your'])
const kinWords: ReadonlySet<string> = new Set(['husband', 'wife', 'son', 'daughter', 'brother', 'sister', 'father', 'mother', 'widow', 'widower', 'friend', 'cousin', 'nephew', 'niece', 'uncle', 'aunt', 'grandson', 'granddaughter', 'boyfriend', 'girlfriend', 'partner', 'baby', 'child'])

// Kin by blood or marriage (a `partner` or `friend` may be a company).
const familyWords: ReadonlySet<string> = new Set([...kinWords].filter((word) => !['friend', 'partner', 'baby', 'child'].includes(word)))

/** The family word (lower case) right before a name, a comma between allowed: `brother Noel`, `husband, David`. */
function kinBefore(tokens: readonly Token[], first: number): string | undefined {
  const previous = tokens[first - 1]?.text === ',' ? tokens[first - 2] : tokens[first - 1]
  return previous !== undefined && previous.kind === 'word' && !previous.capitalized && familyWords.has(previous.lower) ? previous.lower : undefined
}

// Words before a storm's name: `Hurricane Edouard`.
const stormWords: ReadonlySet<string> = new Set(['hurricane', 'typhoon', 'cyclone', 'storm'])

/**
 * Whether a lone word, no common word (the caller has asked), may be a given
 * name standing for someone: no acronym, date word or demonym (`Jan`, `Philippine president`), not a
 * nickname in brackets (`(Tom) Seaver`), a storm (`Hurricane Edouard`) or
 * the end of a noun phrase (`the four-seat Piper`).
 */
function loneGivenName(run: Run, word: Token): boolean {
  const {tokens, first} = run
  if (isAcronym(word.text) || hasClass(word, Word.DateWord) || isDemonym(word.lower)) return false
  const previous = tokens[first - 1]
  if (previous?.text === '(' || stormWords.has(previous?.lower ?? '')) return false
  return !afterDeterminer(tokens, first)
}

/** Whether a determiner opens the noun phrase a lone name ends (`the 1978 Piper`), looking back over up to three modifiers. */
function afterDeterminer(tokens: readonly Token[], first: number): boolean {
  for (let index = first - 1; index >= Math.max(0, first - 4); index--) {
    const token = tokens[index]!
    if (determiners.has(token.lower)) return true
    // (A year may stand among the modifiers: `the 1978 Piper`.)
    if (token.kind !== 'word' || token.capitalized || kinWords.has(token.lower) || hasClass(token, Word.Role)) return false
  }
  return false
}

/**
 * The words before a title, with the demonyms that seemed to describe a
 * person put back when they start an organization's name there: `African National Congress
 * Deputy President X` (the demonym was dropped as a person's description).
 */
function qualifierRun(run: Run, named: Run, titleStart: number): Run {
  const own = named.slice(named.first, titleStart)
  if (named.first === run.first) return own
  const whole = withoutDescription(run.slice(run.first, titleStart))
  if (whole === undefined || whole.first >= own.first || organizationCue(whole) === undefined) return own
  // (Only demonyms: `Overseas Development Minister X` opens a sentence with a common word, a portfolio's, not a body's name.)
  return demonymPrefixLength(run.tokens, whole.first, own.first) === own.first - whole.first ? whole : own
}

/** A qualifier before a title: a place (`Aurora Councilmember`) or an organization. */
function qualifierMention(run: Run): Mention | undefined {
  // `U.N. Secretary-General`: a known body first (the gazetteer has a village `Un`).
  if (run.knownOrganization !== undefined) return organization(run, 'known-organization')
  if (run.isPlace) return mentionOf(run, 'place', {cue: 'gazetteer', detail: 'title qualifier'})
  const cue = organizationCue(run)
  return cue ? organization(run, cue) : undefined
}

/** `Denver Police Department`, `Department of Water Resources`, `ICE`: what makes the run an organization, if anything. */
function organizationCue(run: Run): 'known-organization' | 'organization-head' | undefined {
  if (run.knownOrganization !== undefined) return 'known-organization'
  if (run.length < 2) return undefined
  const {tokens, first, end} = run
  if (hasClass(tokens[end - 1], Word.OrganizationHead)) return 'organization-head'
  // `Oregon State`, `Ohio State`: a state's university.
  if (tokens[end - 1]!.text === 'State' && run.slice(first, end - 1).places.some((place) => place.kind === 'state')) return 'organization-head'
  if (headBeforeJoiner(tokens, first, end)) return 'organization-head'
  // `PT Matahari Putra Prima`, `FC Porto`: a company's or club's prefix.
  if (organizationPrefixes.has(tokens[first]!.text)) return 'organization-head'
  // `Bank Indonesia`, `Radio New Zealand`: a body's word, then the country or city it serves.
  // (`Church Street` is a street, though Street is a town.)
  if (hasClass(tokens[first], Word.OrganizationHead) && !hasClass(tokens[first], Word.CorporateSuffix) && !isSiteHead(tokens[end - 1]) && run.slice(first + 1, end).isPlace) return 'organization-head'
  return undefined
}

/** Whether a body's word stands before a joiner with words after it, inside `[first, end)`: `Bank of England`, `Institute for Fiscal Studies`. */
function headBeforeJoiner(tokens: readonly Token[], first: number, end: number): boolean {
  for (let index = first; index < end - 2; index++) {
    if (hasClass(tokens[index], Word.OrganizationHead) && hasClass(tokens[index + 1], Word.Joiner)) return true
  }
  return false
}

// Prefixes of company and club names, as written (capitals): Indonesian `PT`, Russian `RAO`, `FC`, `AS`.
const organizationPrefixes: ReadonlySet<string> = new Set(['PT', 'RAO', 'OAO', 'ZAO', 'FC', 'SC', 'AC', 'AS', 'SK', 'FK', 'CF', 'SV', 'VfB', 'VfL'])

/** A person with the title before the name, if any; trailing words that are no part of a name are left out (`Jurinsky Monday`). */
function personMention(run: Run, title: Title | undefined, jobTitle?: string, qualifier?: string, evidence?: Evidence): Mention | undefined {
  let last = run.end
  // (A run ends in `I` only after a monarch's title: `Queen Elizabeth I` keeps it.)
  while (last > run.first && hasClass(run.tokens[last - 1], Word.NotAName) && run.tokens[last - 1]!.text !== 'I') last--
  if (last <= run.first) return undefined
  const name = run.slice(nameStart(run, last), last)
  const gender = title && title.gender !== 'unknown' ? title.gender : name.length > 1 ? guessGender(run.tokens[run.first]!.text) : 'unknown'
  const why = evidence ?? {cue: 'title', detail: jobTitle || title?.jobTitle || undefined}
  return person(name, why, {title, surnameOnly: name.length === 1, gender, qualifier, jobTitle})
}

/**
 * Where a person's name starts in a run that ends with it: at a given name
 * with a surname after it, when only words that describe someone stand
 * before (`Sister Maureen Carey`, `Judicial Police Manuel Alvarado`,
 * `fellow Finn Juha Kankkunen`): common words, demonyms, and after `former`
 * a team's or party's name (`former Oriole Jamie Moyer`). A rare word keeps
 * the run whole: it may be the name's own (`Bui Thi Mai`).
 */
function nameStart(run: Run, last: number): number {
  const {tokens, first} = run
  if (last - first < 3) return first
  const former = tokens[first - 1]?.lower === 'former' || tokens[first]!.lower.startsWith('ex-')
  for (let index = first + 1; index < last - 1 && index <= first + 3; index++) {
    const before = tokens[index - 1]!
    const describes = isCommonWord(before.lower) || isDemonym(before.lower) || (former && index === first + 1)
    // (`Mary Ann Evans`, `Grace Kelly Smith`: a given name first is the name's.)
    if (!describes || (isGivenName(before.text) && !(former && index === first + 1) && !isDemonym(before.lower))) return first
    const token = tokens[index]!
    if (token.capitalized && isGivenName(token.text) && tokens[index + 1]!.capitalized) return index
  }
  return first
}

/**
 * `Minister of Finance Bill Birch`, `Minister of Foreign Affairs Ali Alatas`: a run that opens with the
 * portfolio of a title before it (common words), then a name. The title as written is the job title.
 */
function portfolioPerson(run: Run): Mention | undefined {
  const {tokens, first, end} = run
  const found = portfolioTitleBefore(tokens, first)
  // (`Archbishop of Cape Town`: the place is the title's.)
  if (!found || run.isPlace) return undefined
  let start = first
  while (start < end - 1 && isCommonWord(tokens[start]!.lower) && !isGivenName(tokens[start]!.text) && !hasClass(tokens[start], Word.Title)) start++
  if (start === first || end - start > 4) return undefined
  const name = run.slice(start, end)
  if (name.isPlace || name.knownOrganization !== undefined || hasClass(tokens[end - 1], Word.OrganizationHead)) return undefined
  // (`Under-Secretary for International Organisations`: one word left, no given name, is the portfolio's end.)
  if (name.length === 1 && !isGivenName(tokens[start]!.text)) return undefined
  const jobTitle = tokens.slice(found.start, start).map((token) => token.text).join(' ')
  return personMention(name, found.title, jobTitle)
}

/** Where a titled name ends: at an `of` after it (`Professor Tom Lodge of the University of X`, `Archbishop Desmond Tutu of Cape Town`). */
function ofAfterName(tokens: readonly Token[], start: number, end: number): number {
  for (let index = start + 1; index < end; index++) if (tokens[index]!.lower === 'of') return index
  return end
}

/**
 * Whether the one word after a title is what the title is of, not a name: a country or larger area
 * (`Miss Poland`, `Supreme Allied Commander Europe`), another title (`Mr. President`, `Deputy Minister`),
 * or a common word where the text puts someone (`prayers at Mother House`: people are not `at` a person).
 */
function isTitlesDomain(run: Run, before: Token | undefined): boolean {
  if (run.length !== 1) return false
  const word = run.tokens[run.first]!
  if (!word.possessive && (before?.lower === 'at' || before?.lower === 'in') && isCommonWord(word.lower) && !isGivenName(word.text)) return true
  return hasClass(word, Word.Title) || run.places.some((place) => place.kind === 'country' || place.kind === 'area')
}

/** `details` holds only what a person's mention may say here (title, surname, tentative, gender, qualifier, job title). */
function person(run: Run, evidence: Evidence, details: PersonDetails): Mention {
  // Spelled out, not spread: a spread of objects of many shapes is a slow path in V8, taken for every name.
  const {title, surnameOnly, tentative, gender, qualifier, jobTitle} = details
  return mentionOf(run, 'person', evidence, {title, surnameOnly, tentative, gender, qualifier, jobTitle, roles: rolesAround(run.tokens, run.first, run.end, title)})
}

type PersonDetails = Pick<MentionDetails, 'title' | 'surnameOnly' | 'tentative' | 'gender' | 'qualifier' | 'jobTitle'>

function organization(run: Run, cue: Evidence['cue']): Mention {
  return mentionOf(run, 'organization', {cue, detail: cue === 'organization-head' ? run.tokens[run.end - 1]!.lower : undefined})
}

/** A place, with the region written after it (`Springfield, Ill.`); `head` is its head noun (`park`), if any. */
function placeMention(run: Run, head: string | undefined): Mention {
  const region = regionAfter(run.tokens, run.end)
  return mentionOf(run, 'place', {cue: 'gazetteer', detail: region ?? head}, {region})
}

/**
 * `Denver Nuggets`, `Nebraska Cornhuskers`, `Manchester City`: a place and a
 * plural noun (or a club word). A plural that is no common word needs a
 * state, a country, or a big city not also a given name: `Mary Jones` and
 * `Austin Evans` are people, `Hollis Barrientos` lives in a small town.
 */
function isTeam(run: Run): boolean {
  const {tokens, first, end} = run
  if (run.length < 2 || run.length > 3) return false
  const last = tokens[end - 1]!.lower
  const teamWord = hasClass(tokens[end - 1], Word.TeamWord)
  // (The last word before the gazetteer: most runs asked end in neither a club's word nor a plural.)
  if (!teamWord && (!last.endsWith('s') || last.endsWith('ss'))) return false
  // The place is all but the last word (`New York Knicks`) or the first (`Detroit Red Wings`).
  const place = run.slice(first, end - 1).places[0] ?? (run.length === 3 ? run.slice(first, first + 1).places[0] : undefined)
  if (!place) return false
  if (teamWord) return true
  if (isCommonWord(last) || isCommonWord(last.slice(0, -1))) return place.kind !== 'city' || place.population >= 100_000
  // (`Chad Curtis`, `Jordan Rhodes`: a given name and a surname that ends in `s` are someone, whatever the place.)
  return !isGivenName(tokens[first]!.text) && (place.kind !== 'city' || place.population >= 100_000)
}

/** `second-placed`, `10th-ranked`, `fourth-seeded`: a place in a table or draw. */
function standing(lower: string): boolean {
  return lower.endsWith('-placed') || lower.endsWith('-ranked') || lower.endsWith('-seeded')
}

/** `Forty-one`, `Three`, `Hundreds`. */
function numberWord(lower: string): boolean {
  return lower.split('-').every((part) => isWordClass(part, Word.Number))
}

/**
 * `China, India and Brazil grew`, `China's exports`: a country whose name is also a word (`china`,
 * `turkey`) keeps its capital at a sentence start in a list or with a possessive; `Turkey prices rose`
 * stays a word.
 */
function isCountryOpening(run: Run): boolean {
  const {tokens, first, end} = run
  if (end - first !== 1) return false
  const next = tokens[end]
  // (The words around first, the gazetteer last: it is asked of every capitalized word that opens a sentence.)
  return (tokens[first]!.possessive || next?.text === ',' || next?.lower === 'and' || next?.lower === 'or') && isCountry(run)
}

/** A capitalized common word at a sentence start, or an article. */
function isSentenceWord(token: Token): boolean {
  if (token.lower === 'the') return true
  if (!token.sentenceStart) return false
  // (The word's kind first: a sentence's first word that is no common word, a name, is asked nothing more.)
  if (!hasClass(token, Word.NotAName) && !isCommonWord(token.lower)) return false
  // `ICE said`, `Trump's order`: acronyms and heads of state keep their capital.
  return !(hasClass(token, Word.Title) || givenNameGender(token.text) || isAcronym(token.text) || (token.possessive && publicFigureSurnames.has(token.lower)))
}
