import {Word} from '../lexicon/word-classes.js'
import type {AnalyzedBlock} from './analyze.js'
import type {Gender} from '../lexicon/words.js'
import type {Coreference, Entity, Grouping} from './entities.js'
import type {Mention} from './mention.js'
import {hasClass} from './tokens.js'


/**
 * Learn people's gender from the pronouns that follow them: `Faleolo is the
 * oldest player, and the youngest like to remind him of it`. A pronoun
 * outside quotes votes for the last person named before it in the same or
 * the previous sentence. Votes that agree override the name lists, which
 * guess (`Tavita`); votes both ways leave the guess; honorifics and titles
 * (`Mr.`, `Queen`) are kept. Returns the grouping with `genderOf`, the
 * entities themselves unchanged.
 */
export function settleGenders(grouping: Grouping, blocks: readonly AnalyzedBlock[], mentionsByBlock: readonly (readonly Mention[])[]): Coreference {
  const settled = pronounGenders(blocks, mentionsByBlock, grouping.entityOf)
  const {entities, places, entityOf, adopt, attach} = grouping
  // (Field by field: a spread with a field added, `{...grouping, genderOf}`, took V8's slow path, several microseconds an article.)
  return {entities, places, entityOf, adopt, attach, genderOf: (entity) => settled.get(entity) ?? entity.gender}
}

/** The genders the pronouns settle, by entity (only those they settle). */
function pronounGenders(
  blocks: readonly AnalyzedBlock[],
  mentionsByBlock: readonly (readonly Mention[])[],
  entityOf: (mention: Mention) => Entity | undefined
): Map<Entity, Gender> {
  const votes = new Map<Entity, {male: number; female: number}>()
  for (const analyzed of blocks) {
    const mentions = mentionsByBlock[analyzed.index] ?? []
    let next = 0
    let last: Entity | undefined
    let sentencesSince = 0
    // An index loop, not entries(): the iterator made an array per token (6.5% of all bytes allocated per article).
    for (let index = 0; index < analyzed.tokens.length; index++) {
      const token = analyzed.tokens[index]!
      while (next < mentions.length && mentions[next]!.first <= index) {
        const mention = mentions[next++]!
        const entity = mention.inQuote ? undefined : entityOf(mention)
        if (entity?.kind === 'person') {
          last = entity
          sentencesSince = 0
        }
      }
      if (token.sentenceStart && index > 0) sentencesSince++
      if (!last || sentencesSince > 1) {
        // No one for a pronoun to name until the next mention: skip to it.
        if (next === mentions.length) break
        index = mentions[next]!.first - 1
        continue
      }
      const isMale = hasClass(token, Word.MalePronoun)
      if ((!isMale && !hasClass(token, Word.FemalePronoun)) || analyzed.inQuote[index]) continue
      const vote = votes.get(last) ?? {male: 0, female: 0}
      if (isMale) vote.male++
      else vote.female++
      votes.set(last, vote)
    }
  }
  const settled = new Map<Entity, Gender>()
  for (const [entity, vote] of votes) {
    if (entity.titles.some((title) => title.gender !== 'unknown')) continue
    // Votes count only when they agree: `she took on an apprentice, X, … asking her questions` is about someone else.
    if (vote.male > 0 && vote.female === 0) settled.set(entity, 'male')
    else if (vote.female > 0 && vote.male === 0) settled.set(entity, 'female')
  }
  return settled
}
