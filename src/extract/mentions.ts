import {findCountry} from '../gazetteer/countries.js'
import {placeCandidates} from '../gazetteer/gazetteer.js'
import {findUsState} from '../gazetteer/us-states.js'
import {isAcronym, isBroadcaster, knownOrganization} from '../lexicon/organizations.js'
import {publicFigureSurnames} from '../lexicon/public-figures.js'
import {type Title, findTitle, longestTitle, titleOfRoleWord} from '../lexicon/titles.js'
import {type Gender, givenNameGender, guessGender, isCommonWord} from '../lexicon/words.js'
import type {AnalyzedBlock} from './analyze.js'
import {Word, isNotAName, isWordClass} from '../lexicon/word-classes.js'
import {type Token, hasClass} from './tokens.js'

/** A name in the text: a person, an organization or a place. */
export interface Mention {
  readonly kind: 'person' | 'organization' | 'place'
  /** The name without title or possessive: `Danielle Jurinsky`, `Aurora`. */
  readonly name: string
  /** Index of the analyzed block. */
  readonly block: number
  /** Text offsets of the name in the block. */
  readonly start: number
  readonly end: number
  /** Token range of the name: `[first, last)`. */
  readonly first: number
  readonly last: number
  readonly inQuote: boolean
  /** A title before the name (`Mayor`, `Aurora Councilmember`). */
  readonly title: Title | undefined
  /** The title as the text writes it, abbreviations spelled out: `Police Chief`, `Governor`. */
  readonly jobTitle: string | undefined
  /** What qualifies the title: `Aurora` in `Aurora Councilmember`. */
  readonly qualifier: string | undefined
  /** A state or country written after a place: `Ill.` in `Springfield, Ill.`. */
  readonly region: string | undefined
  readonly gender: Gender
  /** Only a surname (`Jurinsky`): resolved against full names later. */
  readonly surnameOnly: boolean
  /** A rare capitalized word with no other evidence: kept only if a full name explains it. */
  readonly tentative: boolean
  /** Role words the text gives the person: `mayor`, `manager` (`Cubs manager X`), `biologist` (`X, a biologist`). */
  readonly roles: readonly string[]
}

const quoteMarks = '"“”\'‘’'
/** The longest run of words read as one name. */
const maxNameTokens = 12


/**
 * Find the people, organizations and places a block names, from the shape
 * of the text (capitalized runs), titles, lexicons and the gazetteer:
 * a recognizer built for news, linear in the text, with no tagger.
 */
