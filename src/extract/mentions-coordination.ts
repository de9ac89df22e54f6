/**
 * Coordinated names: `Nottinghamshire and Surrey`, `Mobil, Shell and Caltex
 * Corp` list things of one kind. In sports copy, when one of the list is a
 * club by its position, a place beside it (joined by a comma or `and`) is a
 * club too; countries stay places: national sides are their countries. In
 * any copy, a name with no evidence but its shape beside an organization is
 * one too.
 */
import {Word, isWordClass} from '../lexicon/word-classes.js'
import type {AnalyzedBlock} from './analyze.js'
import {type Mention, mentionOf} from './mention.js'
import {Run} from './run.js'

/** Whether a mention is a club read from its position (`team` evidence). */
const isClub = (mention: Mention) => mention.evidence.cue === 'team' && mention.kind !== 'place'

/** Whether only `,`, `and` or `, and` stand between two mentions. */
function coordinated(analyzed: AnalyzedBlock, left: Mention, right: Mention): boolean {
  const between = analyzed.tokens.slice(left.last, right.first).map((token) => token.lower)
  return (between.length === 1 && (between[0] === ',' || between[0] === 'and')) || (between.length === 2 && between[0] === ',' && between[1] === 'and')
}

/** A place mention that lists with a club: the club it names (a lone word waits, as clubs do, for no player of that surname). */
function asClub(analyzed: AnalyzedBlock, place: Mention): Mention {
  const run = new Run(analyzed, place.first, place.last)
  const evidence = {cue: 'team', detail: 'listed with a club'} as const
  return run.length === 1 ? mentionOf(run, 'person', evidence, {surnameOnly: true, tentative: true}) : mentionOf(run, 'organization', evidence)
}

/**
 * The block's mentions, with places that list beside a club read as clubs
 * (both ways along the list). Linear: each mention looks at its neighbours.
 */
export function coordinatedClubs(analyzed: AnalyzedBlock, mentions: Mention[]): Mention[] {
  const canBeClub = (mention: Mention) => mention.kind === 'place' && mention.evidence.cue === 'gazetteer' && !mention.region && mention.places[0]?.kind !== 'country' && mention.places[0]?.kind !== 'area'
  // Forward, then backward, so a club anywhere in the list reaches every member.
  for (let index = 1; index < mentions.length; index++) {
    const previous = mentions[index - 1]!
    const current = mentions[index]!
    if (isClub(previous) && canBeClub(current) && coordinated(analyzed, previous, current)) mentions[index] = asClub(analyzed, current)
  }
  for (let index = mentions.length - 2; index >= 0; index--) {
    const next = mentions[index + 1]!
    const current = mentions[index]!
    if (isClub(next) && canBeClub(current) && coordinated(analyzed, current, next)) mentions[index] = asClub(analyzed, current)
  }
  return mentions
}

/** Whether a mention is a name with no evidence but its capitals, waiting for a full name: `Caltex`, `Uniceramic`. */
const isBareName = (mention: Mention) =>
  mention.kind === 'person' && mention.tentative && mention.evidence.cue === 'name-shape' && mention.title === undefined && !isWordClass(mention.name.toLowerCase(), Word.Abbreviation)

/**
 * The block's mentions, with bare names that list beside an organization
 * read as organizations (`Mobil, Shell and Caltex Corp`, `Eternit and
 * Uniceramic` after `Ciments Blancs SA,`), both ways along the list.
 */
export function coordinatedOrganizations(analyzed: AnalyzedBlock, mentions: Mention[]): Mention[] {
  const asOrganization = (mention: Mention) => mentionOf(new Run(analyzed, mention.first, mention.last), 'organization', {cue: 'context', detail: 'listed with an organization'})
  for (let index = 1; index < mentions.length; index++) {
    const previous = mentions[index - 1]!
    const current = mentions[index]!
    // (An organization listed before passes the list on: `Ciments Blancs SA, Eternit and Uniceramic`.)
    if (previous.kind === 'organization' && isBareName(current) && coordinated(analyzed, previous, current)) mentions[index] = asOrganization(current)
  }
  for (let index = mentions.length - 2; index >= 0; index--) {
    const next = mentions[index + 1]!
    const current = mentions[index]!
    if (next.kind === 'organization' && isBareName(current) && coordinated(analyzed, current, next)) mentions[index] = asOrganization(current)
  }
  return mentions
}
