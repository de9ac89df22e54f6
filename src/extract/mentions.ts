/**
 * Find the people, organizations and places a block names, from the shape
 * of the text (capitalized runs), titles, lexicons and the gazetteer:
 * a recognizer built for news, linear in the text, with no tagger.
 */
import type {AnalyzedBlock} from './analyze.js'
import {capitalizedRuns} from './capitalized-runs.js'
import {classifyRun} from './classify-run.js'
import type {Mention} from './mention.js'

/** The mentions of names in a block, in reading order, from `start` on (a dateline before it is read by its own parser). */
export function findMentions(analyzed: AnalyzedBlock, start = 0): Mention[] {
  const mentions: Mention[] = []
  for (const run of capitalizedRuns(analyzed)) {
    for (const mention of classifyRun(run)) {
      // One letter is no name.
      if (mention.name.length >= 2 && mention.start >= start) mentions.push(mention)
    }
  }
  return mentions
}
