import {relatedRoleWords} from '../lexicon/descriptors.js'
import {titlesOfRole} from '../lexicon/titles.js'
import type {AnalyzedBlock} from './analyze.js'
import {lowerBound} from './lower-bound.js'
import type {Coreference, Entity} from './entities.js'
import {givenNameGender, isCommonWord} from '../lexicon/words.js'
import {type Mention, mentionOf} from './mention.js'
import {pronounAntecedent} from './pronoun-antecedent.js'
import {Run} from './run.js'
import {isDocumentNoun} from '../lexicon/documents.js'
import {organizationReferent} from '../lexicon/organizations.js'
import {Word, isWordClass} from '../lexicon/word-classes.js'
import {isDemonym} from '../lexicon/demonyms.js'
import {type Token, hasClass} from './tokens.js'

/** How a quote's speaker was found from the attribution. */
export type Resolution = 'name' | 'surname' | 'pronoun' | 'role' | 'organization' | 'continuation'

/** A resolved speaker. */
export interface Speaker {
  readonly entity: Entity
  readonly resolution: Resolution
}

/** Where a speaker phrase stands: block and token range. */
export interface SpeakerPhrase {
  readonly block: number
  readonly first: number
  readonly last: number
  /** Whether a capitalized phrase no recognizer named may become a new entity (default: true; not after a bare colon). */
  readonly adopt?: boolean
}

/**
 * Resolve a speaker phrase to an entity: a name in it, a pronoun (the
 * most recent compatible person), a role noun (`Denver's mayor` → the person
 * introduced as Mayor), or an organization noun (`the department`). Returns
 * `undefined` rather than guessing.
 */
export function resolveSpeaker(
  phrase: SpeakerPhrase,
  blocks: readonly AnalyzedBlock[],
  mentionsByBlock: readonly (readonly Mention[])[],
  grouping: Pick<Coreference, 'entities' | 'entityOf' | 'adopt' | 'genderOf'>
): Speaker | undefined {
  const {entityOf} = grouping
  const tokens = blocks[phrase.block]!.tokens
  const words = tokens.slice(phrase.first, phrase.last).filter((token) => token.kind === 'word')
  if (words.length === 0) return undefined
  const here = mentionsByBlock[phrase.block] ?? []
  let firstAfter = lowerBound(here, phrase.first, (mention) => mention.first)
  // A name that starts before the phrase and runs into it (`Cornelius "Neil" Haverford`).
  if (firstAfter > 0 && here[firstAfter - 1]!.last > phrase.first) firstAfter--
  const scope: Scope = {phrase, mentionsByBlock, grouping, firstAfter}
  // The phrase's head comes before a preposition outside names: `Director X of the Network`
  // (a name may start with one: `the On Track Foundation spokesperson`).
  let headEnd = phrase.last
  for (let index = phrase.first + 1; index < phrase.last; index++) {
    let insideName = false
    for (let at = firstAfter; at < here.length && here[at]!.first <= index; at++) insideName ||= here[at]!.last > index
    if (hasClass(tokens[index], Word.Preposition) && !insideName) {
      headEnd = index
      break
    }
  }
  const lastWord = tokens[headEnd - 1]!
  // `a Westerville Division of Police incident report`, `the council's recommendation`: a document speaks for its author.
  const isDocument = isDocumentNoun(lastWord.lower)
  // `a senior official`, `one trader at the exchange`: the text does not name the speaker (but `a Police Department report` does).
  if (hasClass(words[0], Word.Indefinite) && !isDocument) return undefined
  // A name inside the phrase; the last one is its head (`CDOT spokesperson Ximena Oduya`),
  // unless a role noun ends it (`the CDOT spokesperson`).
  // `Bush's Facebook post`: a document's possessor is its author, whatever else the phrase names.
  const owner = isDocument ? tokens.slice(phrase.first, headEnd).findLastIndex((token) => token.possessive) : -1
  let named: Speaker | undefined
  for (let index = firstAfter; index < here.length && here[index]!.first < headEnd; index++) {
    const mention = here[index]!
    if (mention.kind === 'place' || (owner !== -1 && mention.last !== phrase.first + owner + 1)) continue
    if (!lastWord.capitalized && !isDocument && mention.last < headEnd) continue
    const entity = entityOf(mention)
    if (entity) named = {entity, resolution: entity.kind === 'organization' ? 'organization' : mention.surnameOnly && entity.name.includes(' ') ? 'surname' : 'name'}
  }
  if (named) return named

  let headWords = tokens.slice(phrase.first, headEnd).filter((token) => token.kind === 'word')
  // The author of a document is its possessor: `the district's own summary` → the district.
  const possessor = isDocument ? headWords.findLastIndex((token) => token.possessive) : -1
  if (possessor !== -1) headWords = headWords.slice(0, possessor + 1)
  const head = (headWords[headWords.length - 1] ?? words[words.length - 1]!).lower
  if (words.length === 1 && (head === 'he' || head === 'she')) {
    const gender = head === 'he' ? 'male' : 'female'
    const fits = (entity: Entity) => entity.kind === 'person' && grouping.genderOf(entity) !== (gender === 'male' ? 'female' : 'male')
    const entity = pronounAntecedent({block: phrase.block, firstAfter}, blocks, mentionsByBlock, entityOf, fits, head)
    return entity && {entity, resolution: 'pronoun'}
  }
  if (words.length === 1 && (head === 'they' || head === 'it')) {
    const entity = mostRecent(scope, (entity) => entity.kind === 'organization')
    return entity && {entity, resolution: 'pronoun'}
  }

  // A role: `the mayor`, `Denver's mayor`, `the police chief`.
  const lastTwo = headWords.length >= 2 ? headWords[headWords.length - 2]!.lower + ' ' + head : head
  const titles = [...titlesOfRole(lastTwo), ...titlesOfRole(head)]
  const related = relatedRoleWords(head)
  const hasRole = (entity: Entity) =>
    entity.kind === 'person' && (related.some((role) => entity.roles.has(role)) || entity.roles.has(lastTwo) || entity.titles.some((title) => titles.includes(title)))
  // Roles are specific, so they may refer back further than pronouns;
  // and a role only one person in the story holds is theirs however far back.
  const entity = mostRecent(scope, hasRole, 12) ?? onlyOneBefore(scope, hasRole)
  if (entity) return {entity, resolution: 'role'}

  // An organization: `the department`, `the sheriff's office`.
  const fits = organizationReferent(head)
  if (fits) {
    const entity = mostRecent(
      scope,
      (entity) => entity.kind === 'organization' && (fits.length === 0 || entity.name.toLowerCase().split(' ').some((word) => fits.includes(word)) || entity.name.toLowerCase().includes(head)),
      50
    )
    if (entity) return {entity, resolution: 'organization'}
  }

  // A name the recognizer missed, plainly given as the speaker: `First Student said`.
  return adoptName(phrase, headWords, blocks, grouping)
}

