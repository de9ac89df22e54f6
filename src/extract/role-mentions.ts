import {relatedRoleWords} from '../lexicon/descriptors.js'
import {Word} from '../lexicon/word-classes.js'
import type {AnalyzedBlock} from './analyze.js'
import type {Coreference, Entity} from './entities.js'
import {type Mention, mentionOf} from './mention.js'
import {Run} from './run.js'
import {hasClass} from './tokens.js'

/** A role noun that stands for a person named earlier, and that person. */
export interface RoleMention {
  readonly entity: Entity
  readonly mention: Mention
}

/**
 * `The mayor said staff would return…`: a role noun that stands for a person
 * named earlier is a mention of that person, so that a later `she said`
 * finds the mayor. One pass over the text in order, remembering the last
 * person seen with each role.
 */
export function findRoleMentions(
  blocks: readonly AnalyzedBlock[],
  order: readonly number[],
  mentionsByBlock: readonly (readonly Mention[])[],
  coreference: Pick<Coreference, 'entityOf' | 'genderOf'>
): RoleMention[] {
  const lastByRole = new Map<string, Entity>()
  const found: RoleMention[] = []
  for (const index of order) {
    const analyzed = blocks[index]!
    const {tokens} = analyzed
    const mentions = mentionsByBlock[index] ?? []
    let next = 0
    for (let position = 0; position < tokens.length; position++) {
      while (next < mentions.length && mentions[next]!.first <= position) {
        const entity = coreference.entityOf(mentions[next++]!)
        if (entity?.kind === 'person') {
          for (const role of entity.roles) lastByRole.set(role, entity)
          for (const title of entity.titles) for (const role of title.roles) lastByRole.set(role, entity)
        }
      }
      const token = tokens[position]!
      const role = tokens[position + 1]
      if (token.lower !== 'the' || !role || role.capitalized || !hasClass(role, Word.Role) || analyzed.inQuote[position]) continue
      if (tokens[position + 2]?.capitalized) continue // `the coach Dana Whitfield`: a name follows
      const entity = relatedRoleWords(role.lower).map((word) => lastByRole.get(word)).find(Boolean)
      if (!entity) continue
      const details = {name: entity.name, gender: coreference.genderOf(entity)}
      found.push({entity, mention: mentionOf(new Run(analyzed, position, position + 2), 'person', {cue: 'role-noun', detail: role.lower}, details)})
    }
  }
  return found
}

/** The mentions of each block with the added ones among them, in reading order (new lists; the input is unchanged). */
export function withMentions(mentionsByBlock: readonly (readonly Mention[])[], added: readonly Mention[]): Mention[][] {
  const result = mentionsByBlock.map((mentions) => [...mentions])
  for (const mention of added) result[mention.block]?.push(mention)
  const changed = new Set(added.map((mention) => mention.block))
  for (const block of changed) result[block]?.sort((a, b) => a.first - b.first)
  return result
}
