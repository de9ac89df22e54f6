import {relatedRoleWords} from '../lexicon/descriptors.js'
import {Word} from '../lexicon/word-classes.js'
import type {AnalyzedBlock} from './analyze.js'
import type {Entity, Grouping} from './entities.js'
import {type Mention, mentionOf} from './mention.js'
import {Run} from './run.js'
import {hasClass} from './tokens.js'

/**
 * `The mayor said staff would return…`: a role noun that stands for a person
 * named earlier is a mention of that person, so that a later `she said`
 * finds the mayor. One pass over the text in order, remembering the last
 * person seen with each role.
 */
export function addRoleMentions(
  blocks: readonly AnalyzedBlock[],
  order: readonly number[],
  mentionsByBlock: Mention[][],
  grouping: Pick<Grouping, 'entityOf' | 'attach'>
): void {
  const lastByRole = new Map<string, Entity>()
  for (const index of order) {
    const analyzed = blocks[index]!
    const {tokens} = analyzed
    const mentions = mentionsByBlock[index] ?? []
    const added: Mention[] = []
    let next = 0
    for (let position = 0; position < tokens.length; position++) {
      while (next < mentions.length && mentions[next]!.first <= position) {
        const entity = grouping.entityOf(mentions[next++]!)
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
      const mention = mentionOf(new Run(analyzed, position, position + 2), 'person', {cue: 'role-noun', detail: role.lower}, {name: entity.name, gender: entity.gender})
      grouping.attach(entity, mention)
      added.push(mention)
    }
    if (added.length > 0) mentionsByBlock[index] = [...mentions, ...added].sort((a, b) => a.first - b.first)
  }
}