/**
 * A speaker phrase's capitalized words as a new entity, when they are the
 * whole phrase or follow its title (`FBI General Counsel James A. Baker`,
 * `Republican presidential nominee Donald Trump`); after a bare colon only a
 * name the story gave already (`Clinton:` after `Hillary Clinton`).
 */
function adoptName(phrase: SpeakerPhrase, headWords: readonly Token[], blocks: readonly AnalyzedBlock[], grouping: Pick<Coreference, 'entities' | 'adopt'>): Speaker | undefined {
  const tokens = blocks[phrase.block]!.tokens
  let name = headWords.filter((token) => token.capitalized)
  // The name starts at its given name, or after the last lower-case word of the title.
  const given = headWords.findLastIndex((token) => token.capitalized && givenNameGender(token.text) !== undefined)
  const lastLower = headWords.findLastIndex((token) => !token.capitalized)
  const first = given > 0 ? given : lastLower > 0 && !hasClass(headWords[lastLower], Word.FunctionWord) ? lastLower + 1 : -1
  const rest = first === -1 ? [] : headWords.slice(first)
  const titled = rest.length >= (given > 0 ? 2 : 1) && rest.length <= 4 && rest.every((token) => token.capitalized)
  if (titled) name = rest
  const known = (word: string) => grouping.entities.length <= 300 && grouping.entities.some((entity) => entity.name.split(' ').includes(word))
  if (name.length === 0 || !(titled || name.length === headWords.length) || name.length > 5 || (phrase.adopt === false && !known(name[name.length - 1]!.text))) return undefined
  const start = name[0]!
  const end = name[name.length - 1]!
  // `Senators from both parties pressed …`, `Others shouted`: a plural common noun capitalized only because it opens the sentence names no one the story has not named.
  const opens = start.sentenceStart || hasClass(tokens[tokens.indexOf(start, phrase.first) - 1], Word.Dash)
  if (name.length === 1 && opens && start.lower.endsWith('s') && isCommonWord(start.lower) && !known(start.text)) return undefined
  // `We urge`, `If there was`, `The Briton, who lost`: a pronoun, a word of grammar, a title or a people's word alone names no one.
  if (!titled && namesNoOne(name) && !known(name[name.length - 1]!.text)) return undefined
  // A person by a given name, rare words, a role before the name (`campaign manager Mook`), or a person's name the story gave (`nominee Donald Trump`).
  const roleBefore = titled && given <= 0 && hasClass(headWords[lastLower], Word.Role)
  const person =
    name.length <= 3 && (givenNameGender(start.text) !== undefined || name.every((token) => !isCommonWord(token.lower)) || roleBefore || knownPerson(grouping.entities, end.text))
  const run = new Run(blocks[phrase.block]!, tokens.indexOf(start, phrase.first), tokens.indexOf(end, phrase.first) + 1)
  const named = {name: name.map((token) => token.text).join(' '), inQuote: false}
  const entity = grouping.adopt(mentionOf(run, person ? 'person' : 'organization', {cue: 'attribution', detail: undefined}, named))
  return {entity, resolution: entity.kind === 'organization' ? 'organization' : 'name'}
}