export function findMentions(analyzed: AnalyzedBlock): Mention[] {
  const {tokens} = analyzed
  const mentions: Mention[] = []
  let index = 0
  while (index < tokens.length) {
    const token = tokens[index]!
    // Names in short quotes are titles, programs and nicknames, not mentions.
    if (token.kind !== 'word' || !startsName(token) || analyzed.inShortQuote[index]) {
      index++
      continue
    }
    const end = chunkEnd(tokens, index)
    classify(index, end)
    index = end
  }
  return mentions

  function classify(start: number, end: number): void {
    let first = start
    const organizationRun = end - start > 1 && hasClass(tokens[end - 1], Word.OrganizationHead)
    // `The`, `But`, `Now`, `Residents` at the start of a sentence are no names
    // (but `Western` in `Western Kentucky University` is).
    const placeRun = end - start > 1 && placeCandidates(words(start, end)).length > 0
    while (first < end && isSentenceWord(tokens[first]!) && !((organizationRun || placeRun) && !hasClass(tokens[first], Word.FunctionWord))) first++
    // `Forty-one Labour Party members`, `A Senate vote`: numbers and articles are no part of names
    // (but `Four Corners` is a name).
    while (first < end - 1 && ((tokens[first]!.lower.includes('-') && numberWord(tokens[first]!.lower)) || tokens[first]!.lower === 'a' || tokens[first]!.lower === 'an')) first++
    // `Rookie Santiago Ibarra`, `Backup guard`: a common word before a rare name is a description.
    while (end - first > 2 && !organizationRun && !placeRun && isCommonWord(tokens[first]!.lower) && !hasClass(tokens[first], Word.Title) && !givenNameGender(tokens[first]!.text) && !isCommonWord(tokens[first + 1]!.lower)) first++
    if (first >= end) return
    // `El Niño` and `La Niña` are weather, not people.
    if (isNotAName(words(first, end).toLowerCase())) return

    if (end - first > 1 && (knownOrganization(words(first, end)) !== undefined || hasClass(tokens[end - 1], Word.OrganizationHead))) {
      push('organization', first, end, undefined, undefined)
      return
    }
    const title = findTitleIn(tokens, first, end)
    // `U.S. Attorney's Office for the Western District of Missouri`: a title's office is an organization.
    if (title && title.end < end && tokens[title.end - 1]!.possessive && isOrganizationRun(title.end, end)) {
      push('organization', first, end, undefined, undefined)
      return
    }
    if (title) {
      // `Aurora Councilmember X`: the place qualifies the title (X is on Aurora's council).
      const qualifier = title.start > first && placeCandidates(words(first, title.start)).length > 0 ? words(first, title.start) : undefined
      if (title.start > first) addNonPerson(first, title.start)
      if (title.end < end) addPerson(title.end, end, title.title, writtenTitle(title.start, title.end, title.title), qualifier)
      return
    }
    // `Department of Water Resources`, `Bank of England`.
    if (isOrganizationRun(first, end)) {
      push('organization', first, end, undefined, undefined)
      return
    }
    const lowerTitle = titleBefore(tokens, first)
    if (lowerTitle) {
      addPerson(first, end, lowerTitle.title, writtenTitle(lowerTitle.start, first, lowerTitle.title))
      return
    }
    addName(first, end)
  }

  function addName(first: number, end: number): void {
    const text = words(first, end)
    const parts = nameTokens(first, end)
    const count = parts.length
    const word = parts[0]!
    const last = parts[count - 1]!
    const place = placeCandidates(text).length > 0
    if (hasClass(last, Word.PlaceHead) && count > 1) {
      // Streets, parks, counties, stadiums: not people; a place only if the gazetteer has it.
      if (place) push('place', first, end, undefined, regionAfter(end))
      return
    }
    if (knownOrganization(text) !== undefined || (count === 1 && isBroadcaster(word.text)) || (!place && isTeam(first, end))) {
      push('organization', first, end, undefined, undefined)
      return
    }
    const speechCue = hasSpeechVerbAfter(end) || hasSpeakerBefore(first)
    const personCue = speechCue || hasAppositive(end)
    if (count === 1 && personCue && !isCommonWord(word.lower) && !place) {
      // `Vizguerra said`, `ICE said`: a speaker, named by surname or acronym.
      if (isAcronym(word.text)) push('organization', first, end, undefined, undefined)
      else push('person', first, end, undefined, undefined, true)
      return
    }
    if (place && !speechCue) {
      push('place', first, end, undefined, regionAfter(end))
      return
    }
    // Inside quotes, a name needs a cue or a surname outside to count (`under West Colfax`).
    const quoted = analyzed.inQuote[first] === true
    if (count >= 2 && count <= 4 && (personCue || (givenNameGender(word.text) !== undefined && !quoted))) {
      addPerson(first, end, undefined)
      return
    }
    if (isCommonWord(word.lower) && placeCandidates(words(first + 1, end)).length > 0) {
      // `Rural Colorado`, `Southern Colorado`: a place described, not a person.
      push('place', first + 1, end, undefined, regionAfter(end))
      return
    }
    if (count >= 2 && count <= 3 && !quoted && parts.every((item) => !isCommonWord(item.lower) && !item.text.includes('.'))) {
      addPerson(first, end, undefined)
      return
    }
    if (count >= 2 && count <= 3 && !isCommonWord(last.lower) && !isAcronym(last.text)) {
      // `Juniper Okoro`: a person only if the text goes on to use the surname.
      push('person', first, end, undefined, undefined, false, true, givenNameGender(word.text) ?? 'unknown')
      return
    }
    if (count === 1 && publicFigureSurnames.has(word.lower)) {
      // `Trump's order`: named by surname alone, as heads of state are.
      push('person', first, end, undefined, undefined, true)
    } else if (count === 1 && !isCommonWord(word.lower) && !isAcronym(word.text)) {
      // Maybe the surname of someone named in full elsewhere: resolved later.
      push('person', first, end, undefined, undefined, true, true)
    }
  }

  /** The words of a name, without a quoted nickname. */
  function nameTokens(first: number, end: number): Token[] {
    const result: Token[] = []
    let inNickname = false
    for (let index = first; index < end; index++) {
      const token = tokens[index]!
      if (token.kind === 'punctuation' && quoteMarks.includes(token.text)) inNickname = !inNickname
      else if (!inNickname && token.kind === 'word') result.push(token)
    }
    return result
  }

  /** A qualifier before a title: a place (`Aurora Councilmember`) or an organization. */
  function addNonPerson(first: number, end: number): void {
    if (placeCandidates(words(first, end)).length > 0) push('place', first, end, undefined, undefined)
    else if (isOrganizationRun(first, end)) push('organization', first, end, undefined, undefined)
  }

  /** `Denver Police Department`, `Department of Water Resources`, `ICE`. */
  function isOrganizationRun(first: number, end: number): boolean {
    if (knownOrganization(words(first, end)) !== undefined) return true
    if (end - first < 2) return false
    if (hasClass(tokens[end - 1], Word.OrganizationHead)) return true
    for (let index = first; index < end - 2; index++) {
      if (hasClass(tokens[index], Word.OrganizationHead) && hasClass(tokens[index + 1], Word.Joiner)) return true
    }
    return false
  }

  /** `Police Chief` as written; `Gov.` spelled out as `Governor`. */
  function writtenTitle(first: number, end: number, title: Title): string | undefined {
    const written = tokens.slice(first, end)
    if (written.some((token) => token.text.endsWith('.'))) return title.jobTitle || undefined
    return written.map((token) => token.text.charAt(0).toUpperCase() + token.text.slice(1)).join(' ')
  }

  function addPerson(first: number, end: number, title: Title | undefined, jobTitle?: string, qualifier?: string): void {
    // Drop trailing words that are not part of a name (`Jurinsky Monday`).
    let last = end
    while (last > first && hasClass(tokens[last - 1], Word.NotAName)) last--
    if (last <= first) return
    const gender = title && title.gender !== 'unknown' ? title.gender : last - first > 1 ? guessGender(tokens[first]!.text) : 'unknown'
    push('person', first, last, title, undefined, last - first === 1, false, gender, qualifier, jobTitle)
  }


  function push(
    kind: Mention['kind'],
    first: number,
    end: number,
    title: Title | undefined,
    region: string | undefined,
    surnameOnly = false,
    tentative = false,
    gender: Gender = 'unknown',
    qualifier: string | undefined = undefined,
    jobTitle: string | undefined = undefined
  ): void {
    const name = words(first, end)
    if (name.length < 2) return
    mentions.push({
      kind,
      name,
      block: analyzed.index,
      start: tokens[first]!.start,
      end: tokens[end - 1]!.start + tokens[end - 1]!.text.length,
      first,
      last: end,
      inQuote: analyzed.inQuote[first] ?? false,
      title,
      jobTitle,
      qualifier,
      region,
      gender,
      surnameOnly,
      tentative,
      roles: kind === 'person' ? rolesAround(first, end, title) : []
    })
  }

  /**
   * Role words the text gives a person: the title's, the word right before
   * the name (`CDOT spokesperson X`), and the head of an appositive after it
   * (`X, the overnight dispatcher at the shop,` → `dispatcher`).
   */
  function rolesAround(first: number, end: number, title: Title | undefined): string[] {
    const roles: string[] = title ? [...title.roles] : []
    const before = tokens[first - 1]
    if (before?.kind === 'word' && !before.capitalized && hasClass(before, Word.Role)) roles.push(before.lower)
    const opener = tokens[end + 1]
    const bare = opener !== undefined && hasClass(opener, Word.Role) && !opener.capitalized
    if (tokens[end]?.text === ',' && opener && (bare || opener.lower === 'a' || opener.lower === 'an' || opener.lower === 'the' || opener.possessive)) {
      let head: string | undefined = bare ? opener.lower : undefined
      for (let index = end + 2; index < Math.min(tokens.length, end + 12); index++) {
        const token = tokens[index]!
        if (token.kind === 'punctuation' || hasClass(token, Word.AppositiveStop)) break
        if (!token.capitalized || hasClass(token, Word.Role)) head = token.lower
      }
      if (head) roles.push(head)
    }
    return roles
  }

  /** The name written by tokens `[first, end)`: nicknames left out, inner possessives kept. */
  function words(first: number, end: number): string {
    const parts = nameTokens(first, end)
    // Inside the name, possessives and commas stay: `Sheriff's Office`, `Bureau of Alcohol, Tobacco, …`.
    const inner = (token: Token) => token.possessiveSuffix + (analyzed.block.text.charAt(token.end) === ',' ? ',' : '')
    return parts.map((token, index) => token.text + (index < parts.length - 1 ? inner(token) : '')).join(' ')
  }

  /** A speech verb after the name: `Jurinsky said`, `Johnston also said`. */
  function hasSpeechVerbAfter(end: number): boolean {
    let next = tokens[end]
    if (next && next.kind === 'word' && hasClass(next, Word.CueAdverb)) next = tokens[end + 1]
    return next !== undefined && next.kind === 'word' && hasClass(next, Word.SpeechVerb)
  }

  /** An appositive or age after the name: `Hill, a doctor,`, `Whitlock, 24,`, `Roe, who`. */
  function hasAppositive(end: number): boolean {
    if (tokens[end]?.text !== ',') return false
    const after = tokens[end + 1]
    return after !== undefined && (after.lower === 'who' || after.lower === 'a' || after.lower === 'an' || /^\d+$/.test(after.text))
  }

  /**
   * `said Jane Roe.` or `said Jane Roe, a spokeswoman`: a speech verb before
   * a name that ends the clause. Not `told X`: that names the listener.
   */
  function hasSpeakerBefore(first: number): boolean {
    const previous = tokens[first - 1]
    if (previous === undefined || previous.kind !== 'word' || !hasClass(previous, Word.SpeechVerb) || hasClass(previous, Word.ListenerVerb)) return false
    let end = first
    while (end < first + maxNameTokens && tokens[end]?.kind === 'word' && tokens[end]!.capitalized) end++
    const after = tokens[end]
    return after === undefined || (after.kind === 'punctuation' && ',.;:!?'.includes(after.text))
  }

  /** `Springfield, Ill.`: the region after a place. */
  function regionAfter(end: number): string | undefined {
    const comma = tokens[end]
    const next = tokens[end + 1]
    if (comma?.text !== ',' || !next || next.kind !== 'word' || !next.capitalized) return undefined
    const second = tokens[end + 2]
    // `W. Va.` is two tokens; only a state or country counts (`Hope, Jones said` has none).
    const region = second && second.kind === 'word' && second.text.endsWith('.') && next.text.length <= 2 ? next.text + ' ' + second.text : next.text
    return findUsState(region) !== undefined || findCountry(region) !== undefined ? region : undefined
  }

  /**
   * `Denver Nuggets`, `Nebraska Cornhuskers`, `Manchester City`: a place and a
   * plural noun (or a club word). A plural that is no common word needs a
   * state, a country, or a big city not also a given name: `Mary Jones` and
   * `Austin Evans` are people, `Hollis Barrientos` lives in a small town.
   */
  function isTeam(first: number, end: number): boolean {
    if (end - first < 2 || end - first > 3) return false
    const last = tokens[end - 1]!.lower
    // The place is all but the last word (`New York Knicks`) or the first (`Detroit Red Wings`).
    const place = placeCandidates(words(first, end - 1))[0] ?? (end - first === 3 ? placeCandidates(words(first, first + 1))[0] : undefined)
    if (!place) return false
    if (hasClass(tokens[end - 1], Word.TeamWord)) return true
    if (!last.endsWith('s') || last.endsWith('ss')) return false
    if (isCommonWord(last) || isCommonWord(last.slice(0, -1))) return place.kind !== 'city' || place.population >= 100_000
    return place.kind !== 'city' || (place.population >= 100_000 && givenNameGender(tokens[first]!.text) === undefined)
  }

}


