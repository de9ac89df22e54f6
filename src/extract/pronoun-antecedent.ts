import {Word} from '../lexicon/word-classes.js'
import type {AnalyzedBlock} from './analyze.js'
import type {Entity} from './entities.js'
import type {Mention} from './mention.js'
import {hasClass} from './tokens.js'

/** Where the search for a pronoun's antecedent starts: the block and the index of the first mention at or after the pronoun. */
export interface PronounSite {
  readonly block: number
  readonly firstAfter: number
}

// Blocks and mentions looked at per pronoun: the cost per quote stays bounded.
const blocksBack = 4
const window = 200

/**
 * The person a `he` or `she` stands for: the most recent person that
 * `accept`s, unless that name is the object of a sentence whose subject also
 * fits. `Coach X pulled his starter, Y. "…," he said` is the coach's; `Ruth
 * Alder met with Gov. Jane Polk` leaves `she` to Alder; and when the subject
 * is itself a fitting pronoun (`She thanked Polk.`), the search goes on
 * before that sentence. Returns `undefined` when no one fits.
 */
export function pronounAntecedent(
  site: PronounSite,
  blocks: readonly AnalyzedBlock[],
  mentionsByBlock: readonly (readonly Mention[])[],
  entityOf: (mention: Mention) => Entity | undefined,
  accept: (entity: Entity) => boolean,
  pronoun: string
): Entity | undefined {
  let looked = 0
  for (let block = site.block; block >= Math.max(0, site.block - blocksBack); block--) {
    const list = mentionsByBlock[block] ?? []
    const analyzed = blocks[block]!
    looked++
    for (let index = (block === site.block ? site.firstAfter : list.length) - 1; index >= 0; index--) {
      if (++looked > window) return undefined
      const mention = list[index]!
      if (mention.inQuote) continue
      const entity = entityOf(mention)
      if (!entity || !accept(entity)) continue
      const start = clauseStart(analyzed, mention.first)
      const subject = subjectOf(analyzed, list, start, index, entityOf, pronoun)
      if (subject === 'pronoun') {
        // `She thanked Polk.`: the pronoun's antecedent is further back.
        while (index > 0 && list[index - 1]!.first >= start) index--
        continue
      }
      if (subject && subject.entity !== entity && accept(subject.entity) && isObject(analyzed, subject.mention, mention)) return subject.entity
      return entity
    }
  }
  return undefined
}

/** The index after the last sentence end outside quotes before token `index`. */
function clauseStart({tokens, inQuote}: AnalyzedBlock, index: number): number {
  for (let cursor = index - 1; cursor >= 0; cursor--) {
    const token = tokens[cursor]!
    if (token.kind === 'punctuation' && '.!?'.includes(token.text) && !inQuote[cursor]) return cursor + 1
  }
  return 0
}

/**
 * The subject of the sentence from `start`, among the mentions before
 * `until`: the first person in subject position, or `'pronoun'` when the
 * sentence opens with the same pronoun (`She thanked Polk`).
 */
function subjectOf(
  analyzed: AnalyzedBlock,
  list: readonly Mention[],
  start: number,
  until: number,
  entityOf: (mention: Mention) => Entity | undefined,
  pronoun: string
): {mention: Mention; entity: Entity} | 'pronoun' | undefined {
  const {tokens, inQuote} = analyzed
  for (let index = start; index < tokens.length && index < start + 40; index++) {
    const token = tokens[index]!
    if (inQuote[index] || token.kind !== 'word') continue
    if (token.lower === pronoun) return isSubjectPosition(analyzed, start, index) ? 'pronoun' : undefined
    break
  }
  let first = until
  while (first > 0 && list[first - 1]!.first >= start) first--
  for (let index = first; index < until; index++) {
    const mention = list[index]!
    const entity = mention.inQuote ? undefined : entityOf(mention)
    if (entity?.kind !== 'person') continue
    if (isSubjectPosition(analyzed, start, mention.first)) return {mention, entity}
  }
  return undefined
}

/**
 * Whether the name at `first` opens its clause: after the sentence start or
 * a comma (`On Monday, Alder met`), only quotes, titles and capitalized words
 * stand before it (`Coach Bryce Hanley`, `“…,” Alder told`).
 */
function isSubjectPosition({tokens, inQuote}: AnalyzedBlock, start: number, first: number): boolean {
  let from = start
  for (let index = start; index < first; index++) if (tokens[index]!.text === ',' && !inQuote[index]) from = index + 1
  for (let index = from; index < first; index++) {
    const token = tokens[index]!
    if (inQuote[index] || token.kind !== 'word') continue
    if (!(token.capitalized || token.possessive || hasClass(token, Word.Role | Word.TitleModifier | Word.Determiner))) return false
  }
  return true
}

/**
 * Whether `object` is no subject beside `subject`: a verb or preposition
 * stands between them (`met with`, `pulled his starter,`), not only a
 * coordination (`Alder and Polk`, `Alder, Kemp and Polk`).
 */
function isObject({tokens, inQuote}: AnalyzedBlock, subject: Mention, object: Mention): boolean {
  let before = object.first - 1
  while (before > subject.last && !inQuote[before] && tokens[before]!.kind === 'word' && (tokens[before]!.capitalized || hasClass(tokens[before], Word.Role | Word.TitleModifier))) before--
  const joiner = tokens[before]!
  // `Alder and Polk`, `, but Polk`: a second subject; `his starter, Y`: an object's appositive.
  if (joiner.lower === 'and' || joiner.lower === 'or' || joiner.lower === 'but') return false
  if (joiner.text === ',' && tokens[before - 1]?.capitalized) return false
  for (let index = subject.last; index <= before; index++) {
    const token = tokens[index]!
    if (inQuote[index] || token.kind !== 'word' || token.capitalized) continue
    if (!hasClass(token, Word.Determiner | Word.Role | Word.TitleModifier) && token.lower !== 'and' && token.lower !== 'or') return true
  }
  return false
}
