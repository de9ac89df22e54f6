/**
 * Chunking: where a run of capitalized words that may be one name starts and
 * ends. A run takes in joiners and particles (`University of Colorado`,
 * `Juan de la Cruz`), possessives inside organization names, comma lists of
 * an official name's subjects, and quoted nicknames.
 */
import {placeCandidates} from '../gazetteer/gazetteer.js'
import {knownOrganization} from '../lexicon/organizations.js'
import {isDemonym} from '../lexicon/demonyms.js'
import {findTitle} from '../lexicon/titles.js'
import {Word} from '../lexicon/word-classes.js'
import {givenNameGender, isCommonWord} from '../lexicon/words.js'
import type {AnalyzedBlock} from './analyze.js'
import {isBuildingHead} from './place-sites.js'
import {Run} from './run.js'
import {type Token, hasClass} from './tokens.js'

/** The longest run of words read as one name. */
export const maxNameTokens = 12

/** The runs of capitalized words in a block that may be names, in order. Names in short quotes are titles, programs and nicknames: none. */
export function capitalizedRuns(analyzed: AnalyzedBlock): Run[] {
  const {tokens} = analyzed
  const runs: Run[] = []
  let index = 0
  while (index < tokens.length) {
    const token = tokens[index]!
    if (token.kind !== 'word' || !startsName(token) || analyzed.inShortQuote[index]) {
      index++
      continue
    }
    const end = chunkEnd(tokens, index)
    runs.push(new Run(analyzed, index, end))
    index = end
  }
  return runs
}