/** `Forty-one`, `Three`, `Hundreds`. */
function numberWord(lower: string): boolean {
  return lower.split('-').every((part) => isWordClass(part, Word.Number))
}

function startsName(token: Token): boolean {
  return token.capitalized && !hasClass(token, Word.NotAName)
}

/**
 * Where a run of capitalized words ends. The run takes in joiners and
 * particles (`University of Colorado`, `Juan de la Cruz`), possessives inside
 * organization names (`Lane County Sheriff's Office`) and quoted nicknames
 * (`Cornelius "Corky" Haverford`).
 */
function chunkEnd(tokens: readonly Token[], start: number): number {
  let end = start + 1
  let index = start + 1
  if (tokens[start]!.possessive && !possessiveContinues(tokens, start)) return end
  // No name runs past a dozen words; the cap keeps the look-ahead below bounded.
  const limit = Math.min(tokens.length, start + maxNameTokens)
  while (index < limit) {
    const token = tokens[index]!
    if (token.kind === 'word' && token.capitalized && !hasClass(token, Word.NotAName)) {
      end = index + 1
      index++
      if (token.possessive && !possessiveContinues(tokens, index - 1)) break
      continue
    }
    const next = tokens[index + 1]
    const joins = (token.kind === 'word' && (hasClass(token, Word.Joiner | Word.NameParticle))) || token.text === '&'
    // `Office for the Western District`, `Department of the Interior`: two joiners, then the name goes on.
    const joinsThe = next?.lower === 'the' && (token.lower === 'for' || token.lower === 'of') && tokens[index + 2]?.capitalized === true
    if (joins && next && next.kind === 'word' && (next.capitalized || joinsThe)) {
      if (!joinerFits(tokens, start, index)) break
      index++
      continue
    }
    const nickname = nicknameEnd(tokens, index)
    if (nickname !== -1) {
      index = nickname
      continue
    }
    const listed = token.text === ',' ? subjectListEnd(tokens, start, index, limit) : -1
    if (listed !== -1) {
      end = listed
      index = listed
      continue
    }
    break
  }
  return end
}

