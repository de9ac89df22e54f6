/**
 * Find the people, organizations and places a block names, from the shape
 * of the text (capitalized runs), titles, lexicons and the gazetteer:
 * a recognizer built for news, linear in the text, with no tagger.
 */
import type {AnalyzedBlock} from './analyze.js'
import {capitalizedRuns} from './capitalized-runs.js'
import {classifyRun} from './classify-run.js'
import {coordinatedClubs, coordinatedOrganizations} from './mentions-coordination.js'
import {acronymDefinitions} from './mentions-organizations.js'
import {compoundPlaceMentions} from './place-compounds.js'
import {type Mention, mentionOf} from './mention.js'
import {Run} from './run.js'
import {isUpperCase} from './tokens.js'

/**
 * The mentions of names in a block, in reading order, from `start` on (a
 * dateline before it is read by its own parser). With `sports`, the story
 * reads as sports copy: a name where a club stands is a club.
 */
export function findMentions(analyzed: AnalyzedBlock, start = 0, sports = false): Mention[] {
  const mentions: Mention[] = []
  // `SOCCER - LEAGUE RESULTS`: in an all-caps line, capital letters are no evidence; only countries and states are still names.
  if (isAllCaps(analyzed)) return regionsIn(analyzed, start)
  for (const run of capitalizedRuns(analyzed)) {
    for (const mention of classifyRun(run, sports)) {
      // One letter is no name.
      if (mention.name.length >= 2 && mention.start >= start) mentions.push(mention)
    }
  }
  const compounds = compoundPlaceMentions(analyzed, start)
  const all = compounds.length > 0 ? withCompounds(mentions, compounds) : mentions
  const defined = coordinatedOrganizations(analyzed, acronymDefinitions(analyzed, all))
  return sports ? coordinatedClubs(analyzed, defined) : defined
}

/**
 * The mentions with the places inside compounds (`Seattle-based`), in reading
 * order. A compound's place replaces a place read from the same words: the
 * suffix is no part of the name (`Pader-born` is born in Pader, Uganda, not
 * in Paderborn).
 */
function withCompounds(mentions: readonly Mention[], compounds: readonly Mention[]): Mention[] {
  const starts = new Set(compounds.map((compound) => compound.start))
  const kept = mentions.filter((mention) => mention.kind !== 'place' || !starts.has(mention.start))
  return [...kept, ...compounds].sort((a, b) => a.start - b.start)
}

/** Whether a block's words are all in capitals (two or more of them, with letters). */
function isAllCaps(analyzed: AnalyzedBlock): boolean {
  let words = 0
  for (const token of analyzed.tokens) {
    if (token.kind !== 'word' || token.text.toLowerCase() === token.text) continue
    if (!isUpperCase(token.text)) return false
    words++
  }
  return words >= 2
}

/** The countries, US states and large areas an all-caps line names, word by word (two words first: `NEW ZEALAND`). */
function regionsIn(analyzed: AnalyzedBlock, start: number): Mention[] {
  const {tokens} = analyzed
  const mentions: Mention[] = []
  let index = 0
  while (index < tokens.length) {
    let length = 0
    for (const size of [2, 1]) {
      const run = new Run(analyzed, index, index + size)
      const words = tokens.slice(index, index + size)
      if (words.length === size && words.every((token) => token.kind === 'word') && run.places.some((place) => place.kind !== 'city')) {
        if (tokens[index]!.start >= start) mentions.push(mentionOf(run, 'place', {cue: 'gazetteer', detail: 'all-caps line'}))
        length = size
        break
      }
    }
    index += Math.max(length, 1)
  }
  return mentions
}
