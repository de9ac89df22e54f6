import {editDistance} from './edit-distance.js'

/**
 * The known name closest to a misspelled one, for "did you mean" hints, or
 * undefined when none is close: the smallest edit distance, ignoring case,
 * within a budget that grows with length (1 edit up to 4 characters, 2 up
 * to 8, then 3), so short names are not "corrected" into unrelated ones. Ties go to a preferred name (such as
 * a property valid for the node's type), then alphabetical order.
 *
 * @param name The unknown name.
 * @param candidates Known names.
 * @param isPreferred Breaks ties between equally close names (default: none preferred).
 */
export function closestName(
  name: string,
  candidates: readonly string[],
  isPreferred: (candidate: string) => boolean = () => false
): string | undefined {
  const lower = name.toLowerCase()
  const budget = name.length <= 4 ? 1 : name.length <= 8 ? 2 : 3
  let best: {name: string; rank: number} | undefined
  for (const candidate of candidates) {
    // Cheap length filter first: the distance is at least the length difference.
    if (Math.abs(candidate.length - name.length) > budget) continue
    // Case is free: `newsarticle` is 0 from `NewsArticle`.
    const distance = editDistance(lower, candidate.toLowerCase())
    if (distance > budget) continue
    // Rank: distance first, then preference, then name.
    const rank = distance * 2 + (isPreferred(candidate) ? 0 : 1)
    if (!best || rank < best.rank || (rank === best.rank && candidate < best.name)) best = {name: candidate, rank}
  }
  return best?.name
}
