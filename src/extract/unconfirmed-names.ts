/**
 * Names left out for want of evidence: a capitalized run whose only cue is
 * its capitals (`Juniper Okoro` never named again, no title, no speech
 * verb) is not guessed to be a person. With the `name-without-evidence`
 * rule on (it is off by default: a debug message), each one is reported at
 * its place, so a newsroom can see what the extractor passed over.
 */
import type {VFile} from 'vfile'
import type {ArticleDocument} from '../document/document.js'
import {report} from '../messages.js'
import type {Grouping} from './entities.js'
import type {Mention} from './mention.js'
import {spanOf} from './span.js'

/** Report every name-shaped mention that joined no entity and is no place. */
export function reportUnconfirmedNames(document: ArticleDocument, mentions: readonly Mention[], grouping: Grouping, file: VFile): void {
  const reported = new Set<string>()
  for (const mention of mentions) {
    if (mention.kind !== 'person' || !mention.tentative || mention.evidence.cue !== 'name-shape') continue
    if (grouping.entityOf(mention) !== undefined || mention.places.length > 0) continue
    // Once per name: the first place it stands.
    if (reported.has(mention.name)) continue
    reported.add(mention.name)
    const block = document.blocks[mention.block]
    const span = block && spanOf(document, block, mention.start, mention.end)
    report(file, 'name-without-evidence', 'Unexpected name `' + mention.name + '` with no evidence but its capitals, expected a title, a speech verb, a role or a later mention; it is left out', {
      place: span?.position,
      actual: mention.name
    })
  }
}