/**
 * `Bureau of Alcohol, Tobacco, Firearms and Explosives`: after an official
 * name's `of`, a comma list of one-word subjects that ends in `and` and a
 * last subject. Returns the end of the list, or -1. Places and given names
 * break it: `Department of Education, Denver and Aurora` are three.
 */
function subjectListEnd(tokens: readonly Token[], start: number, comma: number, limit: number): number {
  const official = tokens.slice(start, comma).some((token, offset) => token.lower === 'of' && offset > 0 && hasClass(tokens[start + offset - 1], Word.OrganizationHead))
  if (!official) return -1
  const subject = (token: Token | undefined) =>
    token !== undefined && token.kind === 'word' && token.capitalized && placeCandidates(token.text).length === 0 && givenNameGender(token.text) === undefined
  let index = comma
  while (index + 1 < limit) {
    // `, Subject` or `, and Subject` or `and Subject`.
    if (tokens[index]!.text === ',' && tokens[index + 1]!.lower === 'and') index++
    const separator = tokens[index]!
    if (!subject(tokens[index + 1])) return -1
    // The last subject may take two words: `and Economic Development`.
    if (separator.lower === 'and') {
      const last = subject(tokens[index + 2]) ? index + 3 : index + 2
      return tokens[last]?.capitalized ? -1 : last
    }
    if (separator.text !== ',') return -1
    index += 2
  }
  return -1
}