// `al-Kabariti`, `bin-Talal`: an Arabic article or particle, a hyphen, then a capital, inside a name.
const particleSurname = /^(?:al|el|ad|ar|as|ash|at|az|bin|ibn|abu|ul|ud)-\p{Lu}/u

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
  // `Lebed's Security Council` is the council of a man: a name's possessive starts no name (`Farmers' Union`, `Sheriff's Office` do).
  // (`Caesar's Palace`, `Eva's Village`: a building's head after the possessive makes it one name.)
  if (tokens[start]!.possessive && (!possessiveContinues(tokens, start) || !(isCommonWord(tokens[start]!.lower) || hasClass(tokens[start], Word.Role) || isBuildingHead(tokens[start + 1])))) return end
  // No name runs past a dozen words; the cap keeps the look-ahead below bounded.
  const limit = Math.min(tokens.length, start + maxNameTokens)
  while (index < limit) {
    const token = tokens[index]!
    // `Queen Elizabeth I`, `King Baudouin I`: the first of a monarch's name ends it (the pronoun stays out elsewhere).
    if (token.text === 'I' && index > start && hasMonarchTitle(tokens, start, index)) {
      end = index + 1
      break
    }
    if (token.kind === 'word' && (token.capitalized || particleSurname.test(token.text)) && !hasClass(token, Word.NotAName)) {
      if (startsNextSentence(tokens, index) || followsArea(tokens, start, index) || startsDivision(tokens, start, index)) break
      end = index + 1
      index++
      if (token.possessive && !possessiveContinues(tokens, index - 1)) break
      if (endsCompany(tokens, start, index - 1)) break
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
    // `Joost van der Westhuizen`, `Juan de la Cruz`: two particles, then the surname.
    if (hasClass(token, Word.NameParticle) && hasClass(next, Word.NameParticle) && tokens[index + 2]?.capitalized === true && tokens[index + 2]!.kind === 'word') {
      index += 2
      continue
    }
    const nickname = nicknameEnd(tokens, index)
    if (nickname !== -1) {
      index = nickname
      continue
    }
    const partners = token.text === ',' ? partnersEnd(tokens, start, index, limit) : -1
    if (partners !== -1) {
      end = partners
      index = partners
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

// Titles of monarchs, whose names take a number: `Queen Elizabeth I`, `Pope Leo I`.
const monarchTitles: ReadonlySet<string> = new Set(['king', 'queen', 'emperor', 'empress', 'pope', 'tsar', 'czar', 'tsarina', 'kaiser', 'pharaoh', 'shah'])

/** Whether a monarch's title is among the run's words before `index`. */
function hasMonarchTitle(tokens: readonly Token[], start: number, index: number): boolean {
  for (let at = start; at < index; at++) if (monarchTitles.has(tokens[at]!.lower)) return true
  return false
}

// Words that open a sentence, not a name's next word: a lost period (`in Portugal The pair will`, `Lelystad He said`).
const sentenceOpeners: ReadonlySet<string> = new Set(['the', 'he', 'she', 'it', 'they', 'we', 'his', 'its', 'their', 'our', 'but'])

/** Whether the capitalized word at `index`, right after another capitalized word, starts the next sentence (`Bank of The West` keeps its `The`). */
function startsNextSentence(tokens: readonly Token[], index: number): boolean {
  return sentenceOpeners.has(tokens[index]!.lower) && tokens[index - 1]?.kind === 'word' && tokens[index - 1]!.capitalized
}

/** Whether a country or US state follows another with its comma lost (`Cyprus, Greece Italy or Spain`): two names, not one. */
function followsArea(tokens: readonly Token[], start: number, index: number): boolean {
  if (index - start !== 1) return false
  const isArea = (text: string) => placeCandidates(text).some((place) => place.kind === 'country' || place.kind === 'state')
  return isArea(tokens[start]!.text) && isArea(tokens[index]!.text) && placeCandidates(tokens[start]!.text + ' ' + tokens[index]!.text).length === 0
}

/** `in Maiduguri Borno State`: a large city, then a division named with its head noun, its comma lost (two names, not one). */
function startsDivision(tokens: readonly Token[], start: number, index: number): boolean {
  const head = tokens[index + 1]?.text
  if (index - start !== 1 || (head !== 'State' && head !== 'Province')) return false
  return placeCandidates(tokens[start]!.text).some((place) => place.kind === 'city' && place.population >= 100_000) && placeCandidates(tokens[index]!.text).some((place) => place.kind === 'division')
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
  const places = placeCandidates(tokens[index]!.text)
  // `St. Peter's Basilica`, `St George's Chapel`, `Wilson's Farm`: a saint's or owner's name right before a building's head
  // (`Miami's Hall of Fame` is the city's: no large place's name).
  if (isBuildingHead(tokens[index + 1]) && places.every((place) => place.kind === 'city' && place.population < 100_000)) return true
  if (places.length > 0) return false
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
  // (`Wednesday` after a name is no part of it, as the run itself reads it.)
  while (
    ahead < limit &&
    tokens[ahead]!.kind === 'word' &&
    (tokens[ahead]!.capitalized || hasClass(tokens[ahead], Word.Joiner)) &&
    !hasClass(tokens[ahead], Word.NotAName) &&
    !endsCompany(tokens, start, ahead - 1)
  ) {
    ahead++
  }
  const text = tokens.slice(start, ahead).map((token) => token.text).join(' ')
  if (knownOrganization(text) !== undefined) return true
  if (joiner === 'and' || joiner === '&') {
    // `Immigration and Customs Enforcement`, `Department of Health and Human
    // Services`, but not `X School and Y School`.
    const official = tokens.slice(start, index).some((token) => token.lower === 'of')
    // `Fahnestock & Co.`: a suffix alone after the joiner ends the company's name.
    if (ahead === index + 2 && hasClass(tokens[index + 1], Word.CorporateSuffix)) return true
    // `the House and Senate`: one word and one word are two bodies.
    // (`The House and Senate` at a sentence start too.)
    const first = tokens[start]!.lower === 'the' ? start + 1 : start
    if (index - first === 1 && ahead === index + 2) return false
    // `Norvana Online and Brekke AG`: two names of two words or more, the second opening with a name's word, are two bodies
    // (`Duff and Phelps Co`, `Futures and Options Exchange` are one).
    if (!official && joiner === 'and' && index - start >= 2 && ahead - index > 2 && !isCommonWord(tokens[index + 1]!.lower)) return false
    // `Vexol, Drummet and Caltrane Corp`: after a comma, `and` ends a list of names (`Goldman, Sachs and Co.` ends in a suffix alone).
    if (joiner === 'and' && tokens[start - 1]?.text === ',' && ahead - index > 2) return false
    // `Securities and Exchange Commission`, `Office of Statistics and Information`: subjects named by common words on both
    // sides are one body's (a place may open it: `British Securities and Investments Board`).
    // (`the House and Senate` are two bodies, and so are `the Department of Justice and Congress`.)
    if (joiner === 'and' && subjectWords(tokens, start, index, true) && subjectWords(tokens, index + 1, ahead, false)) {
      if (official ? ahead - index <= 3 && !(ahead === index + 2 && hasClass(tokens[index + 1], Word.OrganizationHead)) : ahead - index > 2 && hasClass(tokens[ahead - 1], Word.OrganizationHead)) return true
    }
    if (official && hasClass(tokens[index + 1], Word.AgencySubject)) return true
    // `Department of Education and Denver Public Schools` are two bodies.
    if (placeCandidates(tokens[index + 1]!.text).length > 0) return false
    return (official || !hasClass(before, Word.OrganizationHead)) && hasClass(tokens[ahead - 1], Word.OrganizationHead)
  }
  // `Bestop Inc of Boulder`, `Dow Chemical Co of the United States`: a company's seat after its suffix is no part of its name
  // (`Power Corp of Canada`, a corporation's, may be).
  if (joiner === 'of' && hasClass(before, Word.CorporateSuffix) && !before.lower.startsWith('corp')) return false
  // `Department of Transportation`, `Office for the Western District`, `Secretary of State`, not `CEO of Acme`.
  if (hasClass(before, Word.OrganizationHead) || (joiner === 'the' && hasClass(before, Word.Joiner))) return true
  // `House of Representatives`, `House of Commons`.
  if (before.lower === 'house' && joiner === 'of' && hasClass(tokens[index + 1], Word.OrganizationHead)) return true
  return findTitle(before.lower + ' ' + joiner + ' ' + tokens[index + 1]!.lower) !== undefined
}

/**
 * Whether the words from `from` to `to` are common words, an organization's
 * words or its joiners (`Office of Statistics`), no name's; with `opening`,
 * the first may be a place or a people (`British Securities`).
 */
function subjectWords(tokens: readonly Token[], from: number, to: number, opening: boolean): boolean {
  // (`The London Securities…` at a sentence start.)
  const first = opening && tokens[from]?.lower === 'the' ? from + 1 : from
  if (to <= first) return false
  for (let index = first; index < to; index++) {
    const token = tokens[index]!
    if (index === first && opening && (isDemonym(token.lower) || placeCandidates(token.text).length > 0)) continue
    if (!token.capitalized && hasClass(token, Word.Joiner)) continue
    if (!isCommonWord(token.lower) && !hasClass(token, Word.OrganizationHead | Word.AgencySubject)) return false
  }
  return true
}

/**
 * Whether a company's name ends at `index`: a corporate suffix after its name
 * (`Fahnestock & Co.`), with a capitalized word after it that is no second
 * suffix (`Co. Ltd`): the next sentence (`& Co. Another`) or a title
 * (`Acme Inc Chairman X`). (`Co Clare`, an Irish county, starts its run.)
 */
function endsCompany(tokens: readonly Token[], start: number, index: number): boolean {
  const token = tokens[index]!
  const next = tokens[index + 1]
  // (With its period only: `Goldman Sachs & Co Wertpapier GmbH` goes on, and `Sa` is a Portuguese name.)
  return index > start && token.text.endsWith('.') && hasClass(token, Word.CorporateSuffix) && next?.kind === 'word' && next.capitalized && !hasClass(next, Word.CorporateSuffix)
}

/**
 * `Goldman, Sachs & Co.`, `Kalf, Voorhis and Co`: partners' names, commas
 * between, then `&` or `and` and a suffix, are one firm. Returns the end of
 * the firm's name after the comma at `comma`, or -1.
 */
function partnersEnd(tokens: readonly Token[], start: number, comma: number, limit: number): number {
  if (comma - start !== 1) return -1
  let index = comma
  // At most three more partners: `Merrill, Lynch, Pierce, Fenner & Smith`-length names.
  for (let partners = 0; partners < 3 && index + 3 < limit; partners++) {
    const partner = tokens[index + 1]!
    if (partner.kind !== 'word' || !partner.capitalized || hasClass(partner, Word.CorporateSuffix)) return -1
    const after = tokens[index + 2]!
    if ((after.text === '&' || after.lower === 'and') && hasClass(tokens[index + 3], Word.CorporateSuffix)) return index + 4
    if (after.text !== ',') return -1
    index += 2
  }
  return -1
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