// Words that open a sentence and name nothing, which no word class above holds: `Why`, `Many`, `According`.
const grammarWords: ReadonlySet<string> = new Set([
  'why', 'what', 'where', 'how', 'there', 'here', 'such', 'because', 'although', 'though', 'unless', 'whether', 'according',
  'among', 'amid', 'many', 'most', 'much', 'more', 'few', 'several', 'some', 'any', 'all', 'both', 'each', 'either', 'neither',
  'other', 'others', 'anyone', 'someone', 'everyone', 'nobody', 'nothing', 'something', 'everything', 'i', 'you', 'us', 'them'
])

/**
 * Whether the capitalized words of a speaker phrase name no one: a lone
 * pronoun, word of grammar, title or date word (`We`, `We're`, `If`,
 * `Chief`), or a people's word after `The` or alone (`The Iraqis`, `Swede`).
 */
function namesNoOne(name: readonly Token[]): boolean {
  const words = name[0]!.lower === 'the' ? name.slice(1) : name
  if (words.length === 0) return true
  if (words.every((token) => isDemonym(token.lower))) return true
  if (name.length !== 1) return false
  const word = name[0]!
  // (`We're`, `They'll`: a pronoun with its verb.)
  const stem = word.lower.replace(/['’]\p{L}+$/u, '')
  return grammarWords.has(stem) || hasClass(word, Word.FunctionWord | Word.SubjectPronoun | Word.Determiner | Word.LeadIn | Word.Title | Word.TitleModifier | Word.DateWord) || isWordClass(stem, Word.SubjectPronoun)
}

const window = 200

/** Whether a person the story named has `word` in their name; a story of more than a few hundred names is no story, so none. */
function knownPerson(entities: readonly Entity[], word: string): boolean {
  return entities.length <= 300 && entities.some((entity) => entity.kind === 'person' && entity.name.split(' ').includes(word))
}

/** What the search back from a speaker phrase reads. */
interface Scope {
  readonly phrase: SpeakerPhrase
  readonly mentionsByBlock: readonly (readonly Mention[])[]
  readonly grouping: Pick<Coreference, 'entities' | 'entityOf'>
  /** Index of the first mention of the phrase's block at or after the phrase. */
  readonly firstAfter: number
}

/** The one entity named before the phrase that `accept`s, if exactly one does. */
function onlyOneBefore({phrase, grouping}: Scope, accept: (entity: Entity) => boolean): Entity | undefined {
  // A story names a few dozen people; past a few hundred it is no story, and the work per quote stays bounded.
  if (grouping.entities.length > 300) return undefined
  const found = grouping.entities.filter((entity) => {
    const first = entity.mentions[0]
    return first !== undefined && (first.block < phrase.block || (first.block === phrase.block && first.first < phrase.first)) && accept(entity)
  })
  return found.length === 1 ? found[0] : undefined
}

/**
 * The entity with the latest mention before the phrase, outside quotes,
 * within `blocksBack` blocks (default: 4); at most `window` blocks and
 * mentions are looked at, so the cost per quote is bounded.
 */
function mostRecent({phrase, mentionsByBlock, grouping, firstAfter}: Scope, accept: (entity: Entity) => boolean, blocksBack = 4): Entity | undefined {
  let looked = 0
  for (let block = phrase.block; block >= Math.max(0, phrase.block - blocksBack); block--) {
    const list = mentionsByBlock[block] ?? []
    looked++
    for (let index = (block === phrase.block ? firstAfter : list.length) - 1; index >= 0; index--) {
      if (++looked > window) return undefined
      const mention = list[index]!
      if (mention.inQuote) continue
      const entity = grouping.entityOf(mention)
      if (entity && accept(entity)) return entity
    }
  }
  return undefined
}