/** `Sheriff's Office`: a possessive inside a name that ends in an organization word. */
function possessiveContinues(tokens: readonly Token[], index: number): boolean {
  // `Mexico's Foreign Relations Department` is the department of a place, not a name with a possessive.
  if (placeCandidates(tokens[index]!.text).length > 0) return false
  for (let ahead = index + 1; ahead <= index + 3; ahead++) {
    const token = tokens[ahead]
    if (!token || token.kind !== 'word' || !token.capitalized) return false
    if (hasClass(token, Word.OrganizationHead)) return true
  }
  return false
}

/**
 * Whether the joiner at `index` belongs to the name: after an organization
 * word or title (`Department of`, `Secretary of State`), or in a known name.
 * `Denver and Aurora` are two names.
 */
function joinerFits(tokens: readonly Token[], start: number, index: number): boolean {
  const joiner = tokens[index]!.lower
  const before = tokens[index - 1]!
  if (hasClass(tokens[index], Word.NameParticle)) return true
  let ahead = index + 1
  const limit = Math.min(tokens.length, start + maxNameTokens)
  while (ahead < limit && tokens[ahead]!.kind === 'word' && (tokens[ahead]!.capitalized || hasClass(tokens[ahead], Word.Joiner))) ahead++
  const text = tokens.slice(start, ahead).map((token) => token.text).join(' ')
  if (knownOrganization(text) !== undefined) return true
  if (joiner === 'and' || joiner === '&') {
    // `Immigration and Customs Enforcement`, `Department of Health and Human
    // Services`, but not `X School and Y School`.
    const official = tokens.slice(start, index).some((token) => token.lower === 'of')
    if (official && hasClass(tokens[index + 1], Word.AgencySubject)) return true
    // `Department of Education and Denver Public Schools` are two bodies.
    if (placeCandidates(tokens[index + 1]!.text).length > 0) return false
    return (official || !hasClass(before, Word.OrganizationHead)) && hasClass(tokens[ahead - 1], Word.OrganizationHead)
  }
  // `Department of Transportation`, `Office for the Western District`, `Secretary of State`, not `CEO of Acme`.
  if (hasClass(before, Word.OrganizationHead) || (joiner === 'the' && hasClass(before, Word.Joiner))) return true
  // `House of Representatives`, `House of Commons`.
  if (before.lower === 'house' && joiner === 'of' && hasClass(tokens[index + 1], Word.OrganizationHead)) return true
  return findTitle(before.lower + ' ' + joiner + ' ' + tokens[index + 1]!.lower) !== undefined
}

/** After a name word: `"Corky"` then a capitalized word. Returns the index after the nickname, or -1. */
function nicknameEnd(tokens: readonly Token[], index: number): number {
  const open = tokens[index]
  if (!open || !'"“\'‘'.includes(open.text) || !tokens[index - 1]?.capitalized) return -1
  for (let close = index + 2; close <= index + 3; close++) {
    const mark = tokens[close]
    if (mark && '"”\'’'.includes(mark.text)) {
      const inner = tokens.slice(index + 1, close)
      const after = tokens[close + 1]
      return inner.every((token) => token.kind === 'word' && token.capitalized) && after?.kind === 'word' && after.capitalized ? close + 1 : -1
    }
  }
  return -1
}

/** A title inside a run: the longest title form, with a place or organization before it allowed. */
function findTitleIn(tokens: readonly Token[], first: number, end: number): {title: Title; start: number; end: number} | undefined {
  for (let start = first; start < end; start++) {
    for (let length = Math.min(longestTitle, end - start); length >= 1; length--) {
      const form = tokens.slice(start, start + length).map((token) => token.lower).join(' ')
      const title = findTitle(form) ?? (length === 1 && start > first && hasClass(tokens[start], Word.Role) ? titleOfRoleWord(form) : undefined)
      if (!title) continue
      // A title names someone only when a name follows, or when it ends the run (`the Mayor`).
      if (start + length === end && start === first) return {title, start, end: start + length}
      if (start + length < end) return extendTitle(tokens, {title, start, end: start + length}, end)
    }
  }
  return undefined
}

/**
 * Titles run on: `Magistrate Judge`, `Deputy Insurance Commissioner`. Take
 * the last title that still leaves a name after it.
 */
function extendTitle(tokens: readonly Token[], found: {title: Title; start: number; end: number}, end: number): {title: Title; start: number; end: number} {
  let result = found
  for (let start = found.end; start < Math.min(end - 1, found.end + 3); start++) {
    for (let length = Math.min(longestTitle, end - 1 - start); length >= 1; length--) {
      const title = findTitle(tokens.slice(start, start + length).map((token) => token.lower).join(' '))
      if (title && title.jobTitle) {
        result = {title, start: found.start, end: start + length}
        break
      }
    }
  }
  return result
}

/** A lower-case title right before a name: `coach Dana Whitfield`, `state Sen. X`. */
function titleBefore(tokens: readonly Token[], first: number): {title: Title; start: number} | undefined {
  for (let length = 1; length <= 2; length++) {
    if (first - length < 0) break
    const form = tokens.slice(first - length, first).map((token) => token.lower).join(' ')
    if (tokens[first - length]!.kind !== 'word') break
    const title = findTitle(form)
    if (title && title.jobTitle) return {title, start: first - length}
  }
  return undefined
}

/** A capitalized common word at a sentence start, or an article. */
function isSentenceWord(token: Token): boolean {
  if (token.lower === 'the') return true
  if (!token.sentenceStart) return false
  // `ICE said`, `Trump's order`: acronyms and heads of state keep their capital.
  if (hasClass(token, Word.Title) || givenNameGender(token.text) || isAcronym(token.text) || (token.possessive && publicFigureSurnames.has(token.lower))) return false
  return isCommonWord(token.lower) || hasClass(token, Word.NotAName)
}

